package org.sessiontracking.application.exemption.usecase;

import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.exemption.port.in.EndExemptionUseCase;
import org.sessiontracking.application.exemption.port.out.ExemptionRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.exemption.Exemption;
import org.sessiontracking.domain.exemption.ExemptionId;
import org.sessiontracking.domain.user.Permission;

import java.time.LocalDate;

public final class EndExemption implements EndExemptionUseCase {

    private final ExemptionRepository exemptions;
    private final CurrentActor currentActor;

    public EndExemption(ExemptionRepository exemptions, CurrentActor currentActor) {
        this.exemptions = exemptions;
        this.currentActor = currentActor;
    }

    @Override
    public void end(ExemptionId id, Version version, LocalDate lastDay) {
        currentActor.get().require(Permission.MANAGE_EXEMPTIONS);
        Exemption exemption = exemptions.findById(id)
                .orElseThrow(() -> new NotFoundException("The exemption no longer exists"));
        if (!exemption.version().equals(version)) {
            throw new ConcurrentModificationException("Someone else changed this exemption meanwhile; reload it");
        }
        exemption.endOn(lastDay);
        exemptions.update(exemption);
    }
}
