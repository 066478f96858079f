package org.sessiontracking.application.exemption.usecase;

import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.exemption.port.in.RemoveExemptionUseCase;
import org.sessiontracking.application.exemption.port.out.ExemptionRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.exemption.ExemptionId;
import org.sessiontracking.domain.user.Permission;

public final class RemoveExemption implements RemoveExemptionUseCase {

    private final ExemptionRepository exemptions;
    private final CurrentActor currentActor;

    public RemoveExemption(ExemptionRepository exemptions, CurrentActor currentActor) {
        this.exemptions = exemptions;
        this.currentActor = currentActor;
    }

    @Override
    public void remove(ExemptionId id) {
        currentActor.get().require(Permission.MANAGE_EXEMPTIONS);
        exemptions.findById(id).orElseThrow(() -> new NotFoundException("The exemption no longer exists"));
        exemptions.remove(id);
    }
}
