package org.sessiontracking.application.compliance;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.port.out.HouseholdComplianceQuery;
import org.sessiontracking.application.support.StoragePorts;
import org.sessiontracking.application.support.StoredData;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.compliance.ComplianceStatus;
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
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sessiontracking.domain.attendance.AttendanceStatus.ABSENT;
import static org.sessiontracking.domain.attendance.AttendanceStatus.EXCUSED;
import static org.sessiontracking.domain.attendance.AttendanceStatus.PRESENT;
import static org.sessiontracking.domain.compliance.ComplianceStatus.COMPLIANT;
import static org.sessiontracking.domain.compliance.ComplianceStatus.NON_COMPLIANT;
import static org.sessiontracking.domain.compliance.ComplianceStatus.NOT_REQUIRED;
import static org.sessiontracking.domain.compliance.ComplianceStatus.NO_DATA;

/**
 * What every {@link HouseholdComplianceQuery} must do: households with a member with records of the
 * type in the period, judged by the type's household rule from their members' own compliance, as
 * {@link HouseholdCompliance} decides; by name, paged, filtered by area and status. The data goes in
 * through the adapter's own ports; each test has its own type and area.
 */
public abstract class HouseholdComplianceQueryContract {

    private static final LocalDate JAN = LocalDate.of(2025, 1, 15);
    private static final Period H1 = new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
    private static final CompliancePolicy EIGHTY = new CompliancePolicy(80, ExcusedPolicy.LEFT_OUT);

    protected abstract HouseholdComplianceQuery query();

    protected abstract StoragePorts ports();

    /** The same adapter's enrolments: a type's enrolled members count in their household as in the list. */
    protected abstract org.sessiontracking.application.enrolment.port.out.EnrolmentRepository enrolments();

    private StoredData data;
    private UserId officer;
    private String area;
    private SessionType type;
    private final List<SessionId> held = new ArrayList<>();
    private HouseholdCriteria criteria;
    private String deltaHousehold;

    @BeforeEach
    void arrange() {
        data = new StoredData(ports());
        officer = data.user("Compliance Officer");
        area = data.unique("Barangay");
        type = data.sessionType("FDS", 80, ExcusedPolicy.LEFT_OUT);
        for (int month = 0; month < 5; month++) {
            held.add(data.sessionIn(area, type, JAN.plusMonths(month), SessionStatus.COMPLETED, officer));
        }
        criteria = HouseholdCriteria.of(type.id(), H1).withArea(area);

        String alpha = household("Alpha Household");
        attend(member(alpha, "Ana Alpha"), PRESENT, PRESENT, PRESENT, PRESENT, PRESENT);      // compliant
        RegistrantId abel = attend(member(alpha, "Abel Alpha"), PRESENT, ABSENT, ABSENT, ABSENT, ABSENT); // not
        member(alpha, "Aida Alpha");                                                          // no records
        designate(alpha, abel);

        String bravo = household("Bravo Household");
        attend(member(bravo, "Ben Bravo"), PRESENT, ABSENT, ABSENT, ABSENT, ABSENT);          // not compliant
        attend(member(bravo, "Bea Bravo"), EXCUSED, EXCUSED);                                 // nothing counted

        String charlie = household("Charlie Household");
        RegistrantId cora = attend(member(charlie, "Cora Charlie"), PRESENT, PRESENT, PRESENT, PRESENT, ABSENT);
        attend(member(charlie, "Carl Charlie"), PRESENT, PRESENT, PRESENT, PRESENT, PRESENT);
        designate(charlie, cora);

        deltaHousehold = household("Delta Household");
        member(deltaHousehold, "Dina Delta");                                                 // nobody attended
    }

    private String household(String name) {
        String externalId = data.unique("H");
        data.registrant(externalId, name, RegistrantKind.GROUP, Optional.empty(), area, true);
        return externalId;
    }

    private RegistrantId member(String household, String name) {
        return data.registrant(data.unique("M"), name, RegistrantKind.INDIVIDUAL, Optional.of(household), area, true);
    }

    private RegistrantId attend(RegistrantId registrant, AttendanceStatus... marks) {
        for (int i = 0; i < marks.length; i++) {
            data.record(held.get(i), registrant, marks[i], officer);
        }
        return registrant;
    }

    private void designate(String household, RegistrantId grantee) {
        RegistrantId id = ports().registrants().findByExternalIds(List.of(household)).getFirst().id();
        Registrant stored = ports().registrants().findById(id).orElseThrow();
        stored.designateGrantee(ports().registrants().findById(grantee));
        ports().registrants().update(stored);
    }

    private List<String> statuses(HouseholdRule rule, CompliancePolicy policy) {
        return query().households(criteria, policy, rule, PageRequest.first(10)).stream()
                .map(row -> row.name() + ": " + row.status()).toList();
    }

