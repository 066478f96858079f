package org.sessiontracking.application.casework.usecase;

import org.sessiontracking.application.casework.port.in.GetCaseUseCase;
import org.sessiontracking.application.casework.port.out.CaseRepository;
import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.compliance.AttendanceLine;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.compliance.RegistrantSummary;
import org.sessiontracking.application.compliance.port.out.ComplianceFlagRepository;
import org.sessiontracking.application.compliance.port.out.ComplianceQuery;
import org.sessiontracking.application.session.port.out.SessionRepository;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.attendance.CountedRecords;
import org.sessiontracking.domain.casework.Case;
import org.sessiontracking.domain.casework.CaseId;
import org.sessiontracking.domain.casework.CaseStatus;
import org.sessiontracking.domain.casework.PlanItem;
import org.sessiontracking.domain.casework.PlanProgress;
import org.sessiontracking.domain.casework.PlanRequirement.AttendSession;
import org.sessiontracking.domain.casework.PlanRequirement.AttendSessionsOfType;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Permission;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.UserId;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the registrant's attendance over the plan's dates once and lets the domain's {@link PlanProgress}
 * count it by the compliance rule.
 */
public final class GetCase implements GetCaseUseCase {

    private final CaseRepository cases;
    private final ComplianceQuery attendance;
    private final ComplianceFlagRepository flags;
    private final SessionRepository sessions;
    private final SessionTypeRepository types;
    private final UserRepository users;
    private final CurrentActor currentActor;
    private final Clock clock;

    public GetCase(CaseRepository cases, ComplianceQuery attendance, ComplianceFlagRepository flags,
                   SessionRepository sessions, SessionTypeRepository types, UserRepository users,
                   CurrentActor currentActor, Clock clock) {
        this.cases = cases;
        this.attendance = attendance;
        this.flags = flags;
        this.sessions = sessions;
        this.types = types;
        this.users = users;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Override
    public CaseDetails get(CaseId id) {
        Actor actor = CaseAccess.caseWorker(currentActor);
        Case theCase = CaseAccess.load(cases, id, actor);
        RegistrantSummary registrant = attendance.registrant(theCase.registrant())
                .orElseThrow(() -> new NotFoundException("The registrant of this case no longer exists"));
        Map<SessionId, Optional<Session>> named = new HashMap<>();
        Map<SessionTypeId, SessionType> typesById = new HashMap<>();
        LocalDate from = theCase.openedOn();
        LocalDate to = theCase.openedOn();
        for (PlanItem item : theCase.items()) {
            switch (item.requirement()) {
                case AttendSession(SessionId session) -> {
                    Optional<Session> found = named.computeIfAbsent(session, sessions::findById);
                    if (found.isPresent()) {
                        type(typesById, found.get().typeId());
                        from = min(from, found.get().date());
                        to = max(to, found.get().date());
                    }
                }
                case AttendSessionsOfType(SessionTypeId type, int count) -> {
                    type(typesById, type);
                    from = min(from, item.windowStart(theCase.openedOn()));
                }
            }
            to = max(to, item.dueOn());
        }
        List<PlanProgress.Attendance> records = new ArrayList<>();
        for (AttendanceLine line : attendance.attendanceOf(theCase.registrant(), new Period(from, to))) {
            records.add(new PlanProgress.Attendance(line.session(),
                    new CountedRecords.AttendanceRecord(line.type(), line.date(), line.cancelled(), line.status())));
            type(typesById, line.type());
        }
        Map<SessionTypeId, CompliancePolicy> policies = new HashMap<>();
        typesById.forEach((typeId, type) -> policies.put(typeId, CompliancePolicy.of(type)));
        PlanProgress progress = PlanProgress.of(theCase, records, policies, LocalDate.now(clock));
        List<ItemDetails> items = progress.items().stream()
                .map(item -> new ItemDetails(item, label(theCase, item.item(), named, typesById))).toList();
        Optional<FlagSummary> flag = theCase.flag().flatMap(flags::findById).map(it -> new FlagSummary(it.id(),
                types.findById(it.sessionType()).map(SessionType::name).orElse(""), it.note(), it.open()));
        return new CaseDetails(theCase, registrant, name(theCase.caseWorker()), name(theCase.openedBy()),
                theCase.closure().map(closure -> name(closure.by())), flag, progress, items,
                theCase.status() == CaseStatus.OPEN, theCase.status() == CaseStatus.OPEN
                && actor.may(Permission.WORK_ALL_CASES));
    }

    private void type(Map<SessionTypeId, SessionType> typesById, SessionTypeId id) {
        if (!typesById.containsKey(id)) {
            typesById.put(id, types.findById(id)
                    .orElseThrow(() -> new NotFoundException("A session type of this plan no longer exists")));
        }
    }

    private static String label(Case theCase, PlanItem item, Map<SessionId, Optional<Session>> named,
                                Map<SessionTypeId, SessionType> typesById) {
        return switch (item.requirement()) {
            case AttendSession(SessionId session) -> named.get(session)
                    .map(it -> "Attend " + it.title() + " (" + it.date() + ")"
                            + (it.status() == SessionStatus.CANCELLED ? ", cancelled" : ""))
                    .orElse("Attend a session that no longer exists");
            case AttendSessionsOfType(SessionTypeId type, int count) -> "Attend " + count + " "
                    + typesById.get(type).name() + (count == 1 ? " session" : " sessions") + " from "
                    + item.windowStart(theCase.openedOn());
        };
    }

    private String name(UserId id) {
        return users.findById(id).map(User::displayName).orElse("unknown user");
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
