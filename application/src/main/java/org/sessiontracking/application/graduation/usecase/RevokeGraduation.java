package org.sessiontracking.application.graduation.usecase;

import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.graduation.port.in.RevokeGraduationUseCase;
import org.sessiontracking.application.graduation.port.out.GraduationRecords;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.graduation.Graduation;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Permission;

import java.time.Clock;

public final class RevokeGraduation implements RevokeGraduationUseCase {

    private final GraduationRecords records;
    private final CurrentActor currentActor;
    private final Clock clock;

    public RevokeGraduation(GraduationRecords records, CurrentActor currentActor, Clock clock) {
        this.records = records;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Override
    public void revoke(Command command) {
        Actor actor = currentActor.get();
        actor.require(Permission.GRADUATE);
        Graduation graduation = records.findById(command.graduation())
                .orElseThrow(() -> new NotFoundException("The graduation no longer exists"));
        if (!graduation.version().equals(command.version())) {
            throw new ConcurrentModificationException("Someone else changed this graduation meanwhile; reload it");
        }
        graduation.revoke(actor.id(), clock.instant(), command.reason());
        records.update(graduation);
    }
}
