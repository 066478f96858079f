package org.sessiontracking.bootstrap.rules;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.eligibility.ExpressionProblem;
import org.sessiontracking.application.eligibility.FactKey;
import org.sessiontracking.application.eligibility.FactRequest;
import org.sessiontracking.application.eligibility.InvalidExpressionException;
import org.sessiontracking.application.eligibility.Outcome;
import org.sessiontracking.application.eligibility.RegistrantFacts;
import org.sessiontracking.application.eligibility.RulePreview;
import org.sessiontracking.application.eligibility.RuleCheck;
import org.sessiontracking.application.eligibility.port.in.ManageEligibilityRulesUseCase.SaveCommand;
import org.sessiontracking.application.eligibility.port.out.EligibilityFacts;
import org.sessiontracking.application.eligibility.InMemoryEligibilityRuleRepository;
import org.sessiontracking.application.eligibility.usecase.CheckEligibility;
import org.sessiontracking.application.eligibility.usecase.ManageEligibilityRules;
import org.sessiontracking.application.eligibility.usecase.PreviewEligibilityRule;
import org.sessiontracking.application.sessiontype.InMemorySessionTypeRepository;
import org.sessiontracking.application.support.FixedActor;
import org.sessiontracking.application.support.NoVerificationPeriods;
import org.sessiontracking.domain.common.AccessDeniedException;
import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.eligibility.EligibilityRuleId;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.Topic;
import org.sessiontracking.domain.user.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sessiontracking.domain.sessiontype.SessionTypeBuilder.aSessionType;