    @Test
    void everyMemberWithCountedSessionsMustComplyAndTheOthersAreIgnored() {
        assertThat(statuses(HouseholdRule.EVERY_MEMBER, EIGHTY)).containsExactly("Alpha Household: " + NON_COMPLIANT,
                "Bravo Household: " + NON_COMPLIANT, "Charlie Household: " + COMPLIANT);
        HouseholdRow alpha = query().households(criteria, EIGHTY, HouseholdRule.EVERY_MEMBER, PageRequest.first(1))
                .getFirst();
        assertThat(alpha.members()).isEqualTo(3);
        assertThat(alpha.membersCounted()).isEqualTo(2);
        assertThat(alpha.membersCompliant()).isEqualTo(1);
        assertThat(alpha.rule()).isEqualTo(HouseholdRule.EVERY_MEMBER);
    }

    @Test
    void anyMemberCompliantIsEnough() {
        assertThat(statuses(HouseholdRule.ANY_MEMBER, EIGHTY)).containsExactly("Alpha Household: " + COMPLIANT,
                "Bravo Household: " + NON_COMPLIANT, "Charlie Household: " + COMPLIANT);
    }

    @Test
    void theGranteeDecidesAndAHouseholdWithoutOneHasNoDataWithANote() {
        assertThat(statuses(HouseholdRule.GRANTEE, EIGHTY)).containsExactly("Alpha Household: " + NON_COMPLIANT,
                "Bravo Household: " + NO_DATA, "Charlie Household: " + COMPLIANT);
        List<HouseholdRow> rows = query().households(criteria, EIGHTY, HouseholdRule.GRANTEE, PageRequest.first(10));
        assertThat(rows.get(0).granteeName()).contains("Abel Alpha");
        assertThat(rows.get(1).granteeName()).isEmpty();
        assertThat(rows.get(1).note()).contains(HouseholdCompliance.NO_GRANTEE);
        assertThat(rows.get(2).note()).isEmpty();
    }

    @Test
    void nothingRequiredIsNotRequiredWhateverTheRule() {
        for (HouseholdRule rule : HouseholdRule.values()) {
            assertThat(query().households(criteria, new CompliancePolicy(0, ExcusedPolicy.LEFT_OUT), rule,
                    PageRequest.first(10))).extracting(HouseholdRow::status).as(rule.name())
                    .containsExactly(NOT_REQUIRED, NOT_REQUIRED, NOT_REQUIRED);
        }
    }

    @Test
    void pagesCountsStatusFilterAndExportFollowTheSameList() {
        HouseholdRule rule = HouseholdRule.EVERY_MEMBER;
        assertThat(query().countHouseholds(criteria, EIGHTY, rule)).isEqualTo(3);
        assertThat(query().households(criteria, EIGHTY, rule, new PageRequest(1, 1, List.of())))
                .extracting(HouseholdRow::name).containsExactly("Bravo Household");
        assertThat(query().households(criteria.withStatus(ComplianceStatus.COMPLIANT), EIGHTY, rule,
                PageRequest.first(10))).extracting(HouseholdRow::name).containsExactly("Charlie Household");
        assertThat(query().countHouseholds(criteria.withStatus(ComplianceStatus.NON_COMPLIANT), EIGHTY, rule))
                .isEqualTo(2);
        List<String> exported = new ArrayList<>();
        query().forEachHousehold(criteria, EIGHTY, rule, row -> exported.add(row.name()));
        assertThat(exported).containsExactly("Alpha Household", "Bravo Household", "Charlie Household");
        assertThat(query().countHouseholds(criteria.withArea(data.unique("Nowhere")), EIGHTY, rule)).isZero();
    }

    @Test
    void enrolledMembersWithoutRecordsCountByTheTypesMissingRecordPolicyAsInTheList() {
        RegistrantId delta = ports().registrants().findByExternalIds(List.of(deltaHousehold)).getFirst().id();
        enrolments().add(org.sessiontracking.domain.enrolment.Enrolment.create(enrolments().nextId(), type.id(),
                org.sessiontracking.domain.enrolment.EnrolmentScope.ofHouseholds(java.util.Set.of(delta)),
                H1.from(), Optional.empty()), officer, java.time.Instant.parse("2025-01-01T00:00:00Z"));
        CompliancePolicy absent = new CompliancePolicy(80, ExcusedPolicy.LEFT_OUT, 3,
                org.sessiontracking.domain.sessiontype.MissingRecordPolicy.COUNTS_AS_ABSENT);

        assertThat(statuses(HouseholdRule.EVERY_MEMBER, absent)).as("Dina Delta missed the five held sessions")
                .containsExactly("Alpha Household: " + NON_COMPLIANT, "Bravo Household: " + NON_COMPLIANT,
                        "Charlie Household: " + COMPLIANT, "Delta Household: " + NON_COMPLIANT);
        assertThat(statuses(HouseholdRule.EVERY_MEMBER, EIGHTY)).as("listed as No record: nothing counted")
                .containsExactly("Alpha Household: " + NON_COMPLIANT, "Bravo Household: " + NON_COMPLIANT,
                        "Charlie Household: " + COMPLIANT, "Delta Household: " + NO_DATA);
    }
}
