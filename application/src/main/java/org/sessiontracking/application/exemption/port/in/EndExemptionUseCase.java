package org.sessiontracking.application.exemption.port.in;

import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.exemption.ExemptionId;

import java.time.LocalDate;

/** A Manager or Administrator ends an exemption earlier: sessions after {@code lastDay} count again. */
public interface EndExemptionUseCase {

    void end(ExemptionId exemption, Version version, LocalDate lastDay);
}
