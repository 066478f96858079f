package org.sessiontracking.application.compliance.usecase;

import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.compliance.port.in.FlagRegistrantUseCase;
import org.sessiontracking.application.compliance.port.out.ComplianceFlagRepository;
import org.sessiontracking.application.compliance.port.out.ComplianceQuery;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.compliance.ComplianceFlag;
import org.sessiontracking.domain.compliance.ComplianceFlagId;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Permission;

import java.time.Clock;

public final class FlagRegistrant implements FlagRegistrantUseCase {

    private final ComplianceFlagRepository flags;
    private final ComplianceQuery query;
    private final SessionTypeRepository types;
    private final CurrentActor currentActor;
    private final Clock clock;

    public FlagRegistrant(ComplianceFlagRepository flags, ComplianceQuery query, SessionTypeRepository types,
                          CurrentActor currentActor, Clock clock) {
        this.flags = flags;
        this.query = query;
        this.types = types;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Override
    public ComplianceFlagId flag(Command command) {
        Actor actor = currentActor.get();
        actor.require(Permission.FLAG_FOLLOW_UP);
        ComplianceTypes.load(types, command.type());
        query.registrant(command.registrant())
                .orElseThrow(() -> new NotFoundException("The registrant no longer exists"));
        ComplianceFlag flag = ComplianceFlag.raise(flags.nextId(), command.registrant(), command.type(),
                command.kind(), command.note(), actor.id(), clock.instant());
        flags.add(flag);
        return flag.id();
    }
}
