package org.sessiontracking.application.exemption;

import org.junit.jupiter.api.Test;
import org.sessiontracking.application.attendance.InMemoryAttendanceRegistrants;
import org.sessiontracking.application.attendance.RegistrantSummary;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.exemption.port.in.AddExemptionUseCase.Command;
import org.sessiontracking.application.exemption.usecase.AddExemption;
import org.sessiontracking.application.exemption.usecase.EndExemption;
import org.sessiontracking.application.exemption.usecase.ExplainExemptions;
import org.sessiontracking.application.exemption.usecase.ListExemptions;
import org.sessiontracking.application.exemption.usecase.RemoveExemption;
import org.sessiontracking.application.sessiontype.InMemorySessionTypeRepository;
import org.sessiontracking.application.support.FixedActor;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.common.AccessDeniedException;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.exemption.Exemption;
import org.sessiontracking.domain.exemption.ExemptionId;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeBuilder;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExemptionUseCasesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T08:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate NOV_3 = LocalDate.of(2026, 11, 3);
    private static final LocalDate NOV_9 = LocalDate.of(2026, 11, 9);

    private final InMemoryExemptionRepository repository = new InMemoryExemptionRepository();
    private final InMemoryAttendanceRegistrants registrants = new InMemoryAttendanceRegistrants();
    private final InMemorySessionTypeRepository types = new InMemorySessionTypeRepository();
    private final FixedActor actor = FixedActor.signedIn(Role.MANAGER);
    private final AddExemption add = new AddExemption(repository, registrants, types, actor, CLOCK);
    private final ListExemptions list = new ListExemptions(repository, registrants, actor);
    private final EndExemption end = new EndExemption(repository, actor);
    private final RemoveExemption remove = new RemoveExemption(repository, actor);
    private final ExplainExemptions explain = new ExplainExemptions(repository, actor);
    private final SessionTypeId fds = type(1, "Family Development Session");

    private SessionTypeId type(long id, String name) {
        SessionType type = SessionTypeBuilder.aSessionType().id(id).name(name).code(null).build();
        types.add(type);
        repository.typeNamed(type.id(), name);
        return type.id();
    }

    private ExemptionId typhoon() {
        return add.add(new Command(Optional.of(fds), NOV_3, NOV_9, List.of("North"), List.of(), "Typhoon emergency"));
    }

    @Test
    void aManagerExemptsAnAreaAndEveryoneSeesIt() {
        ExemptionId id = typhoon();
        actor.switchTo(new org.sessiontracking.domain.user.Actor(new org.sessiontracking.domain.user.UserId(5),
                "Viewer", Role.VIEWER));

        List<ExemptionRow> rows = list.list();
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().exemption().id()).isEqualTo(id);
        assertThat(rows.getFirst().typeName()).isEqualTo("Family Development Session");
        assertThat(rows.getFirst().createdAt()).isEqualTo(CLOCK.instant());
        assertThat(rows.getFirst().exemption().describe()).isEqualTo("Typhoon emergency, North, 3\u20139 Nov 2026");
    }

    @Test
    void registrantsAreExemptedByExternalIdAndUnknownIdsAreNamed() {
        RegistrantSummary ana = registrants.addIndividual("R-1", "Ana", null, "South");
        ExemptionId id = add.add(new Command(Optional.empty(), NOV_3, NOV_3, List.of(), List.of(" R-1 ", "R-1"),
                "In hospital"));
        assertThat(repository.findById(id).orElseThrow().scope().registrants()).containsExactly(ana.id());

        assertThatThrownBy(() -> add.add(new Command(Optional.empty(), NOV_3, NOV_3, List.of(),
                List.of("R-1", "R-404", "R-405"), "In hospital"))).isInstanceOf(InvalidValueException.class)
                .hasMessage("No registrant has the external ids 'R-404', 'R-405'");
        assertThat(list.list()).hasSize(1);
    }

    @Test
    void staffMayNotExemptAndBadInputStoresNothing() {
        assertThatThrownBy(() -> add.add(new Command(Optional.of(fds), NOV_3, NOV_9, List.of(), List.of(), "Typhoon")))
                .hasMessage("Choose at least one area");
        assertThatThrownBy(() -> add.add(new Command(Optional.of(new SessionTypeId(999)), NOV_3, NOV_9,
                List.of("North"), List.of(), "Typhoon"))).hasMessage("That session type no longer exists");
        actor.switchTo(new org.sessiontracking.domain.user.Actor(new org.sessiontracking.domain.user.UserId(6),
                "Staff", Role.STAFF));
        assertThatThrownBy(this::typhoon).isInstanceOf(AccessDeniedException.class);
        assertThat(list.list()).isEmpty();
    }

    @Test
    void anExemptionIsEndedEarlierOnceAndAStaleEndIsRefused() {
        ExemptionId id = typhoon();

        end.end(id, Version.NEW, LocalDate.of(2026, 11, 5));

        Exemption ended = repository.findById(id).orElseThrow();
        assertThat(ended.to()).isEqualTo(LocalDate.of(2026, 11, 5));
        assertThatThrownBy(() -> end.end(id, Version.NEW, LocalDate.of(2026, 11, 4)))
                .isInstanceOf(ConcurrentModificationException.class);
    }

    @Test
    void aRemovedExemptionIsGone() {
        ExemptionId id = typhoon();
        remove.remove(id);
        assertThat(list.list()).isEmpty();
        assertThatThrownBy(() -> remove.remove(id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theComplianceListIsToldWhichExemptionsApplyAndWhatTheyLeftOutPerRegistrant() {
        ExemptionId typhoon = typhoon();
        SessionTypeId youth = type(2, "Youth");
        RegistrantSummary ana = registrants.addIndividual("R-1", "Ana", null, "north");
        RegistrantSummary ben = registrants.addIndividual("R-2", "Ben", null, "South");
        repository.record(ana.id(), "north", fds, LocalDate.of(2026, 11, 4), AttendanceStatus.ABSENT);
        repository.record(ana.id(), "north", fds, LocalDate.of(2026, 11, 5), AttendanceStatus.EXCUSED);
        repository.record(ana.id(), "north", fds, LocalDate.of(2026, 11, 6), AttendanceStatus.PRESENT);
        repository.record(ben.id(), "South", fds, LocalDate.of(2026, 11, 4), AttendanceStatus.ABSENT);
        LocalDate from = LocalDate.of(2026, 11, 1);
        LocalDate to = LocalDate.of(2026, 11, 30);

        assertThat(explain.inForce(fds, from, to)).extracting(row -> row.exemption().id()).containsExactly(typhoon);
        assertThat(explain.inForce(youth, from, to)).isEmpty();
        assertThat(explain.inForce(fds, NOV_9.plusDays(1), to)).isEmpty();
        Map<org.sessiontracking.domain.registrant.RegistrantId, ExemptionNote> notes =
                explain.notes(fds, from, to, List.of(ana.id(), ben.id()));
        assertThat(notes).containsOnlyKeys(ana.id());
        assertThat(notes.get(ana.id()).text()).isEqualTo("2 sessions exempt: Typhoon emergency, North, 3\u20139 Nov 2026");
    }
}
