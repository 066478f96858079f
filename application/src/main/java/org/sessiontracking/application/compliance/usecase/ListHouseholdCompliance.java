package org.sessiontracking.application.compliance.usecase;

import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.HouseholdCriteria;
import org.sessiontracking.application.compliance.HouseholdRow;
import org.sessiontracking.application.compliance.port.in.HouseholdComplianceUseCase;
import org.sessiontracking.application.compliance.port.out.HouseholdComplianceQuery;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.user.Permission;

import java.util.List;
import java.util.function.Consumer;

public final class ListHouseholdCompliance implements HouseholdComplianceUseCase {

    private final HouseholdComplianceQuery query;
    private final SessionTypeRepository types;
    private final CurrentActor currentActor;

    public ListHouseholdCompliance(HouseholdComplianceQuery query, SessionTypeRepository types,
                                   CurrentActor currentActor) {
        this.query = query;
        this.types = types;
        this.currentActor = currentActor;
    }

    @Override
    public List<HouseholdRow> list(HouseholdCriteria criteria, PageRequest page) {
        SessionType type = type(criteria);
        return query.households(criteria, CompliancePolicy.of(type), type.details().householdRule(), page);
    }

    @Override
    public int count(HouseholdCriteria criteria) {
        SessionType type = type(criteria);
        return query.countHouseholds(criteria, CompliancePolicy.of(type), type.details().householdRule());
    }

    @Override
    public void export(HouseholdCriteria criteria, Consumer<HouseholdRow> row) {
        SessionType type = type(criteria);
        query.forEachHousehold(criteria, CompliancePolicy.of(type), type.details().householdRule(), row);
    }

    private SessionType type(HouseholdCriteria criteria) {
        currentActor.get().require(Permission.READ);
        return ComplianceTypes.load(types, criteria.type());
    }
}
