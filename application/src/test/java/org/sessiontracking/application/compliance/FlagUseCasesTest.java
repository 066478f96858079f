package org.sessiontracking.application.compliance;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.port.in.FlagRegistrantUseCase;
import org.sessiontracking.application.compliance.port.in.ResolveFlagUseCase;
import org.sessiontracking.application.compliance.port.out.ComplianceFlagRepository;
import org.sessiontracking.application.compliance.port.out.ComplianceQuery;
import org.sessiontracking.application.compliance.usecase.FlagRegistrant;
import org.sessiontracking.application.compliance.usecase.ListFlags;
import org.sessiontracking.application.compliance.usecase.ResolveFlag;
import org.sessiontracking.application.sessiontype.InMemorySessionTypeRepository;
import org.sessiontracking.application.support.FixedActor;
import org.sessiontracking.domain.common.AccessDeniedException;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.compliance.ComplianceFlag;
import org.sessiontracking.domain.compliance.ComplianceFlagId;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.compliance.FlagKind;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sessiontracking.domain.sessiontype.SessionTypeBuilder.aSessionType;

class FlagUseCasesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);
    private static final RegistrantId JOSE = new RegistrantId(7);

    private final InMemorySessionTypeRepository types = new InMemorySessionTypeRepository();
    private final MapFlags flags = new MapFlags();
    private final FixedActor actor = FixedActor.signedIn(Role.STAFF);
    private final ComplianceQuery registrants = new OnlyRegistrants();
    private final FlagRegistrant flag = new FlagRegistrant(flags, registrants, types, actor, CLOCK);
    private final ResolveFlag resolve = new ResolveFlag(flags, actor, CLOCK);
    private final ListFlags list = new ListFlags(flags, actor);
    private SessionType fds;

    @BeforeEach
    void type() {
        fds = aSessionType().id(1).name("Family Development Session").code("FDS").build();
        types.add(fds);
    }

    @Test
    void staffFlagANonCompliantRegistrantForFollowUpAndResolveItLater() {
        ComplianceFlagId id = flag.flag(new FlagRegistrantUseCase.Command(JOSE, fds.id(), FlagKind.FOLLOW_UP,
                " Home visit "));
        ComplianceFlag stored = flags.findById(id).orElseThrow();
        assertThat(stored.note()).isEqualTo("Home visit");
        assertThat(stored.raisedAt()).isEqualTo(CLOCK.instant());
        assertThat(list.count(FlagFilter.OPEN)).isEqualTo(1);
        resolve.resolve(new ResolveFlagUseCase.Command(id, stored.version(), "Attends again"));
        assertThat(list.count(FlagFilter.OPEN)).isZero();
        assertThat(list.count(FlagFilter.ALL)).isEqualTo(1);
    }

    @Test
    void aFlagWithoutNoteOrForAnUnknownRegistrantIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> flag.flag(new FlagRegistrantUseCase.Command(JOSE, fds.id(), FlagKind.EXCLUDED, "")))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> flag.flag(new FlagRegistrantUseCase.Command(new RegistrantId(99), fds.id(),
                FlagKind.FOLLOW_UP, "x"))).isInstanceOf(NotFoundException.class)
                .hasMessage("The registrant no longer exists");
        assertThat(list.count(FlagFilter.ALL)).isZero();
    }

    @Test
    void viewersMayListButNotFlag() {
        actor.switchTo(FixedActor.signedIn(Role.VIEWER).get());
        assertThatThrownBy(() -> flag.flag(new FlagRegistrantUseCase.Command(JOSE, fds.id(), FlagKind.FOLLOW_UP,
                "x"))).isInstanceOf(AccessDeniedException.class);
        assertThat(list.count(FlagFilter.ALL)).isZero();
    }

    @Test
    void resolvingAFlagSomeoneElseChangedIsRefused() {
        ComplianceFlagId id = flag.flag(new FlagRegistrantUseCase.Command(JOSE, fds.id(), FlagKind.FOLLOW_UP, "x"));
        assertThatThrownBy(() -> resolve.resolve(new ResolveFlagUseCase.Command(id, new Version(5), "done")))
                .isInstanceOf(ConcurrentModificationException.class);
        assertThat(flags.findById(id).orElseThrow().open()).isTrue();
    }

    private static final class MapFlags implements ComplianceFlagRepository {
        private final Map<Long, ComplianceFlag> stored = new LinkedHashMap<>();
        private long next = 1;

        public ComplianceFlagId nextId() {
            return new ComplianceFlagId(next++);
        }

        public Optional<ComplianceFlag> findById(ComplianceFlagId id) {
            return Optional.ofNullable(stored.get(id.value()));
        }

        public void add(ComplianceFlag flag) {
            stored.put(flag.id().value(), flag);
        }

        public void update(ComplianceFlag flag) {
            stored.put(flag.id().value(), flag);
        }

        public List<FlagRow> list(FlagFilter filter, PageRequest page) {
            return stored.values().stream().filter(flag -> !filter.openOnly() || flag.open())
                    .map(flag -> new FlagRow(flag, "", "", "", "", "")).toList();
        }

        public int count(FlagFilter filter) {
            return list(filter, PageRequest.first(1000)).size();
        }
    }

    /** Knows one registrant; flagging only asks whether the registrant exists. */
    private static final class OnlyRegistrants implements ComplianceQuery {
        public Optional<RegistrantSummary> registrant(RegistrantId registrant) {
            return registrant.equals(JOSE) ? Optional.of(new RegistrantSummary(JOSE, "X7", "Jose", "INDIVIDUAL",
                    "North", "", Optional.empty(), Optional.empty())) : Optional.empty();
        }

        public List<ComplianceRow> list(ComplianceCriteria c, CompliancePolicy p, PageRequest page) {
            return List.of();
        }

        public int count(ComplianceCriteria c, CompliancePolicy p) {
            return 0;
        }

        public Map<ComplianceStatus, Integer> totals(ComplianceCriteria c, CompliancePolicy p) {
            return Map.of();
        }

        public void forEach(ComplianceCriteria c, CompliancePolicy p, Consumer<ComplianceRow> row) {
        }

        public Map<SessionTypeId, AttendanceCounts> countsOf(RegistrantId r, Period period) {
            return Map.of();
        }

        public List<AttendanceLine> attendanceOf(RegistrantId r, Period period) {
            return new ArrayList<>();
        }

        public List<CurriculumRow> curriculum(SessionType t, Optional<Period> p, boolean c, PageRequest page) {
            return List.of();
        }

        public int countCurriculum(SessionType t, Optional<Period> p, boolean c) {
            return 0;
        }
    }
}
