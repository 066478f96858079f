package org.sessiontracking.adapters.web.eligibility;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.eligibility.ExpressionProblem;
import org.sessiontracking.application.eligibility.InvalidExpressionException;
import org.sessiontracking.application.eligibility.Outcome;
import org.sessiontracking.application.eligibility.RuleCheck;
import org.sessiontracking.application.eligibility.RulePreview;
import org.sessiontracking.application.eligibility.TypeResolution;
import org.sessiontracking.application.eligibility.port.in.ManageEligibilityRulesUseCase;
import org.sessiontracking.application.eligibility.port.in.PreviewEligibilityRuleUseCase;
import org.sessiontracking.domain.eligibility.EligibilityRule;
import org.sessiontracking.domain.eligibility.EligibilityRuleId;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class EligibilityRulesViewTest {

    private static final String OVERFLOW = "size(\"abcdefghij\") * 1000000000000000000 > 0";
    private static final String EVERYONE_FAILED = "None of the first 3 registrants tried could be evaluated: the rule "
            + "probably always fails, e.g. an overflow. First error: return error overflow";

    /** Checks like the real use case for the expressions the tests type. */
    private final List<EligibilityRule> saved = new ArrayList<>();
    private final ManageEligibilityRulesUseCase rules = new ManageEligibilityRulesUseCase() {
        public RuleCheck check(String expression) {
            List<ExpressionProblem> problems = expression.contains("Yoga")
                    ? List.of(new ExpressionProblem(2, 10, "No session type is named or coded 'Yoga'")) : List.of();
            List<TypeResolution> resolved = expression.contains("\"FDS\"")
                    ? List.of(new TypeResolution("FDS", new SessionTypeId(1), "Family Development Session",
                    Optional.of("FDS"), true)) : List.of();
            return new RuleCheck(problems, resolved,
                    expression.equals(OVERFLOW) ? Optional.of(EVERYONE_FAILED) : Optional.empty());
        }

        public EligibilityRuleId save(SaveCommand command) {
            List<ExpressionProblem> problems = check(command.expression()).problems();
            if (!problems.isEmpty()) {
                throw new InvalidExpressionException(problems);
            }
            EligibilityRule rule = EligibilityRule.create(new EligibilityRuleId(saved.size() + 1), command.name(),
                    command.expression(), command.description());
            saved.add(rule);
            return rule.id();
        }

        public void delete(EligibilityRuleId id) {
            saved.removeIf(rule -> rule.id().equals(id));
        }

        public List<EligibilityRule> list() {
            return List.copyOf(saved);
        }

        public Optional<EligibilityRule> get(EligibilityRuleId id) {
            return saved.stream().filter(rule -> rule.id().equals(id)).findFirst();
        }
    };
    private final PreviewEligibilityRuleUseCase preview = new PreviewEligibilityRuleUseCase() {
        public RulePreview preview(String expression) {
            RulePreview result = new RulePreview();
            if (expression.equals(OVERFLOW)) {
                for (long id = 1; id <= 3; id++) {
                    result.add(new RegistrantId(id), new Outcome.Error("return error overflow"));
                }
                return result;
            }
            result.add(new RegistrantId(1), Outcome.PASS);
            result.add(new RegistrantId(2), Outcome.FAIL);
            result.add(new RegistrantId(3), new Outcome.Error("attendance_rate(\"FDS\"): no data"));
            return result;
        }

        public List<Line> page(RulePreview result, Outcome.Kind kind, int offset, int limit) {
            return result.page(kind, offset, limit).stream()
                    .map(entry -> new Line(entry.registrant(), "Person " + entry.registrant().value(), entry.kind(),
                            entry.error())).toList();
        }
    };

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes());
        UI.getCurrent().add(new EligibilityRulesView(rules, preview));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void anInvalidRuleShowsItsErrorsWithPositionsAndIsNotSaved() {
        _setValue(_get(TextField.class, spec -> spec.withId("rule-name")), "Yoga grant");
        _setValue(_get(TextArea.class, spec -> spec.withId("rule-expression")), "age > 1 &&\n compliant(\"Yoga\")");
        _click(_get(Button.class, spec -> spec.withId("save-rule")));
        UnorderedList problems = _get(UnorderedList.class, spec -> spec.withId("rule-problems"));
        assertThat(problems.getChildren().map(item -> ((ListItem) item).getText()))
                .containsExactly("Line 2, column 10: No session type is named or coded 'Yoga'");
        assertThat(_get(TextArea.class, spec -> spec.withId("rule-expression")).isInvalid()).isTrue();
        assertThat(saved).isEmpty();
        assertThat(_get(TextArea.class, spec -> spec.withId("rule-expression")).getValue()).contains("Yoga");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aValidRuleIsSavedListedAndPreviewedWithErrorsReportedApart() {
        _setValue(_get(TextField.class, spec -> spec.withId("rule-name")), "Cash grant");
        _setValue(_get(TextArea.class, spec -> spec.withId("rule-expression")), "attendance_rate(\"FDS\") >= 0.8");
        _click(_get(Button.class, spec -> spec.withId("save-rule")));
        assertThat(saved).extracting(EligibilityRule::name).containsExactly("Cash grant");
        Grid<EligibilityRule> ruleGrid = _get(Grid.class, spec -> spec.withId("rules-grid"));
        assertThat(GridKt._size(ruleGrid)).isEqualTo(1);

        _click(_get(Button.class, spec -> spec.withId("preview-rule")));
        assertThat(_get(Span.class, spec -> spec.withId("preview-summary")).getText())
                .isEqualTo("3 registrants: 1 pass, 1 fail, 1 could not be evaluated");
        Grid<PreviewEligibilityRuleUseCase.Line> previewGrid = _get(Grid.class, spec -> spec.withId("preview-grid"));
        assertThat(GridKt._getFormattedRow(previewGrid, 0)).startsWith("Person 1");
        _setValue((Select<Outcome.Kind>) _get(Select.class, spec -> spec.withId("preview-outcome")),
                Outcome.Kind.ERROR);
        assertThat(GridKt._size(previewGrid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(previewGrid, 0))
                .containsExactly("Person 3", "attendance_rate(\"FDS\"): no data");
    }

    private void saveRule(String ruleName) {
        _setValue(_get(TextField.class, spec -> spec.withId("rule-name")), ruleName);
        _setValue(_get(TextArea.class, spec -> spec.withId("rule-expression")), "attendance_rate(\"FDS\") >= 0.8");
        _click(_get(Button.class, spec -> spec.withId("save-rule")));
    }

    @Test
    void deletingARuleAsksFirstNamingItAndCancelKeepsIt() {
        assertThat(_get(Button.class, spec -> spec.withId("delete-rule")).isEnabled())
                .as("nothing to delete before a rule is chosen").isFalse();
        saveRule("Cash grant");
        _click(_get(Button.class, spec -> spec.withId("delete-rule")));

        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-delete-rule"));
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Delete the rule \"Cash grant\"?");
        assertThat(saved).as("nothing is deleted before the answer").hasSize(1);
        ConfirmDialogKt._fireCancel(confirm);

        assertThat(saved).extracting(EligibilityRule::name).containsExactly("Cash grant");
        assertThat(_get(TextField.class, spec -> spec.withId("rule-name")).getValue()).isEqualTo("Cash grant");
    }

    @Test
    @SuppressWarnings("unchecked")
    void confirmingDeletesTheRuleAndClearsTheEditor() {
        saveRule("Cash grant");
        _click(_get(Button.class, spec -> spec.withId("delete-rule")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-delete-rule")));

        assertThat(saved).isEmpty();
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("rules-grid")))).isZero();
        assertThat(_get(TextField.class, spec -> spec.withId("rule-name")).getValue()).isEmpty();
        NotificationsKt.expectNotifications("Rule \"Cash grant\" saved", "Rule \"Cash grant\" deleted");
    }

    /** The items of a shown list; a list with nothing to say is hidden. */
    private List<String> items(String listId) {
        return _find(UnorderedList.class, spec -> spec.withId(listId)).stream().flatMap(list -> list.getChildren())
                .map(item -> ((ListItem) item).getText()).toList();
    }

    @Test
    void checkSaysWhichSessionTypeANameOrCodeStoodFor() {
        _setValue(_get(TextArea.class, spec -> spec.withId("rule-expression")), "attendance_rate(\"FDS\") >= 0.8");
        _click(_get(Button.class, spec -> spec.withId("check-rule")));

        assertThat(items("rule-resolutions")).containsExactly("\"FDS\" → Family Development Session (code FDS)");
        assertThat(items("rule-problems")).isEmpty();
        NotificationsKt.expectNotifications("The rule is valid");

        _setValue(_get(TextArea.class, spec -> spec.withId("rule-expression")), "age > 18");
        assertThat(items("rule-resolutions")).as("an edited rule is checked again before it says").isEmpty();
    }

    @Test
    void aRuleNoRegistrantCanBeEvaluatedForIsWarnedOnCheckAndSavedOnlyWhenConfirmed() {
        _setValue(_get(TextField.class, spec -> spec.withId("rule-name")), "Overflow");
        _setValue(_get(TextArea.class, spec -> spec.withId("rule-expression")), OVERFLOW);
        _click(_get(Button.class, spec -> spec.withId("check-rule")));
        assertThat(_get(Span.class, spec -> spec.withId("rule-check-warning")).getText()).isEqualTo(EVERYONE_FAILED);
        NotificationsKt.expectNotifications(EVERYONE_FAILED);

        _click(_get(Button.class, spec -> spec.withId("save-rule")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-save-rule"));
        assertThat(saved).as("nothing is saved before the answer").isEmpty();
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(saved).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("save-rule")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-save-rule")));
        assertThat(saved).extracting(EligibilityRule::name).containsExactly("Overflow");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPreviewWithEveryRegistrantInErrorSaysSoAndShowsTheErrors() {
        _setValue(_get(TextArea.class, spec -> spec.withId("rule-expression")), OVERFLOW);
        _click(_get(Button.class, spec -> spec.withId("preview-rule")));

        assertThat(_get(Span.class, spec -> spec.withId("preview-warning")).getText())
                .isEqualTo("Every registrant could not be evaluated: the rule probably always fails, e.g. an overflow. "
                        + "First error: return error overflow");
        Grid<PreviewEligibilityRuleUseCase.Line> previewGrid = _get(Grid.class, spec -> spec.withId("preview-grid"));
        assertThat(GridKt._size(previewGrid)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(previewGrid, 0)).containsExactly("Person 1", "return error overflow");

        _setValue(_get(TextArea.class, spec -> spec.withId("rule-expression")), "attendance_rate(\"FDS\") >= 0.8");
        _click(_get(Button.class, spec -> spec.withId("preview-rule")));
        assertThat(_find(Span.class, spec -> spec.withId("preview-warning"))).as("no warning shown").isEmpty();
    }
}
