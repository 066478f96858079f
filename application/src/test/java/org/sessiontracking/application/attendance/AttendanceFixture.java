package org.sessiontracking.application.attendance;

import org.sessiontracking.application.attendance.usecase.AddRegistrants;
import org.sessiontracking.application.attendance.usecase.AttendanceHistory;
import org.sessiontracking.application.attendance.usecase.FindRegistrantsForAttendance;
import org.sessiontracking.application.attendance.usecase.ImportSignInSheet;
import org.sessiontracking.application.attendance.usecase.LoadAttendance;
import org.sessiontracking.application.attendance.usecase.SaveAttendance;
import org.sessiontracking.application.support.FixedActor;
import org.sessiontracking.domain.attendance.AttendanceSession;
import org.sessiontracking.domain.attendance.SessionPhase;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.UserId;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * The attendance use cases over in-memory fakes, signed in as the session's facilitator, with a fixed
 * clock: for use-case tests and view tests.
 */
public final class AttendanceFixture {

    public static final Instant NOW = Instant.parse("2026-03-14T16:00:00Z");
    public static final Actor FACILITATOR = new Actor(new UserId(10), "Field Officer", Role.STAFF);
    public static final Actor OTHER_STAFF = new Actor(new UserId(11), "Other Officer", Role.STAFF);
    public static final Actor MANAGER = new Actor(new UserId(20), "Programme Manager", Role.MANAGER);
    public static final Actor VIEWER = new Actor(new UserId(30), "Auditor", Role.VIEWER);

    public final InMemoryAttendanceRepository repository = new InMemoryAttendanceRepository();
    public final InMemoryAttendanceSessions sessions = new InMemoryAttendanceSessions();
    public final InMemoryAttendanceRegistrants registrants = new InMemoryAttendanceRegistrants();
    public final InMemoryAttendanceUserNames userNames = new InMemoryAttendanceUserNames()
            .with(FACILITATOR).with(OTHER_STAFF).with(MANAGER).with(VIEWER);
    public final FixedActor actor = FixedActor.signedIn(FACILITATOR);
    public final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    public final InMemoryLateCorrectionLog lateCorrections = new InMemoryLateCorrectionLog();

    public final LoadAttendance load = new LoadAttendance(repository, sessions, registrants, userNames, actor,
            lateCorrections, clock);
    public final FindRegistrantsForAttendance find = new FindRegistrantsForAttendance(registrants, actor);
    public final org.sessiontracking.application.enrolment.InMemoryEnrolmentRepository enrolments =
            new org.sessiontracking.application.enrolment.InMemoryEnrolmentRepository();
    public final AddRegistrants add = new AddRegistrants(repository, sessions, registrants, userNames, actor,
            lateCorrections, enrolments, clock);
    public final SaveAttendance save = new SaveAttendance(repository, sessions, registrants, userNames, actor,
            lateCorrections, clock);
    public final AttendanceHistory history = new AttendanceHistory(repository, sessions, registrants, userNames, actor);
    public final ImportSignInSheet importSheet = new ImportSignInSheet(repository, sessions, registrants, userNames,
            actor, lateCorrections, clock);

    /** A session facilitated by {@link #FACILITATOR}, of a type that requires 80% and leaves excused absences out. */
    public AttendanceSession session(long id, SessionPhase phase) {
        return session(id, phase, ExcusedPolicy.LEFT_OUT);
    }

    /** A session facilitated by {@link #FACILITATOR}, of a type that requires 80% with this excused policy. */
    public AttendanceSession session(long id, SessionPhase phase, ExcusedPolicy excusedPolicy) {
        return sessions.put(new AttendanceSession(new SessionId(id), new SessionTypeId(1),
                "FDS - March 2026 - Barangay " + id, phase, FACILITATOR.id(), Set.of(),
                new CompliancePolicy(80, excusedPolicy)));
    }

    public void signIn(Actor who) {
        actor.switchTo(who);
    }
}
