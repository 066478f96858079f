package org.sessiontracking.application.compliance.port.in;

import org.sessiontracking.application.compliance.AttendanceLine;
import org.sessiontracking.application.compliance.Breakdown;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.compliance.RegistrantSummary;
import org.sessiontracking.application.exemption.ExemptionNote;
import org.sessiontracking.domain.compliance.Compliance;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
                          List<PeriodCompliance> perPeriod, Optional<ExemptionNote> exempt) {
        public TypeCompliance {
            perPeriod = List.copyOf(perPeriod);
            Objects.requireNonNull(exempt, "exempt");
        }

        /** A type none of whose records an exemption left out. */
        public TypeCompliance(SessionTypeId type, String typeName, Compliance compliance, Breakdown breakdown,
                              List<PeriodCompliance> perPeriod) {
            this(type, typeName, compliance, breakdown, perPeriod, Optional.empty());
        }
    }

    /**
     * @param exempted the sessions of {@code attendance} whose record an exemption leaves out, with the
     *                 exemption ({@link org.sessiontracking.domain.exemption.Exemption#describe})
     */
    record RegistrantCompliance(RegistrantSummary registrant, Period period, List<TypeCompliance> perType,
                                List<AttendanceLine> attendance, Map<SessionId, String> exempted) {
        public RegistrantCompliance {
            exempted = Map.copyOf(exempted);
        }

        public RegistrantCompliance(RegistrantSummary registrant, Period period, List<TypeCompliance> perType,
                                    List<AttendanceLine> attendance) {
            this(registrant, period, perType, attendance, Map.of());
        }
    }
}
