package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.ComplianceRow;
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

import java.util.ArrayList;
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
        List<ComplianceRow> judged = new ArrayList<>();
        compliance.forEach(ComplianceCriteria.of(criteria.type(), criteria.period()), policy, judged::add);
        return store.atomically(() -> {
            Map<RegistrantId, Map<RegistrantId, Compliance>> byHousehold = new LinkedHashMap<>();
            for (ComplianceRow row : judged) {
                store.registrants.get(row.registrant()).flatMap(Registrant::groupId).ifPresent(group ->
                        byHousehold.computeIfAbsent(group, g -> new LinkedHashMap<>()).put(row.registrant(),
                                new Compliance(row.counts(), row.attended(), row.counted(), policy.requiredPercent(),
                                        row.status())));
            }
            return byHousehold.entrySet().stream()
                    .map(entry -> household(store.registrants.get(entry.getKey()).orElseThrow(), entry.getValue(),
                            policy, rule))
                    .filter(row -> criteria.area().isEmpty() || row.area().equalsIgnoreCase(criteria.area()))
                    .filter(row -> criteria.status().map(status -> status == row.status()).orElse(true))
                    .sorted(BY_NAME)
                    .toList();
        });
    }

    /** A grantee who has nothing counted is judged on zero counts; one who left the household is none. */
    private HouseholdRow household(Registrant household, Map<RegistrantId, Compliance> members,
                                   CompliancePolicy policy, HouseholdRule rule) {
        Optional<Registrant> grantee = household.granteeId().flatMap(store.registrants::get)
                .filter(member -> member.groupId().equals(Optional.of(household.id())));
        Optional<Compliance> granteeCompliance = grantee.map(member -> Optional.ofNullable(members.get(member.id()))
                .orElseGet(() -> policy.evaluate(new AttendanceCounts(0, 0, 0))));
        HouseholdCompliance decided = HouseholdCompliance.of(rule, policy.requiredPercent(), members.values(),
                granteeCompliance);
        int memberCount = (int) store.registrants.all().stream()
                .filter(member -> member.groupId().equals(Optional.of(household.id()))).count();
        return new HouseholdRow(household.id(), household.externalId().value(), household.fullName(),
                household.details().area(), memberCount, decided.membersCounted(), decided.membersCompliant(), rule,
                grantee.map(Registrant::fullName), decided.status(), decided.note());
    }
}
