package org.sessiontracking.application.casework.usecase;

import org.sessiontracking.application.casework.port.in.OpenCaseUseCase;
import org.sessiontracking.application.casework.port.out.CaseRepository;
import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.compliance.port.out.ComplianceFlagRepository;
import org.sessiontracking.application.compliance.port.out.ComplianceQuery;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.casework.Case;
import org.sessiontracking.domain.casework.CaseId;
import org.sessiontracking.domain.common.AccessDeniedException;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.compliance.ComplianceFlag;
import org.sessiontracking.domain.compliance.ComplianceFlagId;
import org.sessiontracking.domain.compliance.FlagKind;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Permission;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.UserId;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public final class OpenCase implements OpenCaseUseCase {

    private final CaseRepository cases;
    private final ComplianceFlagRepository flags;
    private final ComplianceQuery registrants;
    private final UserRepository users;
    private final CurrentActor currentActor;
    private final Clock clock;

    public OpenCase(CaseRepository cases, ComplianceFlagRepository flags, ComplianceQuery registrants,
                    UserRepository users, CurrentActor currentActor, Clock clock) {
        this.cases = cases;
        this.flags = flags;
        this.registrants = registrants;
        this.users = users;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Override
    public CaseId open(Command command) {
        Actor actor = CaseAccess.caseWorker(currentActor);
        UserId worker = command.caseWorker().orElse(actor.id());
        if (!worker.equals(actor.id()) && !actor.may(Permission.WORK_ALL_CASES)) {
            throw new AccessDeniedException("Only managers open cases for another case worker");
        }
        return opened(actor, command.registrant(), worker, Optional.empty());
    }

    @Override
    public CaseId openFromFlag(ComplianceFlagId flagId) {
        Actor actor = CaseAccess.caseWorker(currentActor);
        ComplianceFlag flag = flags.findById(flagId)
                .orElseThrow(() -> new NotFoundException("The flag no longer exists"));
        if (flag.kind() != FlagKind.FOLLOW_UP) {
            throw new DomainException("Only a follow-up flag opens a case");
        }
        CaseId existing = cases.openedFrom(List.of(flagId)).get(flagId);
        if (existing != null) {
            Case theCase = cases.findById(existing).orElseThrow();
            if (CaseAccess.mayWork(actor, theCase)) {
                return existing;
            }
            throw new DomainException("Case " + existing.value() + " was already opened from this flag; its case "
                    + "worker is " + users.findById(theCase.caseWorker()).map(User::displayName).orElse("unknown"));
        }
        if (!flag.open()) {
            throw new DomainException("This flag was resolved; open a case from the Cases screen instead");
        }
        return opened(actor, flag.registrant(), actor.id(), Optional.of(flagId));
    }

    private CaseId opened(Actor actor, RegistrantId registrant, UserId worker, Optional<ComplianceFlagId> flag) {
        CaseAccess.requireCaseWorker(users, worker);
        registrants.registrant(registrant).orElseThrow(() -> new NotFoundException("The registrant no longer exists"));
        Case theCase = Case.open(cases.nextId(), registrant, worker, flag, actor.id(), LocalDate.now(clock));
        cases.add(theCase);
        return theCase.id();
    }
}
