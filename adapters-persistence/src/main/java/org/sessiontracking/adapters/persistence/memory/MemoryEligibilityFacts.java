package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.port.out.ComplianceQuery;
import org.sessiontracking.application.eligibility.FactKey;
import org.sessiontracking.application.eligibility.FactRequest;
import org.sessiontracking.application.eligibility.RegistrantFacts;
import org.sessiontracking.application.eligibility.port.out.EligibilityFacts;
import org.sessiontracking.application.verification.FrozenRow;
import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.compliance.Compliance;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.registrant.RegistrantKind;
import org.sessiontracking.domain.registrant.Registrant;
import org.sessiontracking.domain.registrant.RegistrantId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The facts of eligibility rules from the store's records: per requested (type, period) a registrant's
 * counts and the requested active topics they were Present at, absent when they have no record there.
 */
final class MemoryEligibilityFacts implements EligibilityFacts {

    private final MemoryStore store;
    private final ComplianceQuery compliance;

    MemoryEligibilityFacts(MemoryStore store, ComplianceQuery compliance) {
        this.store = store;
        this.compliance = compliance;
    }

    @Override
    public void forEachRegistrant(List<FactRequest> requests, Consumer<RegistrantFacts> registrant) {
        firstRegistrants(requests, Integer.MAX_VALUE).forEach(registrant);
    }

    @Override
    public List<RegistrantFacts> firstRegistrants(List<FactRequest> requests, int limit) {
        return store.atomically(() -> {
            List<CountedAttendance> counted = counted(requests);
            List<Map<RegistrantId, FrozenRow>> frozen = frozen(requests);
            List<Map<RegistrantId, ComplianceStatus>> households = households(requests, frozen);
            List<Map<RegistrantId, Integer>> missing = missing(requests, frozen);
            return store.registrants.all().stream().filter(Registrant::active)
                    .sorted(Comparator.comparingLong(r -> r.id().value())).limit(limit)
                    .map(r -> facts(r, requests, counted, frozen, households, missing)).toList();
        });
    }

    @Override
    public Optional<RegistrantFacts> factsOf(RegistrantId registrant, List<FactRequest> requests) {
        return store.atomically(() -> store.registrants.get(registrant).map(r -> {
            List<Map<RegistrantId, FrozenRow>> frozen = frozen(requests);
            return facts(r, requests, counted(requests), frozen, households(requests, frozen), missing(requests, frozen));
        }));
    }

    @Override
    public Map<RegistrantId, String> names(Collection<RegistrantId> registrants) {
        return store.atomically(() -> {
            Map<RegistrantId, String> names = new HashMap<>();
            registrants.forEach(id -> store.registrants.get(id).ifPresent(r ->
                    names.put(id, r.fullName() + " (" + r.externalId().value() + ")")));
            return names;
        });
    }

    private List<CountedAttendance> counted(List<FactRequest> requests) {
        return requests.stream().map(request -> CountedAttendance.of(store, request.type(), request.period().from(),
                request.period().to())).toList();
    }

    /** Per request that names a frozen version, that version's rows by registrant; null for live requests. */
    private List<Map<RegistrantId, FrozenRow>> frozen(List<FactRequest> requests) {
        return requests.stream().map(request -> request.frozen().map(source -> {
            Map<RegistrantId, FrozenRow> rows = new HashMap<>();
            MemoryFrozenLists.rows(store, source.period(), source.version())
                    .forEach(entry -> rows.put(entry.row().registrant(), entry.row()));
            return rows;
        }).orElse(null)).toList();
    }