/** Eligibility rules end to end through the use cases, with the real CEL adapter and faked facts. */
class CelEligibilityRulesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);
    private static final Period LAST_YEAR = Period.lastTwelveMonths(CLOCK);

    private final CelEligibilityExpressions expressions = new CelEligibilityExpressions();
    private final InMemorySessionTypeRepository types = new InMemorySessionTypeRepository();
    private final FakeFacts facts = new FakeFacts();
    private final InMemoryEligibilityRuleRepository rules = new InMemoryEligibilityRuleRepository();
    private final FixedActor actor = FixedActor.signedIn(Role.ADMINISTRATOR);
    private final NoVerificationPeriods noPeriods = new NoVerificationPeriods();
    private final ManageEligibilityRules manage = new ManageEligibilityRules(rules, facts, expressions, types, actor,
            noPeriods, CLOCK);
    private final PreviewEligibilityRule preview = new PreviewEligibilityRule(facts, expressions, types, actor,
            noPeriods, CLOCK);
    private final CheckEligibility check = new CheckEligibility(rules, facts, expressions, types, actor, noPeriods,
            CLOCK);
    private SessionType fds;

    @BeforeEach
    void types() {
        fds = aSessionType().id(1).name("Family Development Session").code("FDS").requiredAttendance(85)
                .topics("Nutrition", "Health").build();
        types.add(fds);
        types.add(aSessionType().id(2).name("Group Meeting").code("MEETING").requiredAttendance(75)
                .withoutTopicTracking().build());
    }

    private void registrant(long id, int p, int a, int e, int coveredTopics, Long age) {
        facts.add(id, age == null ? null : LocalDate.now(CLOCK).minusYears(age).minusDays(1),
                new AttendanceCounts(p, a, e), coveredTopics);
    }

    @Test
    void aValidRuleChecksWithoutProblems() {
        assertThat(manage.check("attendance_rate(\"Family Development Session\") >= 0.8 && age >= 18").problems()).isEmpty();
        assertThat(manage.check("topics_completed(\"FDS\") || compliant(\"fds\", \"2026-01-01\", \"2026-06-30\")").problems())
                .isEmpty();
        assertThat(manage.check("attended(\"Group Meeting\") - counted(\"Group Meeting\") > -2 && area == \"North\""
                + " && kind == \"INDIVIDUAL\" && sex in [\"FEMALE\", \"OTHER\"]").problems()).isEmpty();
    }

    @Test
    void aSyntaxErrorIsReportedWithItsLineAndColumn() {
        List<ExpressionProblem> problems = manage.check("age >= 18 &&\n  attendance_rate(\"FDS\") >=").problems();
        assertThat(problems).hasSize(1);
        assertThat(problems.getFirst().line()).isEqualTo(2);
        assertThat(problems.getFirst().column()).isGreaterThan(20);
    }

    @Test
    void anUndeclaredFunctionAndATypeErrorAreReportedWithTheirPositions() {
        List<ExpressionProblem> problems = manage.check("attendance_rat(\"FDS\") > 0.5").problems();
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.message()).contains("attendance_rat");
        });
        assertThat(manage.check("attended(\"FDS\")").problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("bool"));
        assertThat(manage.check("attendance_rate(\"FDS\") >= 1").problems()).isNotEmpty();
    }

    @Test
    void anUnknownSessionTypeIsReportedAtItsCall() {
        List<ExpressionProblem> problems = manage.check("age > 1 && compliant(\"Yoga\")").problems();
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.message()).isEqualTo("No session type is named or coded 'Yoga'");
            assertThat(problem.column()).isEqualTo(21);
        });
    }

    @Test
    void topicFunctionsNeedATypeThatTracksTopicsAndLiteralArgumentsAndValidDates() {
        assertThat(manage.check("topics_completed(\"Group Meeting\")").problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("does not track topics"));
        assertThat(manage.check("compliant(area)").problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("text in quotes"));
        assertThat(manage.check("compliant(\"FDS\", \"2026-13-01\", \"2026-12-31\")").problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("YYYY-MM-DD"));
        assertThat(manage.check("compliant(\"FDS\", \"2026-06-01\", \"2026-01-01\")").problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("before it starts"));
    }

    @Test
    void aRuleThatDoesNotCheckIsNotSavedAndTheErrorsNameTheirPositions() {
        assertThatThrownBy(() -> manage.save(SaveCommand.create("Bad", "compliant(\"Yoga\")", "")))
                .isInstanceOf(InvalidExpressionException.class)
                .hasMessageContaining("line 1, column 10: No session type is named or coded 'Yoga'");
        assertThat(rules.list()).isEmpty();
    }

    @Test
    void previewCountsPassFailAndErrorAndNeverTurnsAnErrorIntoAPassOrFail() {
        registrant(1, 9, 1, 0, 2, 30L);   // 90%: pass
        registrant(2, 4, 6, 0, 1, 40L);   // 40%: fail
        registrant(3, 0, 0, 3, 0, 50L);   // only excused, left out: no data -> error
        registrant(4, 0, 0, 0, 0, 20L);   // no record at all -> error
        RulePreview result = preview.preview("attendance_rate(\"FDS\") >= 0.8");
        assertThat(result.total()).isEqualTo(4);
        assertThat(result.count(Outcome.Kind.PASS)).isEqualTo(1);
        assertThat(result.count(Outcome.Kind.FAIL)).isEqualTo(1);
        assertThat(result.count(Outcome.Kind.ERROR)).isEqualTo(2);
        assertThat(preview.page(result, Outcome.Kind.ERROR, 0, 10))
                .extracting(line -> line.registrant().value(), line -> line.name())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "Person 3"),
                        org.assertj.core.groups.Tuple.tuple(4L, "Person 4"));
        assertThat(preview.page(result, Outcome.Kind.ERROR, 0, 10).getFirst().error()).contains("no data");
        assertThat(preview.page(result, Outcome.Kind.PASS, 0, 10)).extracting(line -> line.registrant().value())
                .containsExactly(1L);
        assertThat(facts.lastRequests).singleElement().satisfies(request -> {
            assertThat(request.type()).isEqualTo(fds.id());
            assertThat(request.period()).isEqualTo(LAST_YEAR);
            assertThat(request.activeTopics()).as("no topic function: topics are not counted").isEmpty();
        });
    }

    @Test
    void aRuleThatOverflowsForEveryoneIsWarnedAboutByCheckAndPreviewButNotRefused() {
        registrant(1, 9, 1, 0, 0, 30L);
        registrant(2, 4, 6, 0, 0, 40L);
        String overflow = "size(\"abcdefghij\") * 1000000000000000000 > 0";

        RuleCheck checked = manage.check(overflow);
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.warning()).hasValueSatisfying(warning -> assertThat(warning)
                .startsWith("None of the first 2 registrants tried could be evaluated: the rule probably always "
                        + "fails, e.g. an overflow. First error: ")
                .endsWith("long overflow"));

        RulePreview result = preview.preview(overflow);
        assertThat(result.count(Outcome.Kind.ERROR)).isEqualTo(2);
        assertThat(result.warning()).hasValueSatisfying(warning -> assertThat(warning)
                .startsWith("Every registrant could not be evaluated: the rule probably always fails"));

        assertThat(manage.save(SaveCommand.create("Overflow", overflow, ""))).isNotNull();
    }

    @Test
    void aRuleThatSomeoneCanBeEvaluatedForHasNoWarning() {
        registrant(1, 9, 1, 0, 0, 30L);
        registrant(2, 0, 0, 0, 0, 40L);   // no record: an error for this one only
        String rule = "attendance_rate(\"FDS\") >= 0.8";
        assertThat(manage.check(rule).warning()).isEmpty();
        assertThat(preview.preview(rule).warning()).isEmpty();
    }

    @Test
    void checkSaysWhichTypeACodeStoodFor() {
        RuleCheck checked = manage.check("attendance_rate(\"FDS\") >= 0.8");
        assertThat(checked.resolutions()).singleElement().satisfies(resolution -> {
            assertThat(resolution.asWritten()).isEqualTo("FDS");
            assertThat(resolution.typeName()).isEqualTo("Family Development Session");
            assertThat(resolution.byCode()).isTrue();
        });
    }

    @Test
    void anUnknownAgeIsAnErrorForThatRegistrantOnly() {
        registrant(1, 9, 1, 0, 0, null);
        registrant(2, 9, 1, 0, 0, 17L);
        RulePreview result = preview.preview("age >= 18");
        assertThat(result.count(Outcome.Kind.ERROR)).isEqualTo(1);
        assertThat(result.count(Outcome.Kind.FAIL)).isEqualTo(1);
        assertThat(preview.page(result, Outcome.Kind.ERROR, 0, 1).getFirst().error()).contains("age");
    }

    @Test
    void compliantFollowsTheExactRuleAndTopicsCompletedNeedsEveryActiveTopic() {
        registrant(1, 17, 3, 0, 2, 30L);  // 85% exactly: compliant, both topics
        registrant(2, 5, 1, 0, 1, 30L);   // 83.3%: not, one topic
        RulePreview result = preview.preview("compliant(\"FDS\") && topics_completed(\"FDS\") "
                + "&& topics_covered(\"FDS\") == 2 && counted(\"FDS\") == 20 && attended(\"FDS\") == 17");
        assertThat(result.count(Outcome.Kind.PASS)).isEqualTo(1);
        assertThat(result.count(Outcome.Kind.FAIL)).isEqualTo(1);
        assertThat(facts.lastRequests).singleElement().satisfies(request -> assertThat(request.activeTopics())
                .containsExactlyInAnyOrderElementsOf(fds.topics().stream().map(Topic::id).toList()));
    }

    @Test
    void aSavedRuleAnswersWhetherOneRegistrantIsEligible() {
        registrant(1, 9, 1, 0, 0, 30L);
        registrant(2, 1, 9, 0, 0, 30L);
        EligibilityRuleId id = manage.save(SaveCommand.create("Cash grant", "attendance_rate(\"FDS\") >= 0.8", ""));
        assertThat(check.isEligible(id, new RegistrantId(1))).isEqualTo(Outcome.PASS);
        assertThat(check.isEligible(id, new RegistrantId(2))).isEqualTo(Outcome.FAIL);
    }

    @Test
    void householdCompliantReadsTheStatusOfTheRegistrantsHouseholdByTheTypesRule() {
        for (long id = 1; id <= 4; id++) {
            registrant(id, 1, 0, 0, 0, 30L);
        }
        facts.household(1, org.sessiontracking.domain.compliance.ComplianceStatus.COMPLIANT);
        facts.household(2, org.sessiontracking.domain.compliance.ComplianceStatus.NON_COMPLIANT);
        facts.household(4, org.sessiontracking.domain.compliance.ComplianceStatus.NO_DATA);
        EligibilityRuleId id = manage.save(SaveCommand.create("Household grant", "household_compliant(\"FDS\")", ""));

        assertThat(check.isEligible(id, new RegistrantId(1))).isEqualTo(Outcome.PASS);
        assertThat(facts.lastRequests).singleElement().satisfies(request -> assertThat(request.household())
                .contains(new FactRequest.Households(fds.details().householdRule(),
                        org.sessiontracking.domain.compliance.CompliancePolicy.of(fds))));
        assertThat(check.isEligible(id, new RegistrantId(2))).isEqualTo(Outcome.FAIL);
        assertThat(check.isEligible(id, new RegistrantId(3))).isEqualTo(new Outcome.Error(
                "household_compliant(\"FDS\"): the registrant belongs to no household"));
        assertThat(check.isEligible(id, new RegistrantId(4))).isEqualTo(new Outcome.Error(
                "household_compliant(\"FDS\"): no data for the household"));
        assertThat(manage.check("household_compliant(\"Nobody\")").problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("No session type is named or coded 'Nobody'"));
    }

    @Test
    void anEnrolledRegistrantsMissingRecordsCountByTheTypesMissingRecordPolicy() {
        types.add(aSessionType().id(3).name("Enrolled Session").code("ENR").requiredAttendance(50)
                .missingRecords(org.sessiontracking.domain.sessiontype.MissingRecordPolicy.COUNTS_AS_ABSENT).build());
        registrant(1, 1, 0, 0, 0, 30L);
        facts.missing(1, 3);
        registrant(2, 0, 0, 0, 0, 30L);
        facts.missing(2, 2);
        EligibilityRuleId counted = manage.save(SaveCommand.create("Counted", "counted(\"ENR\") == 4", ""));
        EligibilityRuleId compliant = manage.save(SaveCommand.create("Compliant", "compliant(\"ENR\")", ""));
        EligibilityRuleId listed = manage.save(SaveCommand.create("Listed", "counted(\"FDS\") == 1", ""));

        assertThat(check.isEligible(counted, new RegistrantId(1))).as("1 Present + 3 missing as Absent")
                .isEqualTo(Outcome.PASS);
        assertThat(check.isEligible(compliant, new RegistrantId(1))).as("1 of 4 < 50%").isEqualTo(Outcome.FAIL);
        assertThat(check.isEligible(compliant, new RegistrantId(2))).as("no record at all, 2 missing")
                .isEqualTo(Outcome.FAIL);
        assertThat(check.isEligible(listed, new RegistrantId(1))).as("FDS lists missing records as No record")
                .isEqualTo(Outcome.PASS);
    }

    @Test
    void onlyAdministratorsWriteOrPreviewRules() {
        actor.switchTo(FixedActor.signedIn(Role.STAFF).get());
        assertThatThrownBy(() -> manage.save(SaveCommand.create("X", "age > 1", "")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> preview.preview("age > 1")).isInstanceOf(AccessDeniedException.class);
    }

    /** Facts of registrants for the one type the tests' rules name, as the store would compute them. */
    private static final class FakeFacts implements EligibilityFacts {
        private final Map<Long, Object[]> registrants = new LinkedHashMap<>();
        private final Map<Long, org.sessiontracking.domain.compliance.ComplianceStatus> households = new HashMap<>();
        private final Map<Long, Integer> missing = new HashMap<>();
        List<FactRequest> lastRequests = List.of();

        void missing(long id, int records) {
            missing.put(id, records);
        }

        void household(long id, org.sessiontracking.domain.compliance.ComplianceStatus status) {
            households.put(id, status);
        }

        void add(long id, LocalDate birth, AttendanceCounts counts, int covered) {
            registrants.put(id, new Object[]{birth, counts, covered});
        }

        private RegistrantFacts facts(long id, List<FactRequest> requests) {
            Object[] data = registrants.get(id);
            Map<FactKey, AttendanceCounts> counts = new HashMap<>();
            Map<FactKey, Integer> covered = new HashMap<>();
            Map<FactKey, org.sessiontracking.domain.compliance.ComplianceStatus> household = new HashMap<>();
            Map<FactKey, Integer> expected = new HashMap<>();
            AttendanceCounts recorded = (AttendanceCounts) data[1];
            for (FactRequest request : requests) {
                if (missing.containsKey(id)) {
                    expected.put(request.key(), missing.get(id));
                }
                if (request.household().isPresent() && households.containsKey(id)) {
                    household.put(request.key(), households.get(id));
                }
                if (recorded.records() > 0) {
                    counts.put(request.key(), recorded);
                    covered.put(request.key(), (Integer) data[2]);
                }
            }
            return new RegistrantFacts(new RegistrantId(id), "North", "INDIVIDUAL", Optional.of("FEMALE"),
                    Optional.ofNullable((LocalDate) data[0]), counts, covered, household, expected);
        }

        @Override
        public void forEachRegistrant(List<FactRequest> requests, Consumer<RegistrantFacts> registrant) {
            lastRequests = requests;
            registrants.keySet().forEach(id -> registrant.accept(facts(id, requests)));
        }

        @Override
        public List<RegistrantFacts> firstRegistrants(List<FactRequest> requests, int limit) {
            return registrants.keySet().stream().limit(limit).map(id -> facts(id, requests)).toList();
        }

        @Override
        public Optional<RegistrantFacts> factsOf(RegistrantId registrant, List<FactRequest> requests) {
            lastRequests = requests;
            return registrants.containsKey(registrant.value())
                    ? Optional.of(facts(registrant.value(), requests)) : Optional.empty();
        }

        @Override
        public Map<RegistrantId, String> names(Collection<RegistrantId> ids) {
            Map<RegistrantId, String> names = new HashMap<>();
            ids.forEach(id -> names.put(id, "Person " + id.value()));
            return names;
        }
    }
}
