package org.sessiontracking.bootstrap.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.session.SessionFilter;
import org.sessiontracking.application.session.port.in.CancelSessionUseCase;
import org.sessiontracking.application.session.port.in.EditSessionUseCase;
import org.sessiontracking.application.session.port.in.ListSessionsUseCase;
import org.sessiontracking.application.session.port.in.ScheduleSeriesUseCase;
import org.sessiontracking.application.session.port.in.ScheduleSessionUseCase;
import org.sessiontracking.application.session.port.in.SessionVersion;
import org.sessiontracking.application.session.port.out.SessionRepository;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.bootstrap.ApplicationTest;
import org.sessiontracking.domain.common.AccessDeniedException;
import org.sessiontracking.domain.session.SeriesSchedule;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionPlan;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.UserId;
import org.sessiontracking.domain.user.Username;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The session rules of who may do what, through the wired (transactional, jOOQ-backed) use cases,
 * as the screens call them: staff create sessions and change only their own; viewers only read.
 */
class SessionAuthorizationTest extends ApplicationTest {

    @Autowired
    private ScheduleSessionUseCase schedule;
    @Autowired
    private ScheduleSeriesUseCase scheduleSeries;
    @Autowired
    private EditSessionUseCase edit;
    @Autowired
    private CancelSessionUseCase cancel;
    @Autowired
    private ListSessionsUseCase list;
    @Autowired
    private SessionRepository sessions;
    @Autowired
    private SessionTypeRepository types;
    @Autowired
    private UserRepository users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private User newUser(Role role) {
        String name = role.name().toLowerCase() + "." + System.nanoTime();
        users.add(User.create(users.nextId(), new Username(name), name, "not-a-real-hash", role));
        return users.findByUsername(new Username(name)).orElseThrow();
    }

    private void signInAs(User user) {
        SignedInUser principal = new SignedInUser(user);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
    }

    private SessionType meeting() {
        return types.findByCode("MEETING").orElseThrow();
    }

    private static SessionPlan plan(UserId facilitator, String location) {
        return new SessionPlan(Optional.empty(), LocalDate.of(2026, 6, 1), Optional.empty(), Optional.empty(),
                Optional.empty(), location, "", facilitator, Set.of(), Optional.empty(), "");
    }

    @Test
    void staffScheduleTheirOwnSessionAndCannotChangeAColleagues() {
        User ana = newUser(Role.STAFF);
        User ben = newUser(Role.STAFF);
        signInAs(ana);
        Session anas = schedule.schedule(new ScheduleSessionUseCase.Command(meeting().id(),
                plan(ana.id(), "Hall " + System.nanoTime())));
        assertThat(list.count(ListSessionsUseCase.Scope.MINE, SessionFilter.ALL)).isEqualTo(1);

        signInAs(ben);
        assertThatThrownBy(() -> edit.edit(new EditSessionUseCase.Command(
                new SessionVersion(anas.id(), anas.version()), meeting().id(), plan(ben.id(), "Taken over"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cancel.cancel(new CancelSessionUseCase.Command(
                new SessionVersion(anas.id(), anas.version()), "not mine", true)))
                .isInstanceOf(AccessDeniedException.class);
        Session stored = sessions.findById(anas.id()).orElseThrow();
        assertThat(stored.facilitator()).contains(ana.id());
        assertThat(stored.status()).isEqualTo(SessionStatus.SCHEDULED);
    }

    @Test
    void viewersReadButCannotSchedule() {
        User viewer = newUser(Role.VIEWER);
        signInAs(viewer);
        int before = list.count(ListSessionsUseCase.Scope.ALL, SessionFilter.ALL);
        assertThatThrownBy(() -> schedule.schedule(new ScheduleSessionUseCase.Command(meeting().id(),
                plan(viewer.id(), "Nowhere")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scheduleSeries.schedule(new ScheduleSeriesUseCase.Command(meeting().id(),
                plan(viewer.id(), "Nowhere"), SeriesSchedule.times(LocalDate.of(2026, 6, 1), 3))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(list.count(ListSessionsUseCase.Scope.ALL, SessionFilter.ALL)).isEqualTo(before);
    }

    @Test
    void aSeriesIsStoredInOneTransaction() {
        User manager = newUser(Role.MANAGER);
        signInAs(manager);
        String location = "Series hall " + System.nanoTime();
        assertThat(scheduleSeries.schedule(new ScheduleSeriesUseCase.Command(meeting().id(), plan(manager.id(),
                location), SeriesSchedule.until(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 31))))).hasSize(5);
        assertThat(list.count(ListSessionsUseCase.Scope.ALL, SessionFilter.ALL.withLocationContaining(location)))
                .isEqualTo(5);
    }
}
