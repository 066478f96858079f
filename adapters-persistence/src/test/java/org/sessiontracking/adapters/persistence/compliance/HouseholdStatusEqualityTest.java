package org.sessiontracking.adapters.persistence.compliance;

import org.junit.jupiter.api.Test;
import org.sessiontracking.adapters.persistence.support.JooqPorts;
import org.sessiontracking.adapters.persistence.support.TestDatabase;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.HouseholdCriteria;
import org.sessiontracking.application.compliance.HouseholdRow;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.support.StoragePorts;
import org.sessiontracking.application.support.StoredData;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.compliance.Compliance;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.compliance.HouseholdCompliance;
import org.sessiontracking.domain.registrant.Registrant;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.registrant.RegistrantKind;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.HouseholdRule;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.user.UserId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The household decision in SQL (household_status in R__compliance.sql, over compliance_judged_all
 * grouped by household) equals the domain's {@link HouseholdCompliance} applied in Java to each
 * member's own judged compliance, on random households: one to four members, random records (some
 * members with none, some with only Excused ones), a grantee or none, under every rule and policy.
 */
class HouseholdStatusEqualityTest {

    private static final Period H1 = new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
    private static final AttendanceStatus[] MARKS = AttendanceStatus.values();
    private static final int HOUSEHOLDS = 20;

    private final StoragePorts ports = JooqPorts.of(TestDatabase.dsl());
    private final JooqHouseholdComplianceQuery households = new JooqHouseholdComplianceQuery(TestDatabase.dsl());
    private final JooqComplianceQuery compliance = new JooqComplianceQuery(TestDatabase.dsl());
    private final Random random = new Random(20261202);
    private final Map<RegistrantId, RegistrantId> householdOf = new HashMap<>();
    private final Map<RegistrantId, RegistrantId> granteeOf = new HashMap<>();

    @Test
    void theSqlDecidesEveryHouseholdAsTheDomainDoes() {
        StoredData data = new StoredData(ports);
        UserId officer = data.user("Household Tester");
        String area = data.unique("Households");
        SessionType type = data.sessionType("FDS", 80, ExcusedPolicy.LEFT_OUT);
        List<SessionId> sessions = new ArrayList<>();
        for (int month = 0; month < 6; month++) {
            sessions.add(data.session(type, LocalDate.of(2025, 1 + month, 10), SessionStatus.COMPLETED, officer));
        }
        for (int h = 0; h < HOUSEHOLDS; h++) {
            String household = data.unique("H");
            RegistrantId householdId = data.registrant(household, "Household " + h, RegistrantKind.GROUP,
                    Optional.empty(), area, true);
            List<RegistrantId> members = new ArrayList<>();
            for (int m = 0, size = 1 + random.nextInt(4); m < size; m++) {
                RegistrantId member = data.registrant(data.unique("M"), "Member " + h + "." + m,
                        RegistrantKind.INDIVIDUAL, Optional.of(household), area, true);
                members.add(member);
                householdOf.put(member, householdId);
                for (SessionId session : sessions) {
                    if (m == 0 || random.nextInt(3) > 0) {
                        data.record(session, member, MARKS[random.nextInt(MARKS.length)], officer);
                    }
                }
            }
            if (random.nextBoolean()) {
                Registrant stored = ports.registrants().findById(householdId).orElseThrow();
                RegistrantId grantee = members.get(random.nextInt(members.size()));
                stored.designateGrantee(ports.registrants().findById(grantee));
                ports.registrants().update(stored);
                granteeOf.put(householdId, grantee);
            }
        }
        int compared = 0;
        for (int required : new int[]{0, 50, 80, 100}) {
            for (ExcusedPolicy excused : ExcusedPolicy.values()) {
                CompliancePolicy policy = new CompliancePolicy(required, excused);
                Map<RegistrantId, Map<RegistrantId, Compliance>> judged = new HashMap<>();
                compliance.forEach(ComplianceCriteria.of(type.id(), H1).withArea(area), policy,
                        row -> judged.computeIfAbsent(householdOf.get(row.registrant()), h -> new HashMap<>())
                                .put(row.registrant(), policy.evaluate(row.counts())));
                for (HouseholdRule rule : HouseholdRule.values()) {
                    for (HouseholdRow row : households.households(HouseholdCriteria.of(type.id(), H1).withArea(area),
                            policy, rule, PageRequest.first(100))) {
                        HouseholdCompliance expected = decide(judged.get(row.household()), row.household(), policy, rule);
                        assertThat(row.status()).as(row.name() + " " + rule + " " + policy).isEqualTo(expected.status());
                        assertThat(row.membersCounted()).as(row.name()).isEqualTo(expected.membersCounted());
                        assertThat(row.membersCompliant()).as(row.name()).isEqualTo(expected.membersCompliant());
                        assertThat(row.note()).as(row.name()).isEqualTo(expected.note());
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isEqualTo(4 * 3 * 3 * HOUSEHOLDS);
    }

    /** The domain's decision from the members' own rows of the compliance list. */
    private HouseholdCompliance decide(Map<RegistrantId, Compliance> members, RegistrantId household,
                                       CompliancePolicy policy, HouseholdRule rule) {
        Optional<Compliance> grantee = Optional.ofNullable(granteeOf.get(household))
                .map(id -> members.getOrDefault(id, policy.evaluate(new AttendanceCounts(0, 0, 0))));
        return HouseholdCompliance.of(rule, policy.requiredPercent(), members.values(), grantee);
    }
}
