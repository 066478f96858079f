package org.sessiontracking.adapters.web.exemption;

import org.sessiontracking.application.exemption.port.in.AddExemptionUseCase;
import org.sessiontracking.application.exemption.port.in.EndExemptionUseCase;
import org.sessiontracking.application.exemption.port.in.ListExemptionsUseCase;
import org.sessiontracking.application.exemption.port.in.RemoveExemptionUseCase;
import org.sessiontracking.application.sessiontype.port.in.ListSessionTypesUseCase;

/** The in-ports the Exemptions screen calls, gathered so its components take one argument. */
public record ExemptionUseCases(ListExemptionsUseCase list, AddExemptionUseCase add, EndExemptionUseCase end,
                                RemoveExemptionUseCase remove, ListSessionTypesUseCase types) {
}
