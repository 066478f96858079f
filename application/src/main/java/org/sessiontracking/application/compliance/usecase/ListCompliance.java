package org.sessiontracking.application.compliance.usecase;

import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.ComplianceRow;
import org.sessiontracking.application.compliance.port.in.ComplianceListUseCase;
import org.sessiontracking.application.compliance.port.out.ComplianceQuery;
import org.sessiontracking.application.compliance.port.out.FrozenCompliance;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.user.Permission;
import org.sessiontracking.domain.verification.VerificationPeriod;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

public final class ListCompliance implements ComplianceListUseCase {

    private final ComplianceQuery query;
    private final SessionTypeRepository types;
    private final CurrentActor currentActor;
    private final FrozenCompliance frozen;

    public ListCompliance(ComplianceQuery query, SessionTypeRepository types, CurrentActor currentActor,
                          FrozenCompliance frozen) {
        this.query = query;
        this.types = types;
        this.currentActor = currentActor;
        this.frozen = frozen;
    }

    @Override
    public List<ComplianceRow> list(ComplianceCriteria criteria, PageRequest page) {
        return query.list(criteria, policy(criteria), page);
    }

    @Override
    public int count(ComplianceCriteria criteria) {
        return query.count(criteria, policy(criteria));
    }

    @Override
    public Map<ComplianceStatus, Integer> totals(ComplianceCriteria criteria) {
        return query.totals(criteria, policy(criteria));
    }

    /**
     * The export of a verification period that was closed is its frozen list (the latest version, also
     * while the period is reopened), whatever changed since; of any other period, the live list.
     */
    @Override
    public void export(ComplianceCriteria criteria, Consumer<ComplianceRow> row) {
        CompliancePolicy policy = policy(criteria);
        Optional<VerificationPeriod> closed = frozen.periodWithDates(criteria.type(), criteria.period())
                .filter(period -> period.latestVersion().isPresent());
        if (closed.isPresent()) {
            frozen.forEach(closed.get().id(), closed.get().latestVersion().orElseThrow(), criteria, row);
        } else {
            query.forEach(criteria, policy, row);
        }
    }

    private CompliancePolicy policy(ComplianceCriteria criteria) {
        currentActor.get().require(Permission.READ);
        return CompliancePolicy.of(ComplianceTypes.load(types, criteria.type()));
    }
}
