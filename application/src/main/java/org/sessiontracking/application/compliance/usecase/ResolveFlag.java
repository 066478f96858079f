package org.sessiontracking.application.compliance.usecase;

import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.compliance.port.in.ResolveFlagUseCase;
import org.sessiontracking.application.compliance.port.out.ComplianceFlagRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.compliance.ComplianceFlag;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Permission;

import java.time.Clock;

public final class ResolveFlag implements ResolveFlagUseCase {

    private final ComplianceFlagRepository flags;
    private final CurrentActor currentActor;
    private final Clock clock;

    public ResolveFlag(ComplianceFlagRepository flags, CurrentActor currentActor, Clock clock) {
        this.flags = flags;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Override
    public void resolve(Command command) {
        Actor actor = currentActor.get();
        actor.require(Permission.FLAG_FOLLOW_UP);
        ComplianceFlag flag = flags.findById(command.flag())
                .orElseThrow(() -> new NotFoundException("The flag no longer exists"));
        if (!flag.version().equals(command.version())) {
            throw new ConcurrentModificationException("Someone else changed this flag meanwhile; reload it");
        }
        flag.resolve(actor.id(), clock.instant(), command.note());
        flags.update(flag);
    }
}
