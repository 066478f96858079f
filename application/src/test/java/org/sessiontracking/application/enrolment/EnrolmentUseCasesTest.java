package org.sessiontracking.application.enrolment;

import org.junit.jupiter.api.Test;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.enrolment.port.in.AddEnrolmentUseCase.Command;
import org.sessiontracking.application.enrolment.usecase.AddEnrolment;
import org.sessiontracking.application.enrolment.usecase.EndEnrolment;
import org.sessiontracking.application.enrolment.usecase.ListEnrolments;
import org.sessiontracking.application.enrolment.usecase.RemoveEnrolment;
import org.sessiontracking.application.registrant.InMemoryRegistrants;
import org.sessiontracking.application.sessiontype.InMemorySessionTypeRepository;
import org.sessiontracking.application.support.FixedActor;
import org.sessiontracking.domain.common.AccessDeniedException;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.enrolment.EnrolmentId;
import org.sessiontracking.domain.registrant.Registrant;
import org.sessiontracking.domain.registrant.RegistrantBuilder;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeBuilder;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.UserId;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnrolmentUseCasesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T08:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    private final InMemoryEnrolmentRepository repository = new InMemoryEnrolmentRepository();
    private final InMemoryRegistrants registrants = new InMemoryRegistrants();
    private final InMemorySessionTypeRepository types = new InMemorySessionTypeRepository();
    private final FixedActor actor = FixedActor.signedIn(Role.MANAGER);
    private final AddEnrolment add = new AddEnrolment(repository, registrants, types, actor, CLOCK);
    private final ListEnrolments list = new ListEnrolments(repository, registrants, actor);
    private final EndEnrolment end = new EndEnrolment(repository, actor);
    private final RemoveEnrolment remove = new RemoveEnrolment(repository, actor);
    private final SessionTypeId fds = type();

    private SessionTypeId type() {
        SessionType type = SessionTypeBuilder.aSessionType().id(1).name("Family Development Session").code(null).build();
        types.add(type);
        return type.id();
    }

    private EnrolmentId north() {
        return add.add(new Command(fds, JAN_1, Optional.empty(), List.of("North"), List.of(), List.of()));
    }

    @Test
    void aManagerEnrolsAnAreaAndEveryoneSeesIt() {
        EnrolmentId id = north();
        actor.switchTo(new Actor(new UserId(5), "Viewer", Role.VIEWER));

        assertThat(list.list()).singleElement().satisfies(row -> {
            assertThat(row.enrolment().id()).isEqualTo(id);
            assertThat(row.enrolment().scope().areas()).containsExactly("North");
            assertThat(row.createdAt()).isEqualTo(CLOCK.instant());
        });
        assertThat(list.anyOf(fds)).isTrue();
    }

    @Test
    void householdsAndRegistrantsAreEnrolledByExternalIdAndWrongIdsAreNamed() {
        Registrant household = registrants.add(RegistrantBuilder.aHousehold().id(10).externalId("HH-1").build());
        registrants.add(RegistrantBuilder.aRegistrant().id(11).externalId("R-1").build());

        EnrolmentId id = add.add(new Command(fds, JAN_1, Optional.of(JAN_1.plusMonths(6)), List.of(),
                List.of(" HH-1 "), List.of()));
        assertThat(repository.findById(id).orElseThrow().scope().households()).containsExactly(household.id());

        assertThatThrownBy(() -> add.add(new Command(fds, JAN_1, Optional.empty(), List.of(), List.of("R-1"),
                List.of()))).isInstanceOf(InvalidValueException.class)
                .hasMessage("'R-1' is not a household: list individuals as registrants instead");
        assertThatThrownBy(() -> add.add(new Command(fds, JAN_1, Optional.empty(), List.of(), List.of(),
                List.of("R-1", "R-404", "R-405")))).isInstanceOf(InvalidValueException.class)
                .hasMessage("No registrant has the external ids 'R-404', 'R-405'");
        assertThat(list.list()).hasSize(1);
    }

    @Test
    void staffMayNotEnrolAndBadInputStoresNothing() {
        assertThatThrownBy(() -> add.add(new Command(fds, JAN_1, Optional.empty(), List.of(), List.of(), List.of())))
                .hasMessage("Choose at least one area");
        assertThatThrownBy(() -> add.add(new Command(fds, JAN_1, Optional.of(JAN_1.minusDays(1)), List.of("North"),
                List.of(), List.of()))).hasMessage("The last day (31 Dec 2025) is before the first (1 Jan 2026)");
        assertThatThrownBy(() -> add.add(new Command(new SessionTypeId(999), JAN_1, Optional.empty(),
                List.of("North"), List.of(), List.of()))).hasMessage("That session type no longer exists");
        assertThatThrownBy(() -> new Command(fds, JAN_1, Optional.empty(), List.of("North"), List.of("HH-1"),
                List.of())).hasMessage("An enrolment covers areas, households or registrants: one of them");
        actor.switchTo(new Actor(new UserId(6), "Staff", Role.STAFF));
        assertThatThrownBy(this::north).isInstanceOf(AccessDeniedException.class);
        assertThat(list.list()).isEmpty();
    }

    @Test
    void anEnrolmentIsEndedOnceAStaleEndIsRefusedAndARemovedOneIsGone() {
        EnrolmentId id = north();

        end.end(id, Version.NEW, LocalDate.of(2026, 6, 30));

        assertThat(repository.findById(id).orElseThrow().to()).contains(LocalDate.of(2026, 6, 30));
        assertThatThrownBy(() -> end.end(id, Version.NEW, LocalDate.of(2026, 5, 31)))
                .isInstanceOf(ConcurrentModificationException.class);
        actor.switchTo(new Actor(new UserId(6), "Staff", Role.STAFF));
        assertThatThrownBy(() -> remove.remove(id)).isInstanceOf(AccessDeniedException.class);
        actor.switchTo(new Actor(new UserId(7), "Manager", Role.MANAGER));
        remove.remove(id);
        assertThat(repository.findById(id)).isEmpty();
        assertThatThrownBy(() -> remove.remove(id)).isInstanceOf(NotFoundException.class);
    }
}
