package org.sessiontracking.application.compliance;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.port.in.FlagRegistrantUseCase;
import org.sessiontracking.application.compliance.port.in.ResolveFlagUseCase;
import org.sessiontracking.application.compliance.port.out.ComplianceQuery;
import org.sessiontracking.application.compliance.usecase.FlagRegistrant;
import org.sessiontracking.application.compliance.usecase.ListFlags;
import org.sessiontracking.application.compliance.usecase.ResolveFlag;
import org.sessiontracking.application.sessiontype.InMemorySessionTypeRepository;
import org.sessiontracking.application.support.FixedActor;
import org.sessiontracking.domain.common.AccessDeniedException;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.compliance.ComplianceFlag;
import org.sessiontracking.domain.compliance.ComplianceFlagId;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.compliance.FlagKind;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
    private final InMemoryComplianceFlagRepository flags = new InMemoryComplianceFlagRepository();
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
        flags.knowsType(fds.id(), fds.name()).knowsRegistrant(JOSE, "X7", "Jose");
        for (Role role : Role.values()) {
            Actor someone = FixedActor.signedIn(role).get();
            flags.knowsUser(someone.id(), someone.displayName());
        }
    }

    private ComplianceFlagId followUp(String note) {
        return flag.flag(new FlagRegistrantUseCase.Command(JOSE, fds.id(), FlagKind.FOLLOW_UP, note));
    }

    private void signIn(Role role) {
        actor.switchTo(FixedActor.signedIn(role).get());
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

    @Test
    void aFlagRecordsKindNoteWhoRaisedItAndWhenAndListsWithTheirNames() {
        signIn(Role.MANAGER);
        ComplianceFlagId id = flag.flag(new FlagRegistrantUseCase.Command(JOSE, fds.id(), FlagKind.EXCLUDED,
                "Rice subsidy"));

        FlagRow row = list.list(FlagFilter.OPEN.forRegistrant(JOSE), PageRequest.first(10)).getFirst();
        assertThat(row.flag().id()).isEqualTo(id);
        assertThat(row.flag().kind()).isEqualTo(FlagKind.EXCLUDED);
        assertThat(row.flag().note()).isEqualTo("Rice subsidy");
        assertThat(row.flag().raisedBy()).isEqualTo(actor.get().id());
        assertThat(row.flag().raisedAt()).isEqualTo(CLOCK.instant());
        assertThat(row.flag().sessionType()).isEqualTo(fds.id());
        assertThat(row.raisedByName()).isEqualTo("Manager user");
        assertThat(row.typeName()).isEqualTo("Family Development Session");
        assertThat(row.registrantName()).isEqualTo("Jose");
    }

    @Test
    void anExclusionNeedsTheBenefitItExcludesFrom() {
        assertThatThrownBy(() -> flag.flag(new FlagRegistrantUseCase.Command(JOSE, fds.id(), FlagKind.EXCLUDED,
                "  "))).isInstanceOf(InvalidValueException.class).hasMessage("The benefit (note) is required");
        assertThat(list.count(FlagFilter.ALL)).isZero();
    }

    @Test
    void aFlagAboutASessionTypeThatNoLongerExistsIsRefused() {
        assertThatThrownBy(() -> flag.flag(new FlagRegistrantUseCase.Command(JOSE, new SessionTypeId(99),
                FlagKind.FOLLOW_UP, "Home visit"))).isInstanceOf(NotFoundException.class)
                .hasMessage("The session type no longer exists");
        assertThat(list.count(FlagFilter.ALL)).isZero();
    }

    @Test
    void aFlagCommandNamesTheMissingChoice() {
        assertThatThrownBy(() -> new FlagRegistrantUseCase.Command(null, fds.id(), FlagKind.FOLLOW_UP, "x"))
                .isInstanceOf(InvalidValueException.class).hasMessage("Choose a registrant to flag");
        assertThatThrownBy(() -> new FlagRegistrantUseCase.Command(JOSE, null, FlagKind.FOLLOW_UP, "x"))
                .isInstanceOf(InvalidValueException.class).hasMessage("Choose the session type the flag is about");
        assertThatThrownBy(() -> new FlagRegistrantUseCase.Command(JOSE, fds.id(), null, "x"))
                .isInstanceOf(InvalidValueException.class).hasMessage("Choose follow-up or exclusion");
        assertThatThrownBy(() -> new ResolveFlagUseCase.Command(new ComplianceFlagId(1), null, "x"))
                .isInstanceOf(InvalidValueException.class).hasMessage("Choose a flag to resolve");
    }

    @Test
    void resolvingRecordsWhoResolvedItWhenAndHow() {
        ComplianceFlagId id = followUp("Home visit");
        signIn(Role.MANAGER);
        resolve.resolve(new ResolveFlagUseCase.Command(id, Version.NEW, " Visited; attends again "));

        ComplianceFlag stored = flags.findById(id).orElseThrow();
        assertThat(stored.resolution()).contains(new ComplianceFlag.Resolution(actor.get().id(), CLOCK.instant(),
                "Visited; attends again"));
        assertThat(stored.raisedBy()).isEqualTo(FixedActor.signedIn(Role.STAFF).get().id());
        assertThat(stored.version()).isEqualTo(new Version(1));
        assertThat(list.list(FlagFilter.ALL, PageRequest.first(10)).getFirst().resolvedByName())
                .isEqualTo("Manager user");
    }

    @Test
    void aFlagSomeoneElseResolvedMeanwhileIsNotResolvedAgain() {
        ComplianceFlagId id = followUp("Home visit");
        Version seenByBoth = flags.findById(id).orElseThrow().version();
        resolve.resolve(new ResolveFlagUseCase.Command(id, seenByBoth, "first"));

        signIn(Role.MANAGER);
        assertThatThrownBy(() -> resolve.resolve(new ResolveFlagUseCase.Command(id, seenByBoth, "second")))
                .isInstanceOf(ConcurrentModificationException.class);
        Version current = flags.findById(id).orElseThrow().version();
        assertThatThrownBy(() -> resolve.resolve(new ResolveFlagUseCase.Command(id, current, "second")))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("This flag was already resolved on");

        ComplianceFlag stored = flags.findById(id).orElseThrow();
        assertThat(stored.resolution().orElseThrow().note()).isEqualTo("first");
        assertThat(stored.version()).isEqualTo(current);
    }

    @Test
    void resolvingAFlagThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> resolve.resolve(new ResolveFlagUseCase.Command(new ComplianceFlagId(404),
                Version.NEW, "done"))).isInstanceOf(NotFoundException.class).hasMessage("The flag no longer exists");
    }

    @Test
    void viewersMayNotResolveAndTheFlagStaysOpen() {
        ComplianceFlagId id = followUp("Home visit");
        signIn(Role.VIEWER);
        assertThatThrownBy(() -> resolve.resolve(new ResolveFlagUseCase.Command(id, Version.NEW, "done")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(list.count(FlagFilter.OPEN)).isEqualTo(1);
    }

    @Test
    void listingPassesTheFilterAndThePageThrough() {
        ComplianceFlagId first = followUp("first");
        ComplianceFlagId second = flag.flag(new FlagRegistrantUseCase.Command(JOSE, fds.id(), FlagKind.EXCLUDED,
                "Rice subsidy"));
        ComplianceFlagId third = followUp("third");
        resolve.resolve(new ResolveFlagUseCase.Command(third, Version.NEW, "done"));
        signIn(Role.VIEWER);

        assertThat(list.list(FlagFilter.ALL.withKind(FlagKind.FOLLOW_UP), PageRequest.first(10)))
                .extracting(row -> row.flag().id()).containsExactlyInAnyOrder(first, third);
        assertThat(list.count(FlagFilter.OPEN.withType(fds.id()))).isEqualTo(2);
        assertThat(list.list(FlagFilter.OPEN, new PageRequest(1, 5, List.of()))).hasSize(1);
        assertThat(list.count(FlagFilter.ALL.withType(new SessionTypeId(2)))).isZero();
        assertThat(list.list(FlagFilter.OPEN.withKind(FlagKind.EXCLUDED), PageRequest.first(10)))
                .extracting(row -> row.flag().id()).containsExactly(second);
    }

    /** Knows one registrant; flagging only asks whether the registrant exists. */
    private static ComplianceRow listed(long id, int openFlags) {
        return new ComplianceRow(new RegistrantId(id), "X" + id, "Person " + id, "North", "",
                new org.sessiontracking.domain.compliance.AttendanceCounts(1, 4, 0), 1, 5,
                ComplianceStatus.NON_COMPLIANT, openFlags);
    }

    private FlagRegistrantUseCase.FlagAllCommand flagAll(String note) {
        return new FlagRegistrantUseCase.FlagAllCommand(ComplianceCriteria.of(fds.id(),
                new Period(java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 12, 31)))
                .withWarning(ComplianceCriteria.EarlyWarning.CANNOT_REACH), note);
    }

    @Test
    void oneActionFlagsForFollowUpEveryoneAnEarlyWarningListsWhoHasNoOpenFlagYet() {
        listed.addAll(List.of(listed(11, 0), listed(12, 1), listed(13, 0)));
        flags.knowsRegistrant(new RegistrantId(11), "X11", "Person 11").knowsRegistrant(new RegistrantId(13), "X13", "Person 13");
        assertThat(flag.flagAll(flagAll(" Cannot reach 85% any more: home visit "))).isEqualTo(2);
        List<ComplianceFlag> raised = flags.list(FlagFilter.OPEN, PageRequest.first(10)).stream()
                .map(FlagRow::flag).toList();
        assertThat(raised).extracting(ComplianceFlag::registrant)
                .containsExactlyInAnyOrder(new RegistrantId(11), new RegistrantId(13));
        assertThat(raised).allSatisfy(raisedFlag -> {
            assertThat(raisedFlag.kind()).isEqualTo(FlagKind.FOLLOW_UP);
            assertThat(raisedFlag.note()).isEqualTo("Cannot reach 85% any more: home visit");
            assertThat(raisedFlag.sessionType()).isEqualTo(fds.id());
        });
    }

    @Test
    void flaggingAllIsRefusedWithoutANoteAWarningOrThePermissionAndBeyondTheLimitAndFlagsNobodyThen() {
        listed.add(listed(11, 0));
        assertThatThrownBy(() -> flag.flagAll(flagAll("  "))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("note");
        assertThatThrownBy(() -> new FlagRegistrantUseCase.FlagAllCommand(ComplianceCriteria.of(fds.id(),
                new Period(java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 12, 31))), "Visit"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("early warning");
        signIn(Role.VIEWER);
        assertThatThrownBy(() -> flag.flagAll(flagAll("Visit"))).isInstanceOf(AccessDeniedException.class);
        signIn(Role.MANAGER);
        for (int i = 0; i < FlagRegistrantUseCase.MAX_FLAGGED_AT_ONCE; i++) {
            listed.add(listed(100 + i, 0));
        }
        assertThatThrownBy(() -> flag.flagAll(flagAll("Visit"))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at most " + FlagRegistrantUseCase.MAX_FLAGGED_AT_ONCE)
                .hasMessageContaining("Narrow it by area");
        assertThat(flags.count(FlagFilter.OPEN)).isZero();
    }

    private final List<ComplianceRow> listed = new ArrayList<>();

    private final class OnlyRegistrants implements ComplianceQuery {
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
            listed.forEach(row);
        }

        @Override
        public List<org.sessiontracking.domain.attendance.CountedRecords.ExpectedSession> unrecordedSessionsOf(
                RegistrantId registrant, Period period) {
            return List.of();
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
