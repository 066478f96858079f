package org.sessiontracking.application.compliance.usecase;

import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.compliance.RegistrantSummary;
import org.sessiontracking.application.compliance.port.in.RegistrantComplianceUseCase;
import org.sessiontracking.application.compliance.port.out.ComplianceQuery;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.Permission;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

public final class GetRegistrantCompliance implements RegistrantComplianceUseCase {

    private final ComplianceQuery query;
    private final SessionTypeRepository types;
    private final CurrentActor currentActor;

    public GetRegistrantCompliance(ComplianceQuery query, SessionTypeRepository types, CurrentActor currentActor) {
        this.query = query;
        this.types = types;
        this.currentActor = currentActor;
    }

    @Override
    public RegistrantCompliance get(RegistrantId registrant, Period period) {
        currentActor.get().require(Permission.READ);
        RegistrantSummary summary = query.registrant(registrant)
                .orElseThrow(() -> new NotFoundException("The registrant no longer exists"));
        List<TypeCompliance> perType = new ArrayList<>();
        for (Map.Entry<SessionTypeId, AttendanceCounts> entry : query.countsOf(registrant, period).entrySet()) {
            SessionType type = ComplianceTypes.load(types, entry.getKey());
            perType.add(new TypeCompliance(type.id(), type.name(), CompliancePolicy.of(type).evaluate(entry.getValue())));
        }
        perType.sort(Comparator.comparing(TypeCompliance::typeName, String.CASE_INSENSITIVE_ORDER));
        return new RegistrantCompliance(summary, period, perType, query.attendanceOf(registrant, period));
    }
}
