package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.HouseholdCriteria;
import org.sessiontracking.application.compliance.HouseholdRow;
import org.sessiontracking.application.compliance.port.out.ComplianceQuery;
import org.sessiontracking.application.compliance.port.out.HouseholdComplianceQuery;
import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.compliance.Compliance;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.compliance.HouseholdCompliance;
import org.sessiontracking.domain.registrant.Registrant;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.HouseholdRule;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import static org.sessiontracking.adapters.persistence.memory.MemoryText.lower;

/**
 * Households judged from the memory adapter's own compliance list (its judged registrants, grouped by
 * household) by the domain's {@link HouseholdCompliance}.
 */
final class MemoryHouseholdComplianceQuery implements HouseholdComplianceQuery {

    private static final Comparator<HouseholdRow> BY_NAME = Comparator
            .comparing((HouseholdRow row) -> lower(row.name())).thenComparingLong(row -> row.household().value());

    private final MemoryStore store;
    private final ComplianceQuery compliance;

    MemoryHouseholdComplianceQuery(MemoryStore store, ComplianceQuery compliance) {
        this.store = store;
        this.compliance = compliance;
    }

    @Override
    public List<HouseholdRow> households(HouseholdCriteria criteria, CompliancePolicy policy, HouseholdRule rule,
                                         PageRequest page) {
        return all(criteria, policy, rule).stream().skip(page.offset()).limit(page.limit()).toList();
    }

    @Override
    public int countHouseholds(HouseholdCriteria criteria, CompliancePolicy policy, HouseholdRule rule) {
        return all(criteria, policy, rule).size();
    }

    @Override
    public void forEachHousehold(HouseholdCriteria criteria, CompliancePolicy policy, HouseholdRule rule,
                                 Consumer<HouseholdRow> row) {
        all(criteria, policy, rule).forEach(row);
    }

    private List<HouseholdRow> all(HouseholdCriteria criteria, CompliancePolicy policy, HouseholdRule rule) {
        Map<RegistrantId, Compliance> judged = new LinkedHashMap<>();
        compliance.forEach(ComplianceCriteria.of(criteria.type(), criteria.period()), policy, row -> judged.put(
                row.registrant(), new Compliance(row.counts(), row.attended(), row.counted(), policy.requiredPercent(),
                        row.status())));
        return store.atomically(() -> byHousehold(store, judged).entrySet().stream()
                .map(entry -> row(store.registrants.get(entry.getKey()).orElseThrow(), entry.getValue(), policy, rule))
                .filter(row -> criteria.area().isEmpty() || row.area().equalsIgnoreCase(criteria.area()))
                .filter(row -> criteria.status().map(status -> status == row.status()).orElse(true))
                .sorted(BY_NAME)
                .toList());
    }

    /** The judged registrants of each household with one, by the household they now belong to. */
    static Map<RegistrantId, Map<RegistrantId, Compliance>> byHousehold(MemoryStore store,
                                                                       Map<RegistrantId, Compliance> judged) {
        Map<RegistrantId, Map<RegistrantId, Compliance>> byHousehold = new LinkedHashMap<>();
        judged.forEach((registrant, result) -> store.registrants.get(registrant).flatMap(Registrant::groupId)
                .ifPresent(group -> byHousehold.computeIfAbsent(group, g -> new LinkedHashMap<>()).put(registrant, result)));
        return byHousehold;
    }

    /**
     * A household's compliance from its judged members; a grantee who has nothing counted is judged on zero
     * counts, one who left the household is none.
     */
    static HouseholdCompliance decide(MemoryStore store, Registrant household, Map<RegistrantId, Compliance> members,
                                      CompliancePolicy policy, HouseholdRule rule) {
        Optional<Compliance> grantee = grantee(store, household).map(member -> Optional.ofNullable(members.get(member.id()))
                .orElseGet(() -> policy.evaluate(new AttendanceCounts(0, 0, 0))));
        return HouseholdCompliance.of(rule, policy.requiredPercent(), members.values(), grantee);
    }

    private static Optional<Registrant> grantee(MemoryStore store, Registrant household) {
        return household.granteeId().flatMap(store.registrants::get)
                .filter(member -> member.groupId().equals(Optional.of(household.id())));
    }

    private HouseholdRow row(Registrant household, Map<RegistrantId, Compliance> members, CompliancePolicy policy,
                             HouseholdRule rule) {
        HouseholdCompliance decided = decide(store, household, members, policy, rule);
        int memberCount = (int) store.registrants.all().stream()
                .filter(member -> member.groupId().equals(Optional.of(household.id()))).count();
        return new HouseholdRow(household.id(), household.externalId().value(), household.fullName(),
                household.details().area(), memberCount, decided.membersCounted(), decided.membersCompliant(), rule,
                grantee(store, household).map(Registrant::fullName), decided.status(), decided.note());
    }
}