    /**
     * Per request with households, every household's status (as {@link MemoryHouseholdComplianceQuery} decides
     * it) from the compliance list, or from the frozen version the request names; null for other requests.
     */
    private List<Map<RegistrantId, ComplianceStatus>> households(List<FactRequest> requests,
                                                                 List<Map<RegistrantId, FrozenRow>> frozen) {
        List<Map<RegistrantId, ComplianceStatus>> all = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            all.add(households(requests.get(i), frozen.get(i)));
        }
        return all;
    }

    private Map<RegistrantId, ComplianceStatus> households(FactRequest request, Map<RegistrantId, FrozenRow> frozen) {
        return request.household().map(households -> {
            CompliancePolicy policy = households.policy();
            Map<RegistrantId, Compliance> judged = new HashMap<>();
            if (frozen != null) {
                frozen.values().forEach(row -> judged.put(row.registrant(), new Compliance(row.counts(),
                        row.attended(), row.counted(), policy.requiredPercent(), row.status())));
            } else {
                compliance.forEach(ComplianceCriteria.of(request.type(), request.period()), policy, row -> judged.put(
                        row.registrant(), new Compliance(row.counts(), row.attended(), row.counted(),
                                policy.requiredPercent(), row.status())));
            }
            Map<RegistrantId, Map<RegistrantId, Compliance>> members = MemoryHouseholdComplianceQuery.byHousehold(store,
                    judged);
            Map<RegistrantId, ComplianceStatus> statuses = new HashMap<>();
            store.registrants.all().stream().filter(r -> r.kind() == RegistrantKind.GROUP).forEach(household ->
                    statuses.put(household.id(), MemoryHouseholdComplianceQuery.decide(store, household,
                            members.getOrDefault(household.id(), Map.of()), policy, households.rule()).status()));
            return statuses;
        }).orElse(null);
    }

    /**
     * Per request, the type's enrolled registrants' missing records (empty for a type without enrolments), or
     * those of the frozen version the request names.
     */
    private List<Map<RegistrantId, Integer>> missing(List<FactRequest> requests,
                                                     List<Map<RegistrantId, FrozenRow>> frozen) {
        List<Map<RegistrantId, Integer>> all = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            FactRequest request = requests.get(i);
            if (frozen.get(i) != null) {
                Map<RegistrantId, Integer> missing = new HashMap<>();
                frozen.get(i).values().forEach(row -> missing.put(row.registrant(), row.missing()));
                all.add(missing);
            } else {
                all.add(MemoryEnrolments.missing(store, request.type(), request.period().from(), request.period().to()));
            }
        }
        return all;
    }

    private static RegistrantFacts facts(Registrant registrant, List<FactRequest> requests,
                                         List<CountedAttendance> counted,
                                         List<Map<RegistrantId, FrozenRow>> frozen,
                                         List<Map<RegistrantId, ComplianceStatus>> households,
                                         List<Map<RegistrantId, Integer>> missing) {
        Map<FactKey, AttendanceCounts> counts = new HashMap<>();
        Map<FactKey, Integer> covered = new HashMap<>();
        Map<FactKey, ComplianceStatus> household = new HashMap<>();
        Map<FactKey, Integer> expected = new HashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            FactRequest request = requests.get(i);
            CountedAttendance attendance = counted.get(i);
            Integer unrecorded = missing.get(i).get(registrant.id());
            if (unrecorded != null && unrecorded > 0) {
                expected.put(request.key(), unrecorded);
            }
            if (households.get(i) != null) {
                Optional<RegistrantId> own = registrant.kind() == RegistrantKind.GROUP ? Optional.of(registrant.id())
                        : registrant.groupId();
                own.map(households.get(i)::get).ifPresent(status -> household.put(request.key(), status));
            }
            if (frozen.get(i) != null) {
                // a closed verification period: its frozen counts; topics covered are read live
                FrozenRow stored = frozen.get(i).get(registrant.id());
                if (stored != null) {
                    counts.put(request.key(), stored.counts());
                    covered.put(request.key(), attendance.coveredTopics(registrant.id(), request.activeTopics()).size());
                }
            } else if (attendance.has(registrant.id())) {
                counts.put(request.key(), attendance.counts(registrant.id()));
                covered.put(request.key(), attendance.coveredTopics(registrant.id(), request.activeTopics()).size());
            }
        }
        return new RegistrantFacts(registrant.id(), registrant.details().area(), registrant.kind().name(),
                registrant.details().sex().map(Enum::name), registrant.details().birthDate(), counts, covered, household, expected);
    }
}
