package org.sessiontracking.application.attendance.usecase;

import org.sessiontracking.application.attendance.AttendanceRow;
import org.sessiontracking.application.attendance.RegistrantSummary;
import org.sessiontracking.application.attendance.port.in.AddRegistrantsUseCase;
import org.sessiontracking.application.attendance.port.out.AttendanceRegistrants;
import org.sessiontracking.application.attendance.port.out.AttendanceRepository;
import org.sessiontracking.application.attendance.port.out.AttendanceSessions;
import org.sessiontracking.application.attendance.port.out.AttendanceUserNames;
import org.sessiontracking.application.attendance.port.out.LateCorrectionLog;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.enrolment.port.out.EnrolmentRepository;
import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.attendance.AttendanceRecord;
import org.sessiontracking.domain.attendance.AttendanceSheet;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.user.Actor;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

public final class AddRegistrants implements AddRegistrantsUseCase {

    /** At most this many expected registrants are added at once (as many as an exemption may list). */
    static final int MAX_EXPECTED = 5000;

    private final AttendanceAccess access;
    private final EnrolmentRepository enrolments;
    private final Clock clock;

    public AddRegistrants(AttendanceRepository repository, AttendanceSessions sessions,
                          AttendanceRegistrants registrants, AttendanceUserNames userNames, CurrentActor currentActor,
                          LateCorrectionLog lateCorrections, EnrolmentRepository enrolments, Clock clock) {
        this.access = new AttendanceAccess(repository, sessions, registrants, userNames, currentActor, lateCorrections,
                clock);
        this.enrolments = enrolments;
        this.clock = clock;
    }

    @Override
    public Result add(Command command) {
        Actor actor = access.currentActor.get();
        AttendanceSheet sheet = access.sheetToChange(command.session(), actor);
        List<RegistrantId> selected = select(command.session(), command.selection());
        List<RegistrantId> added = sheet.add(selected, command.status(), command.reason(), actor, clock.instant());
        Set<RegistrantId> stored = access.store(sheet, sheet.writes());
        if (!stored.containsAll(added)) {
            throw new ConcurrentModificationException("Someone else added some of these registrants at the same time. "
                    + "Nothing was added: reload the attendance and add them again.");
        }
        Set<RegistrantId> addedSet = new HashSet<>(added);
        List<AttendanceRecord> records = sheet.records().stream().filter(r -> addedSet.contains(r.registrant())).toList();
        List<AttendanceRow> rows = access.rows(records);
        return new Result(rows, new LinkedHashSet<>(selected).size() - added.size());
    }

    private List<RegistrantId> select(SessionId session, AddRegistrantsUseCase.Selection selection) {
        return switch (selection) {
            case Selection.Expected expected -> {
                List<RegistrantId> roster = enrolments.expectedAt(session, MAX_EXPECTED + 1);
                if (roster.isEmpty()) {
                    throw new DomainException("expected", "Nobody is enrolled for this session's type, date and "
                            + "area: add enrolments on the Enrolment screen, or choose registrants");
                }
                if (roster.size() > MAX_EXPECTED) {
                    throw new DomainException("expected", "More than " + MAX_EXPECTED + " registrants are expected "
                            + "at this session: add them by area instead");
                }
                yield roster;
            }
            case Selection.Chosen chosen -> {
                Map<RegistrantId, RegistrantSummary> known = access.registrants.byIds(chosen.registrants());
                List<RegistrantId> unknown = chosen.registrants().stream().filter(id -> !known.containsKey(id)).toList();
                if (!unknown.isEmpty()) {
                    throw new NotFoundException("Registrant " + unknown.getFirst().value() + " does not exist");
                }
                yield chosen.registrants();
            }
            case Selection.Group group -> {
                List<RegistrantSummary> members = access.registrants.membersOf(group.group());
                if (members.isEmpty()) {
                    throw new DomainException("group", "This group has no active members");
                }
                yield members.stream().map(RegistrantSummary::id).toList();
            }
            case Selection.Area area -> {
                List<RegistrantSummary> inArea = access.registrants.inArea(area.area());
                if (inArea.isEmpty()) {
                    throw new DomainException("area", "No active registrants live in area '" + area.area() + "'");
                }
                yield inArea.stream().map(RegistrantSummary::id).toList();
            }
        };
    }
}
