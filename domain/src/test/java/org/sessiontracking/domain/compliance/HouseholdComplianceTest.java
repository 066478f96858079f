package org.sessiontracking.domain.compliance;

import org.junit.jupiter.api.Test;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.HouseholdRule;
import org.sessiontracking.domain.sessiontype.SessionTypeDetails;
import org.sessiontracking.domain.sessiontype.Frequency;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sessiontracking.domain.compliance.ComplianceStatus.COMPLIANT;
import static org.sessiontracking.domain.compliance.ComplianceStatus.NON_COMPLIANT;
import static org.sessiontracking.domain.compliance.ComplianceStatus.NOT_REQUIRED;
import static org.sessiontracking.domain.compliance.ComplianceStatus.NO_DATA;
import static org.sessiontracking.domain.sessiontype.HouseholdRule.ANY_MEMBER;
import static org.sessiontracking.domain.sessiontype.HouseholdRule.EVERY_MEMBER;
import static org.sessiontracking.domain.sessiontype.HouseholdRule.GRANTEE;

class HouseholdComplianceTest {

    private static final CompliancePolicy EIGHTY = new CompliancePolicy(80, ExcusedPolicy.LEFT_OUT);
    private static final CompliancePolicy NONE = new CompliancePolicy(0, ExcusedPolicy.LEFT_OUT);
    private static final Compliance COMPLIANT_MEMBER = EIGHTY.evaluate(new AttendanceCounts(4, 1, 0));
    private static final Compliance NON_COMPLIANT_MEMBER = EIGHTY.evaluate(new AttendanceCounts(1, 3, 0));
    private static final Compliance NOTHING_COUNTED = EIGHTY.evaluate(new AttendanceCounts(0, 0, 0));

    private static HouseholdCompliance decide(HouseholdRule rule, List<Compliance> members, Optional<Compliance> grantee) {
        return HouseholdCompliance.of(rule, 80, members, grantee);
    }

    @Test
    void anyMemberIsCompliantWhenOneMemberIsCompliant() {
        HouseholdCompliance household = decide(ANY_MEMBER, List.of(NON_COMPLIANT_MEMBER, COMPLIANT_MEMBER), Optional.empty());
        assertThat(household.status()).isEqualTo(COMPLIANT);
        assertThat(household.members()).isEqualTo(2);
        assertThat(household.membersCompliant()).isEqualTo(1);
        assertThat(household.note()).isEmpty();
    }

    @Test
    void anyMemberIsNonCompliantWhenNoCountedMemberIsCompliant() {
        assertThat(decide(ANY_MEMBER, List.of(NON_COMPLIANT_MEMBER, NOTHING_COUNTED), Optional.empty()).status())
                .isEqualTo(NON_COMPLIANT);
    }

    @Test
    void anyMemberHasNoDataWhenNoMemberHasCountedSessions() {
        assertThat(decide(ANY_MEMBER, List.of(NOTHING_COUNTED), Optional.empty()).status()).isEqualTo(NO_DATA);
    }

    @Test
    void granteeRuleTakesTheGranteesStatusWhateverTheOthers() {
        assertThat(decide(GRANTEE, List.of(COMPLIANT_MEMBER, NON_COMPLIANT_MEMBER), Optional.of(NON_COMPLIANT_MEMBER))
                .status()).isEqualTo(NON_COMPLIANT);
        assertThat(decide(GRANTEE, List.of(NON_COMPLIANT_MEMBER, COMPLIANT_MEMBER), Optional.of(COMPLIANT_MEMBER))
                .status()).isEqualTo(COMPLIANT);
    }

    @Test
    void granteeRuleWithoutAGranteeIsNoDataWithANote() {
        HouseholdCompliance household = decide(GRANTEE, List.of(COMPLIANT_MEMBER), Optional.empty());
        assertThat(household.status()).isEqualTo(NO_DATA);
        assertThat(household.note()).contains(HouseholdCompliance.NO_GRANTEE);
    }

    @Test
    void everyMemberIgnoresMembersWithNothingCounted() {
        assertThat(decide(EVERY_MEMBER, List.of(COMPLIANT_MEMBER, NOTHING_COUNTED), Optional.empty()).status())
                .isEqualTo(COMPLIANT);
    }

    @Test
    void everyMemberIsNonCompliantWhenOneCountedMemberIsNot() {
        HouseholdCompliance household = decide(EVERY_MEMBER, List.of(COMPLIANT_MEMBER, NON_COMPLIANT_MEMBER), Optional.empty());
        assertThat(household.status()).isEqualTo(NON_COMPLIANT);
        assertThat(household.membersCounted()).isEqualTo(2);
    }

    @Test
    void everyMemberHasNoDataWhenNoMemberHasCounts() {
        assertThat(decide(EVERY_MEMBER, List.of(NOTHING_COUNTED, NOTHING_COUNTED), Optional.empty()).status())
                .isEqualTo(NO_DATA);
        assertThat(decide(EVERY_MEMBER, List.of(), Optional.empty()).status()).isEqualTo(NO_DATA);
    }

    @Test
    void notRequiredStaysNotRequiredUnderEveryRule() {
        Compliance member = NONE.evaluate(new AttendanceCounts(0, 3, 0));
        for (HouseholdRule rule : HouseholdRule.values()) {
            HouseholdCompliance household = HouseholdCompliance.of(rule, 0, List.of(member), Optional.empty());
            assertThat(household.status()).as(rule.name()).isEqualTo(NOT_REQUIRED);
            assertThat(household.note()).as(rule.name()).isEmpty();
        }
    }

    @Test
    void sessionTypesJudgeEveryMemberUnlessToldOtherwise() {
        SessionTypeDetails details = new SessionTypeDetails("FDS", Optional.empty(), "", Frequency.MONTHLY,
                BigDecimal.ONE, 80, ExcusedPolicy.LEFT_OUT);
        assertThat(details.householdRule()).isEqualTo(EVERY_MEMBER);
        assertThat(new SessionTypeDetails("FDS", Optional.empty(), "", Frequency.MONTHLY, BigDecimal.ONE, 80,
                ExcusedPolicy.LEFT_OUT, 3, (HouseholdRule) null).householdRule()).isEqualTo(EVERY_MEMBER);
    }
}
