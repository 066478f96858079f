package org.sessiontracking.application.exemption.port.in;

import org.sessiontracking.domain.exemption.ExemptionId;

/** A Manager or Administrator removes an exemption that should never have applied: its sessions count again. */
public interface RemoveExemptionUseCase {

    void remove(ExemptionId exemption);
}
