package org.sessiontracking.application.eligibility;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.eligibility.port.out.EligibilityFacts;
import org.sessiontracking.application.support.StoragePorts;
import org.sessiontracking.application.support.StoredData;
import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.registrant.Sex;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.Topic;
import org.sessiontracking.domain.user.UserId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sessiontracking.domain.attendance.AttendanceStatus.ABSENT;
import static org.sessiontracking.domain.attendance.AttendanceStatus.EXCUSED;
import static org.sessiontracking.domain.attendance.AttendanceStatus.PRESENT;

/**
 * What every {@link EligibilityFacts} must do: per requested (type, period) a registrant's counts at the
 * type's non-cancelled sessions in the period and how many of the requested topics they were Present at,
 * absent when they have no record there; active registrants only, in id order. The data goes in through
 * the adapter's own ports; the store may hold other tests' registrants, which the assertions leave out.
 */
public abstract class EligibilityFactsContract {

    private static final LocalDate JAN = LocalDate.of(2025, 1, 15);
    private static final Period H1 = new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
    private static final Period JANUARY = new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));

    protected abstract EligibilityFacts facts();

    protected abstract StoragePorts ports();

    /** The same adapter's enrolments: an enrolled registrant's missing records are facts too. */
    protected abstract org.sessiontracking.application.enrolment.port.out.EnrolmentRepository enrolments();

    private StoredData data;
    private UserId officer;
    private String area;

    @BeforeEach
    void arrange() {
        data = new StoredData(ports());
        officer = data.user("Eligibility Officer");
        area = data.unique("Barangay");
    }

    @Test
    void countsAndCoveredTopicsPerRequestedTypeAndPeriod() {
        SessionType fds = data.sessionType("FDS", 80, ExcusedPolicy.LEFT_OUT, List.of("Nutrition", "Health", "Education"));
        SessionType training = data.sessionType("Training", 80, ExcusedPolicy.LEFT_OUT);
        List<Topic> topics = fds.topics();
        SessionId nutrition = data.session(fds, JAN, SessionStatus.COMPLETED, officer,
                Optional.of(topics.get(0).id()), Set.of());
        SessionId health = data.session(fds, JAN.plusMonths(1), SessionStatus.COMPLETED, officer,
                Optional.of(topics.get(1).id()), Set.of());
        SessionId healthAgain = data.session(fds, JAN.plusMonths(2), SessionStatus.COMPLETED, officer,
                Optional.of(topics.get(1).id()), Set.of());
        SessionId cancelled = data.session(fds, JAN.plusMonths(3), SessionStatus.CANCELLED, officer,
                Optional.of(topics.get(2).id()), Set.of());
        SessionId trainingSession = data.session(training, JAN, SessionStatus.COMPLETED, officer);
        RegistrantId ana = data.person("Ana Reyes", area, Sex.FEMALE, LocalDate.of(1990, 5, 1), true);
        RegistrantId ben = data.person("Ben Cruz", area, Sex.MALE, LocalDate.of(1985, 2, 3), true);
        data.record(nutrition, ana, PRESENT, officer);
        data.record(health, ana, EXCUSED, officer);
        data.record(healthAgain, ana, PRESENT, officer);
        data.record(cancelled, ana, PRESENT, officer);
        data.record(trainingSession, ben, ABSENT, officer);
        FactRequest fdsHalfYear = new FactRequest(new FactKey(fds.name(), H1), fds.id(), H1,
                Set.of(topics.get(0).id(), topics.get(1).id()));
        FactRequest fdsJanuary = new FactRequest(new FactKey(fds.name(), JANUARY), fds.id(), JANUARY, Set.of());
        FactRequest trainingHalfYear = new FactRequest(new FactKey(training.name(), H1), training.id(), H1, Set.of());
        List<FactRequest> requests = List.of(fdsHalfYear, fdsJanuary, trainingHalfYear);

        RegistrantFacts anaFacts = facts().factsOf(ana, requests).orElseThrow();
        assertThat(anaFacts.counts()).containsOnly(
                org.assertj.core.api.Assertions.entry(fdsHalfYear.key(), new AttendanceCounts(2, 0, 1)),
                org.assertj.core.api.Assertions.entry(fdsJanuary.key(), new AttendanceCounts(1, 0, 0)));
        assertThat(anaFacts.coveredTopics().get(fdsHalfYear.key())).isEqualTo(2);
        assertThat(anaFacts.coveredTopics().get(fdsJanuary.key())).isZero();
        assertThat(anaFacts.area()).isEqualTo(area);
        assertThat(anaFacts.kind()).isEqualTo("INDIVIDUAL");
        assertThat(anaFacts.sex()).contains("FEMALE");
        assertThat(anaFacts.birthDate()).contains(LocalDate.of(1990, 5, 1));
        RegistrantFacts benFacts = facts().factsOf(ben, requests).orElseThrow();
        assertThat(benFacts.counts()).containsOnlyKeys(trainingHalfYear.key());
        assertThat(benFacts.counts().get(trainingHalfYear.key())).isEqualTo(new AttendanceCounts(0, 1, 0));
        assertThat(facts().factsOf(new RegistrantId(Long.MAX_VALUE), requests)).isEmpty();
    }

    @Test
    void everyActiveRegistrantInIdOrderAndTheFirstOnesAreTheSame() {
        RegistrantId first = data.person("Ana Reyes", area, Sex.FEMALE, LocalDate.of(1990, 5, 1), true);
        RegistrantId inactive = data.person("Ben Gone", area, Sex.MALE, LocalDate.of(1980, 1, 1), false);
        RegistrantId last = data.person("Carla Lim", area, Sex.FEMALE, LocalDate.of(1995, 1, 1), true);
        Set<RegistrantId> ours = Set.of(first, inactive, last);

        List<RegistrantId> all = new ArrayList<>();
        facts().forEachRegistrant(List.of(), row -> all.add(row.registrant()));

        assertThat(all.stream().filter(ours::contains).toList()).containsExactly(first, last);
        assertThat(all).isSortedAccordingTo(java.util.Comparator.comparingLong(RegistrantId::value));
        assertThat(facts().firstRegistrants(List.of(), 2)).extracting(RegistrantFacts::registrant)
                .containsExactlyElementsOf(all.subList(0, 2));
        assertThat(facts().names(Set.of(first, last))).containsOnlyKeys(first, last)
                .hasValueSatisfying(new org.assertj.core.api.Condition<>(name -> name.startsWith("Ana Reyes ("),
                        "Ana's name and external id"));
        assertThat(facts().names(Set.of())).isEmpty();
        assertThat(all.stream().collect(Collectors.toSet())).hasSameSizeAs(all);
    }

    @Test
    void theStatusOfTheRegistrantsHouseholdByTheRequestedRuleForTheHouseholdAndEachMember() {
        SessionType fds = data.sessionType("FDS", 80, ExcusedPolicy.LEFT_OUT);
        List<SessionId> held = new ArrayList<>();
        for (int month = 0; month < 5; month++) {
            held.add(data.session(fds, JAN.plusMonths(month), SessionStatus.COMPLETED, officer));
        }
        String householdId = data.unique("H");
        RegistrantId household = data.registrant(householdId, "Reyes Household",
                org.sessiontracking.domain.registrant.RegistrantKind.GROUP, Optional.empty(), area, true);
        RegistrantId lita = data.registrant(data.unique("M"), "Lita Reyes",
                org.sessiontracking.domain.registrant.RegistrantKind.INDIVIDUAL, Optional.of(householdId), area, true);
        RegistrantId rico = data.registrant(data.unique("M"), "Rico Reyes",
                org.sessiontracking.domain.registrant.RegistrantKind.INDIVIDUAL, Optional.of(householdId), area, true);
        RegistrantId alone = data.person("Ana Alone", area, Sex.FEMALE, LocalDate.of(1990, 5, 1), true);
        for (SessionId session : held) {
            data.record(session, lita, PRESENT, officer);
            data.record(session, rico, session.equals(held.getFirst()) ? PRESENT : ABSENT, officer);
            data.record(session, alone, PRESENT, officer);
        }
        var stored = ports().registrants().findById(household).orElseThrow();
        stored.designateGrantee(ports().registrants().findById(rico));
        ports().registrants().update(stored);
        org.sessiontracking.domain.compliance.CompliancePolicy policy =
                new org.sessiontracking.domain.compliance.CompliancePolicy(80, ExcusedPolicy.LEFT_OUT);

        for (var expected : java.util.Map.of(
                org.sessiontracking.domain.sessiontype.HouseholdRule.ANY_MEMBER,
                org.sessiontracking.domain.compliance.ComplianceStatus.COMPLIANT,
                org.sessiontracking.domain.sessiontype.HouseholdRule.EVERY_MEMBER,
                org.sessiontracking.domain.compliance.ComplianceStatus.NON_COMPLIANT,
                org.sessiontracking.domain.sessiontype.HouseholdRule.GRANTEE,
                org.sessiontracking.domain.compliance.ComplianceStatus.NON_COMPLIANT).entrySet()) {
            FactRequest request = new FactRequest(new FactKey(fds.name(), H1), fds.id(), H1, Set.of(), Optional.empty(),
                    Optional.of(new FactRequest.Households(expected.getKey(), policy)));
            for (RegistrantId member : List.of(household, lita, rico)) {
                assertThat(facts().factsOf(member, List.of(request)).orElseThrow().householdStatus())
                        .as(expected.getKey() + " for " + member).containsExactly(
                                org.assertj.core.api.Assertions.entry(request.key(), expected.getValue()));
            }
            assertThat(facts().factsOf(alone, List.of(request)).orElseThrow().householdStatus())
                    .as("no household").isEmpty();
            List<RegistrantFacts> everyone = new ArrayList<>();
            facts().forEachRegistrant(List.of(request), everyone::add);
            assertThat(everyone).filteredOn(row -> row.registrant().equals(lita)).singleElement()
                    .extracting(row -> row.householdStatus().get(request.key())).isEqualTo(expected.getValue());
        }
        FactRequest countsOnly = new FactRequest(new FactKey(fds.name(), H1), fds.id(), H1, Set.of());
        assertThat(facts().factsOf(lita, List.of(countsOnly)).orElseThrow().householdStatus()).isEmpty();
    }

    @Test
    void anEnrolledRegistrantsMissingRecordsAtHeldSessionsOfTheirArea() {
        SessionType fds = data.sessionType("FDS", 80, ExcusedPolicy.LEFT_OUT);
        SessionId held = data.sessionIn(area, fds, JAN, SessionStatus.COMPLETED, officer);
        data.sessionIn(area, fds, JAN.plusMonths(1), SessionStatus.COMPLETED, officer);
        data.sessionIn(area, fds, JAN.plusMonths(2), SessionStatus.SCHEDULED, officer);
        RegistrantId ana = data.person("Ana Reyes", area, Sex.FEMALE, LocalDate.of(1990, 5, 1), true);
        RegistrantId ben = data.person("Ben Cruz", area, Sex.MALE, LocalDate.of(1985, 2, 3), true);
        data.record(held, ben, PRESENT, officer);
        FactRequest request = new FactRequest(new FactKey(fds.name(), H1), fds.id(), H1, Set.of());
        assertThat(facts().factsOf(ana, List.of(request)).orElseThrow().missing()).as("not enrolled yet").isEmpty();

        enrolments().add(org.sessiontracking.domain.enrolment.Enrolment.create(enrolments().nextId(), fds.id(),
                org.sessiontracking.domain.enrolment.EnrolmentScope.ofAreas(List.of(area)), H1.from(), Optional.empty()),
                officer, java.time.Instant.parse("2025-01-01T00:00:00Z"));

        RegistrantFacts anas = facts().factsOf(ana, List.of(request)).orElseThrow();
        assertThat(anas.counts()).isEmpty();
        assertThat(anas.missing()).containsExactly(org.assertj.core.api.Assertions.entry(request.key(), 2));
        RegistrantFacts bens = facts().factsOf(ben, List.of(request)).orElseThrow();
        assertThat(bens.counts().get(request.key())).isEqualTo(new AttendanceCounts(1, 0, 0));
        assertThat(bens.missing()).containsExactly(org.assertj.core.api.Assertions.entry(request.key(), 1));
        List<RegistrantFacts> everyone = new ArrayList<>();
        facts().forEachRegistrant(List.of(request), everyone::add);
        assertThat(everyone).filteredOn(row -> row.registrant().equals(ana)).singleElement()
                .extracting(row -> row.missing().get(request.key())).isEqualTo(2);
    }
}
