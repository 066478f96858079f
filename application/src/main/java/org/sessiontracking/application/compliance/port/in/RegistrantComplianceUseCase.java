package org.sessiontracking.application.compliance.port.in;

import org.sessiontracking.application.compliance.AttendanceLine;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.compliance.RegistrantSummary;
import org.sessiontracking.domain.compliance.Compliance;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.util.List;

/** One registrant's page: their compliance per session type over a period, and their attendance. */
public interface RegistrantComplianceUseCase {

    RegistrantCompliance get(RegistrantId registrant, Period period);

    record TypeCompliance(SessionTypeId type, String typeName, Compliance compliance) {
    }

    record RegistrantCompliance(RegistrantSummary registrant, Period period, List<TypeCompliance> perType,
                                List<AttendanceLine> attendance) {
    }
}
