package org.sessiontracking.application.attendance.usecase;

import org.sessiontracking.application.attendance.AttendanceRow;
import org.sessiontracking.application.attendance.SignInSheet;
import org.sessiontracking.application.attendance.port.in.PrintSignInSheetUseCase;
import org.sessiontracking.application.attendance.port.out.AttendanceRegistrants;
import org.sessiontracking.application.attendance.port.out.AttendanceRepository;
import org.sessiontracking.application.attendance.port.out.AttendanceSessions;
import org.sessiontracking.application.attendance.port.out.AttendanceUserNames;
import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.session.port.out.SessionRepository;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.session.SessionPlan;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.Topic;
import org.sessiontracking.domain.user.Permission;
import org.sessiontracking.domain.user.UserId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sign-in sheet of a session: its details and its expected roster, the registrants on its
 * attendance sheet (as the Attendance tab lists them: by name, then external id).
 */
public final class PrintSignInSheet implements PrintSignInSheetUseCase {

    private final AttendanceAccess access;
    private final SessionRepository sessions;
    private final SessionTypeRepository types;

    public PrintSignInSheet(AttendanceRepository repository, AttendanceSessions attendanceSessions,
                            AttendanceRegistrants registrants, AttendanceUserNames userNames,
                            SessionRepository sessions, SessionTypeRepository types, CurrentActor currentActor) {
        this.access = new AttendanceAccess(repository, attendanceSessions, registrants, userNames, currentActor);
        this.sessions = sessions;
        this.types = types;
    }

    @Override
    public SignInSheet sheet(SessionId id) {
        access.currentActor.get().require(Permission.READ);
        Session session = sessions.findById(id)
                .orElseThrow(() -> new NotFoundException("Session " + id.value() + " does not exist"));
        SessionType type = types.findById(session.typeId())
                .orElseThrow(() -> new NotFoundException("The type of session " + id.value() + " does not exist"));
        SessionPlan plan = session.plan();
        List<SignInSheet.Line> roster = access.rows(access.repository.findBySession(id)).stream()
                .map(AttendanceRow::registrant)
                .map(who -> new SignInSheet.Line(who.externalId(), who.name(), who.groupName()))
                .toList();
        return new SignInSheet(id.value(), session.title(), type.name(), plan.date(), plan.startTime(), plan.endTime(),
                plan.location(), plan.area(), facilitators(plan), plan.topic().flatMap(type::topic).map(Topic::name),
                roster);
    }

    private List<String> facilitators(SessionPlan plan) {
        Set<UserId> users = new LinkedHashSet<>();
        plan.facilitator().ifPresent(users::add);
        users.addAll(plan.coFacilitators().stream().sorted(Comparator.comparingLong(UserId::value)).toList());
        Map<UserId, String> names = access.userNames.namesOf(users);
        List<String> all = new ArrayList<>();
        users.forEach(user -> all.add(names.getOrDefault(user, "user " + user.value())));
        all.addAll(plan.externalFacilitators());
        return all;
    }
}
