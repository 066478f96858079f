package org.sessiontracking.application.exemption.port.in;

import org.sessiontracking.application.exemption.ExemptionNote;
import org.sessiontracking.application.exemption.ExemptionRow;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What the compliance list says about exemptions: those in force for a type and period, and per registrant what they left out. */
public interface ExplainExemptionsUseCase {

    /** The exemptions of the type (or of every type) that share a day with [from, to]. */
    List<ExemptionRow> inForce(SessionTypeId type, LocalDate from, LocalDate to);

    /** For each of these registrants with records left out by exemptions, why. */
    Map<RegistrantId, ExemptionNote> notes(SessionTypeId type, LocalDate from, LocalDate to,
                                           Collection<RegistrantId> registrants);
}
