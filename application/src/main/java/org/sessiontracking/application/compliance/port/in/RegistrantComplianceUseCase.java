package org.sessiontracking.application.compliance.port.in;

import org.sessiontracking.application.compliance.AttendanceLine;
import org.sessiontracking.application.compliance.Breakdown;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.compliance.RegistrantSummary;
import org.sessiontracking.domain.compliance.Compliance;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.util.List;
import java.util.Objects;

/**
 * One registrant's page: their attendance, and per session type their compliance over a period and
 * in each month (or quarter) of it.
 */
public interface RegistrantComplianceUseCase {

    RegistrantCompliance get(RegistrantId registrant, Period period);

    /** The compliance of one part of the chosen period: only that part's sessions count. */
    record PeriodCompliance(Period period, Compliance compliance) {
        public PeriodCompliance {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(compliance, "compliance");
        }
    }

    /**
     * @param compliance over the whole chosen period
     * @param breakdown  how {@code perPeriod} splits it (by the type's frequency)
     * @param perPeriod  the months (or quarters) of the period that have begun, and any later one with
     *                   records, oldest first; empty for one-time types
     */
    record TypeCompliance(SessionTypeId type, String typeName, Compliance compliance, Breakdown breakdown,
                          List<PeriodCompliance> perPeriod) {
        public TypeCompliance {
            perPeriod = List.copyOf(perPeriod);
        }
    }

    record RegistrantCompliance(RegistrantSummary registrant, Period period, List<TypeCompliance> perType,
                                List<AttendanceLine> attendance) {
    }
}
