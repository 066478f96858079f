package org.sessiontracking.application.eligibility;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.DuplicateException;
import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.eligibility.port.in.ManageEligibilityRulesUseCase.SaveCommand;
import org.sessiontracking.application.eligibility.port.out.EligibilityFacts;
import org.sessiontracking.application.eligibility.usecase.ManageEligibilityRules;
import org.sessiontracking.application.sessiontype.InMemorySessionTypeRepository;
import org.sessiontracking.application.support.FixedActor;
import org.sessiontracking.domain.common.AccessDeniedException;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.eligibility.EligibilityRule;
import org.sessiontracking.domain.eligibility.EligibilityRuleId;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sessiontracking.domain.sessiontype.SessionTypeBuilder.aSessionType;

/** Writing eligibility rules, over the in-memory rule store and an expression language that only checks. */
class ManageEligibilityRulesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);
    private static final String VALID = "attendance_rate(\"FDS\") >= 0.8";

    private final InMemoryEligibilityRuleRepository rules = new InMemoryEligibilityRuleRepository();
    private final FakeEligibilityExpressions expressions = new FakeEligibilityExpressions();
    private final InMemorySessionTypeRepository types = new InMemorySessionTypeRepository();
    private final FixedActor actor = FixedActor.signedIn(Role.ADMINISTRATOR);
    /** No registrants: the fake language checks but cannot evaluate, so the check's trial finds nobody to try. */
    private final EligibilityFacts noRegistrants = new EligibilityFacts() {
        public void forEachRegistrant(List<FactRequest> requests, Consumer<RegistrantFacts> registrant) {
        }

        public List<RegistrantFacts> firstRegistrants(List<FactRequest> requests, int limit) {
            return List.of();
        }

        public Optional<RegistrantFacts> factsOf(RegistrantId registrant, List<FactRequest> requests) {
            return Optional.empty();
        }

        public Map<RegistrantId, String> names(Collection<RegistrantId> registrants) {
            return Map.of();
        }
    };
    private final ManageEligibilityRules manage = new ManageEligibilityRules(rules, noRegistrants, expressions, types,
            actor, new org.sessiontracking.application.support.NoVerificationPeriods(), CLOCK);

    @BeforeEach
    void types() {
        types.add(aSessionType().id(1).name("Family Development Session").code("FDS").topics("Nutrition").build());
        types.add(aSessionType().id(2).name("Group Meeting").code("MEETING").withoutTopicTracking().build());
    }

    private EligibilityRuleId saved(String name, String expression) {
        return manage.save(SaveCommand.create(name, expression, ""));
    }

    private static SaveCommand edit(EligibilityRule rule, String name, String expression, String description) {
        return new SaveCommand(Optional.of(rule.id()), Optional.of(rule.version()), name, expression, description);
    }

    private EligibilityRule stored(EligibilityRuleId id) {
        return manage.get(id).orElseThrow();
    }

    @Test
    void anAdministratorSavesACheckedRuleAndEveryoneCanReadIt() {
        EligibilityRuleId id = manage.save(SaveCommand.create(" Cash grant ", VALID, " For the 4Ps cash grant "));

        actor.switchTo(FixedActor.signedIn(Role.VIEWER).get());
        EligibilityRule rule = stored(id);
        assertThat(rule.name()).isEqualTo("Cash grant");
        assertThat(rule.expression()).isEqualTo(VALID);
        assertThat(rule.description()).isEqualTo("For the 4Ps cash grant");
        assertThat(rule.version()).isEqualTo(Version.NEW);
        assertThat(manage.list()).extracting(EligibilityRule::id).containsExactly(id);
        assertThat(expressions.checked()).containsExactly(VALID);
    }

    @Test
    void aRuleNamesItsSessionTypeByNameOrCodeInAnyLetterCase() {
        assertThat(manage.check("compliant(\"family development session\") && counted(\"meeting\")").problems()).isEmpty();
        assertThat(manage.check("topics_completed(\" FDS \")").problems()).isEmpty();
    }

    @Test
    void checkingUsesTheLastTwelveMonthsAsTheDefaultPeriod() {
        manage.check(VALID).problems();
        assertThat(expressions.lastDefaultPeriod())
                .isEqualTo(new Period(LocalDate.of(2025, 11, 30), LocalDate.of(2026, 11, 29)));
    }

    @Test
    void aMissingExpressionIsTheProblemSaveWouldRefuseItFor() {
        assertThat(manage.check(null).problems()).containsExactly(new ExpressionProblem(1, 1, "Expression is required"));
        assertThat(manage.check("   ").problems()).containsExactly(new ExpressionProblem(1, 1, "Expression is required"));
        assertThat(expressions.checked()).isEmpty();
    }

    @Test
    void checkRefusesARuleTooLongToSaveAsSaveDoes() {
        String tooLong = VALID + " && " + "age > 1 && ".repeat(400) + "age > 0";
        assertThat(tooLong.length()).isGreaterThan(EligibilityRule.MAX_EXPRESSION_LENGTH);

        assertThat(manage.check(tooLong).problems()).singleElement().satisfies(problem ->
                assertThat(problem.message()).isEqualTo("Expression must be at most 4000 characters, got "
                        + tooLong.length()));
        assertThatThrownBy(() -> saved("Long", tooLong)).isInstanceOf(InvalidValueException.class)
                .hasMessage("Expression must be at most 4000 characters, got " + tooLong.length());
        assertThat(rules.list()).isEmpty();
    }

    @Test
    void checkSaysWhichSessionTypeEachNameOrCodeStandsFor() {
        RuleCheck check = manage.check("attendance_rate(\"FDS\") >= 0.8 && compliant(\" group meeting \") "
                + "&& counted(\"FDS\") > 2");
        assertThat(check.problems()).isEmpty();
        assertThat(check.resolutions()).containsExactly(
                new TypeResolution("FDS", new SessionTypeId(1), "Family Development Session", Optional.of("FDS"), true),
                new TypeResolution("group meeting", new SessionTypeId(2), "Group Meeting", Optional.of("MEETING"), false));
        assertThat(check.warning()).isEmpty();
    }

    @Test
    void unknownSessionTypesAndTopicFunctionsOnTypesWithoutTopicsAreProblemsAtTheirCalls() {
        List<ExpressionProblem> problems = manage.check("age > 1 && compliant(\"Yoga\")\n"
                + "  || topics_covered(\"Group Meeting\") > 2").problems();

        assertThat(problems).containsExactly(
                new ExpressionProblem(1, 12, "No session type is named or coded 'Yoga'"),
                new ExpressionProblem(2, 6, "topics_covered: Group Meeting does not track topics"));
    }

    @Test
    void theLanguagesProblemsAndTheSessionTypeProblemsComeInTextOrder() {
        List<ExpressionProblem> problems = manage.check("compliant(\"Yoga\") ?? attendance_rat(\"FDS\")\n??").problems();

        assertThat(problems).extracting(ExpressionProblem::line, ExpressionProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, 1), org.assertj.core.groups.Tuple.tuple(1, 19),
                org.assertj.core.groups.Tuple.tuple(1, 22), org.assertj.core.groups.Tuple.tuple(2, 1));
        assertThat(problems.get(2).message()).isEqualTo("undeclared reference to 'attendance_rat'");
    }

    @Test
    void aRuleThatDoesNotCheckIsNotSavedAndTheErrorSaysWhere() {
        assertThatThrownBy(() -> saved("Bad", "compliant(\"Yoga\")"))
                .isInstanceOf(InvalidExpressionException.class)
                .hasMessage("The rule has an error: line 1, column 1: No session type is named or coded 'Yoga'")
                .satisfies(e -> assertThat(((InvalidExpressionException) e).problems()).hasSize(1)
                        .first().extracting(ExpressionProblem::column).isEqualTo(1));
        assertThat(manage.list()).isEmpty();
    }

    @Test
    void aRuleWithoutANameIsRefusedBeforeItsExpressionIsChecked() {
        assertThatThrownBy(() -> saved("  ", VALID)).isInstanceOf(InvalidValueException.class)
                .hasMessage("Name is required");
        assertThat(manage.list()).isEmpty();
        assertThat(expressions.checked()).isEmpty();
    }

    @Test
    void aNameAnotherRuleHasIgnoringCaseIsRefused() {
        EligibilityRuleId cash = saved("Cash grant", VALID);

        assertThatThrownBy(() -> saved("CASH GRANT", "age >= 18")).isInstanceOf(DuplicateException.class)
                .satisfies(e -> assertThat(((DuplicateException) e).field()).contains("name"));
        assertThat(manage.list()).extracting(EligibilityRule::id).containsExactly(cash);
    }

    @Test
    void anEditOnTheVersionTheAdministratorSawIsSavedWithTheNextVersion() {
        EligibilityRuleId id = saved("Cash grant", VALID);

        assertThat(manage.save(edit(stored(id), "Cash grant 2027", "compliant(\"FDS\") && age >= 18", "Stricter")))
                .isEqualTo(id);

        EligibilityRule rule = stored(id);
        assertThat(rule.name()).isEqualTo("Cash grant 2027");
        assertThat(rule.expression()).isEqualTo("compliant(\"FDS\") && age >= 18");
        assertThat(rule.description()).isEqualTo("Stricter");
        assertThat(rule.version()).isEqualTo(new Version(1));
        assertThat(manage.list()).hasSize(1);
    }

    @Test
    void anEditOnAVersionSomeoneElseChangedMeanwhileIsAConflictAndKeepsTheirChange() {
        EligibilityRuleId id = saved("Cash grant", VALID);
        EligibilityRule seenByBoth = stored(id);
        manage.save(edit(seenByBoth, "Cash grant", "age >= 18", "theirs"));

        assertThatThrownBy(() -> manage.save(edit(seenByBoth, "Cash grant", "age >= 21", "mine")))
                .isInstanceOf(ConcurrentModificationException.class);
        assertThat(stored(id).description()).isEqualTo("theirs");
        assertThat(stored(id).version()).isEqualTo(new Version(1));
    }

    @Test
    void anEditThatDoesNotCheckIsNotSavedAndTheRuleKeepsItsExpression() {
        EligibilityRuleId id = saved("Cash grant", VALID);

        assertThatThrownBy(() -> manage.save(edit(stored(id), "Cash grant", "counted(\"Yoga\") > 3", "")))
                .isInstanceOf(InvalidExpressionException.class);
        assertThat(stored(id).expression()).isEqualTo(VALID);
        assertThat(stored(id).version()).isEqualTo(Version.NEW);
    }

    @Test
    void renamingARuleToAnotherRulesNameIsRefused() {
        saved("Cash grant", VALID);
        EligibilityRuleId rice = saved("Rice subsidy", "age >= 18");

        assertThatThrownBy(() -> manage.save(edit(stored(rice), "cash grant", "age >= 18", "")))
                .isInstanceOf(DuplicateException.class);
        assertThat(stored(rice).name()).isEqualTo("Rice subsidy");
    }

    @Test
    void editingARuleSomeoneDeletedMeanwhileIsNotFound() {
        EligibilityRuleId id = saved("Cash grant", VALID);
        EligibilityRule seen = stored(id);
        manage.delete(id);

        assertThatThrownBy(() -> manage.save(edit(seen, "Cash grant", VALID, "")))
                .isInstanceOf(NotFoundException.class).hasMessage("The rule no longer exists");
        assertThat(manage.list()).isEmpty();
    }

    @Test
    void aDeletedRuleIsGoneAndDeletingItAgainIsNotFound() {
        EligibilityRuleId kept = saved("Kept", VALID);
        EligibilityRuleId id = saved("Cash grant", VALID);
        manage.delete(id);

        assertThat(manage.get(id)).isEmpty();
        assertThat(manage.list()).extracting(EligibilityRule::id).containsExactly(kept);
        assertThatThrownBy(() -> manage.delete(id)).isInstanceOf(NotFoundException.class)
                .hasMessage("The rule no longer exists");
    }

    @Test
    void rulesAreListedByNameIgnoringCase() {
        EligibilityRuleId rice = saved("rice subsidy", VALID);
        EligibilityRuleId cash = saved("Cash grant", VALID);
        EligibilityRuleId school = saved("School supplies", VALID);

        assertThat(manage.list()).extracting(EligibilityRule::id).containsExactly(cash, rice, school);
    }

    @Test
    void anExistingRuleIsSavedWithItsVersion() {
        assertThatThrownBy(() -> new SaveCommand(Optional.of(new EligibilityRuleId(1)), Optional.empty(), "X",
                VALID, "")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"MANAGER", "STAFF", "VIEWER"})
    void onlyAdministratorsCheckSaveEditOrDeleteRules(Role role) {
        EligibilityRuleId id = saved("Cash grant", VALID);
        EligibilityRule rule = stored(id);
        actor.switchTo(FixedActor.signedIn(role).get());

        assertThatThrownBy(() -> manage.check(VALID).problems()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> saved("Other", VALID)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> manage.save(edit(rule, "Renamed", VALID, ""))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> manage.delete(id)).isInstanceOf(AccessDeniedException.class);

        assertThat(manage.list()).extracting(EligibilityRule::name).containsExactly("Cash grant");
        assertThat(manage.get(id)).isPresent();
        assertThat(expressions.checked()).hasSize(1);
    }
}
