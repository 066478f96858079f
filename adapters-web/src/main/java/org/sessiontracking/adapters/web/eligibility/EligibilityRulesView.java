package org.sessiontracking.adapters.web.eligibility;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sessiontracking.adapters.web.common.Notifications;
import org.sessiontracking.application.eligibility.ExpressionProblem;
import org.sessiontracking.application.eligibility.InvalidExpressionException;
import org.sessiontracking.application.eligibility.Outcome;
import org.sessiontracking.application.eligibility.RuleCheck;
import org.sessiontracking.application.eligibility.RulePreview;
import org.sessiontracking.application.eligibility.port.in.ManageEligibilityRulesUseCase;
import org.sessiontracking.application.eligibility.port.in.ManageEligibilityRulesUseCase.SaveCommand;
import org.sessiontracking.application.eligibility.port.in.PreviewEligibilityRuleUseCase;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.eligibility.EligibilityRule;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Eligibility rules (administrators): write a CEL rule, check it (errors with line and column), name
 * and save it, and preview it over every registrant: how many pass, fail or cannot be evaluated, and who.
 */
@Route("eligibility-rules")
@PageTitle("Eligibility rules")
@Menu(title = "Eligibility rules", order = 40, icon = "vaadin:scale")
@RolesAllowed("ADMINISTRATOR")
public class EligibilityRulesView extends SplitLayout {

    static final String HELP = "Functions (type = session type name or code; optional period as two dates "
            + "\"YYYY-MM-DD\", default the last 12 months): attendance_rate(type) 0.0-1.0, attended(type), "
            + "counted(type), compliant(type), topics_covered(type), topics_completed(type), household_compliant(type). Fields: area, kind "
            + "(\"INDIVIDUAL\"/\"GROUP\"), sex (\"FEMALE\"/\"MALE\"/\"OTHER\"), age. Example: "
            + "attendance_rate(\"Family Development Session\") >= 0.8 && age >= 18";

    private final ManageEligibilityRulesUseCase rules;
    private final PreviewEligibilityRuleUseCase preview;
    private final Grid<EligibilityRule> ruleGrid = new Grid<>();
    private final TextField name = new TextField("Name");
    private final TextArea expression = new TextArea("Rule (CEL)");
    private final TextField description = new TextField("Description");
    private final UnorderedList problems = new UnorderedList();
    private final UnorderedList resolutions = new UnorderedList();
    private final Span checkWarning = new Span();
    private final Span summary = new Span();
    private final Span previewWarning = new Span();
    private final H3 previewHeading = new H3("Preview");
    private final Select<Outcome.Kind> outcome = new Select<>();
    private final Grid<PreviewEligibilityRuleUseCase.Line> previewGrid = new Grid<>();
    private final Button delete = new Button("Delete…");
    private EligibilityRule editing;
    private RulePreview lastPreview;

    public EligibilityRulesView(ManageEligibilityRulesUseCase rules, PreviewEligibilityRuleUseCase preview) {
        this.rules = rules;
        this.preview = preview;
        setSizeFull();
        setSplitterPosition(28);

        ruleGrid.setId("rules-grid");
        ruleGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        ruleGrid.addColumn(EligibilityRule::name).setHeader("Rule");
        ruleGrid.addItemClickListener(event -> edit(event.getItem()));
        Button create = new Button("New rule", event -> edit(null));
        create.setId("new-rule");
        VerticalLayout list = new VerticalLayout(create, ruleGrid);
        list.setSizeFull();
        list.expand(ruleGrid);

        name.setId("rule-name");
        name.setWidthFull();
        expression.setId("rule-expression");
        expression.setWidthFull();
        expression.setMinHeight("9em");
        Span help = new Span(HELP);
        help.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        description.setId("rule-description");
        description.setWidthFull();
        problems.setId("rule-problems");
        problems.getStyle().set("color", "var(--lumo-error-text-color)");
        resolutions.setId("rule-resolutions");
        resolutions.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin", "0");
        checkWarning.setId("rule-check-warning");
        warningStyle(checkWarning);
        previewWarning.setId("preview-warning");
        warningStyle(previewWarning);
        expression.addValueChangeListener(event -> {
            resolutions.removeAll();
            checkWarning.setText("");
            hideEmptyMessages();
        });
        Button check = new Button("Check", event -> check());
        check.setId("check-rule");
        Button save = new Button("Save", event -> save());
        save.setId("save-rule");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        delete.addClickListener(event -> confirmDelete());
        delete.setId("delete-rule");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button run = new Button("Preview over all registrants", event -> runPreview());
        run.setId("preview-rule");
        HorizontalLayout actions = new HorizontalLayout(check, save, run, delete);

        summary.setId("preview-summary");
        outcome.setId("preview-outcome");
        outcome.setLabel("Show");
        outcome.setWidth("16em");
        outcome.setItems(Outcome.Kind.values());
        outcome.setItemLabelGenerator(kind -> switch (kind) {
            case PASS -> "Passing";
            case FAIL -> "Failing";
            case ERROR -> "Could not be evaluated";
        });
        outcome.setValue(Outcome.Kind.PASS);
        outcome.addValueChangeListener(event -> previewGrid.getDataProvider().refreshAll());
        previewGrid.setId("preview-grid");
        previewGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        previewGrid.addColumn(PreviewEligibilityRuleUseCase.Line::name).setHeader("Registrant").setFlexGrow(2);
        previewGrid.addColumn(PreviewEligibilityRuleUseCase.Line::error).setHeader("Error").setFlexGrow(3);
        previewGrid.setItems(new CallbackDataProvider<PreviewEligibilityRuleUseCase.Line, Void>(this::fetch,
                query -> lastPreview == null ? 0 : lastPreview.count(outcome.getValue()),
                line -> line.registrant().value()));
        HorizontalLayout previewBar = new HorizontalLayout(outcome, summary);
        previewBar.setAlignItems(FlexComponent.Alignment.BASELINE);

        VerticalLayout editor = new VerticalLayout(name, expression, help, description, problems, resolutions,
                checkWarning, actions, previewHeading, previewBar, previewWarning, previewGrid);
        // the editor keeps its natural height inside a scroller filling the panel, so it scrolls as a
        // whole: neither the rule's text area nor the preview grid is squeezed or pushed out of reach
        editor.setWidthFull();
        previewGrid.setHeight("24em");
        previewGrid.setMinHeight("24em");
        Scroller editorScroller = new Scroller(editor, Scroller.ScrollDirection.VERTICAL);
        editorScroller.setId("rule-editor");
        editorScroller.setSizeFull();
        addToPrimary(list);
        addToSecondary(editorScroller);
        refreshRules();
        edit(null);
    }

    private void refreshRules() {
        ruleGrid.setItems(rules.list());
    }

    private void edit(EligibilityRule rule) {
        editing = rule;
        name.setValue(rule == null ? "" : rule.name());
        expression.setValue(rule == null ? "" : rule.expression());
        description.setValue(rule == null ? "" : rule.description());
        name.setInvalid(false);
        delete.setEnabled(rule != null);
        showProblems(List.of());
        resolutions.removeAll();
        checkWarning.setText("");
        clearPreview();
    }

    private static void warningStyle(Span warning) {
        warning.getStyle().set("color", "var(--lumo-warning-text-color, var(--lumo-error-text-color))")
                .set("font-size", "var(--lumo-font-size-s)");
    }

    /** Save's own checks, which type each name or code stands for, and a warning from a trial evaluation. */
    private RuleCheck check() {
        RuleCheck checked = rules.check(expression.getValue());
        showCheck(checked);
        if (checked.valid() && checked.warning().isEmpty()) {
            Notifications.success("The rule is valid");
        }
        checked.warning().ifPresent(Notifications::warning);
        return checked;
    }

    private void showCheck(RuleCheck checked) {
        showProblems(checked.problems());
        resolutions.removeAll();
        checked.resolutions().forEach(resolution -> resolutions.add(new ListItem("\"" + resolution.asWritten()
                + "\" → " + resolution.typeName() + resolution.typeCode().map(code -> " (code " + code + ")").orElse(""))));
        checkWarning.setText(checked.warning().orElse(""));
        hideEmptyMessages();
    }

    /** Empty message lists would still take the layout's spacing: only those with something to say are shown. */
    private void hideEmptyMessages() {
        problems.setVisible(problems.getChildren().findAny().isPresent());
        resolutions.setVisible(resolutions.getChildren().findAny().isPresent());
        checkWarning.setVisible(!checkWarning.getText().isEmpty());
        previewWarning.setVisible(!previewWarning.getText().isEmpty());
    }

    private void showProblems(List<ExpressionProblem> found) {
        problems.removeAll();
        found.forEach(problem -> problems.add(new ListItem("Line " + problem.line() + ", column " + problem.column()
                + ": " + problem.message())));
        expression.setInvalid(!found.isEmpty());
        hideEmptyMessages();
    }

    /**
     * Saves after the same check as the Check button. A rule that no registrant tried could be evaluated
     * for is allowed (it may be waiting for attendance of a new type), but is most likely a mistake, so
     * saving it asks first.
     */
    private void save() {
        name.setInvalid(false);
        RuleCheck checked = rules.check(expression.getValue());
        showCheck(checked);
        if (!checked.valid()) {
            return;
        }
        if (checked.warning().isPresent()) {
            ConfirmDialog confirm = new ConfirmDialog("Save a rule that could not be evaluated?",
                    checked.warning().get() + ". Saved rules answer eligibility questions: this one would answer "
                            + "none of them.", "Save anyway", event -> store());
            confirm.setId("confirm-save-rule");
            confirm.setCancelable(true);
            confirm.setCancelText("Keep editing");
            confirm.open();
            return;
        }
        store();
    }

    private void store() {
        try {
            SaveCommand command = editing == null
                    ? SaveCommand.create(name.getValue(), expression.getValue(), description.getValue())
                    : new SaveCommand(Optional.of(editing.id()), Optional.of(editing.version()), name.getValue(),
                    expression.getValue(), description.getValue());
            var id = rules.save(command);
            showProblems(List.of());
            Notifications.success("Rule \"" + name.getValue().strip() + "\" saved");
            refreshRules();
            editing = rules.get(id).orElse(null);
            delete.setEnabled(editing != null);
        } catch (InvalidExpressionException invalid) {
            showProblems(invalid.problems());
        } catch (DomainException problem) {
            if (problem.field().filter("name"::equals).isPresent()) {
                name.setErrorMessage(problem.getMessage());
                name.setInvalid(true);
            } else if (problem.field().filter("expression"::equals).isPresent()) {
                showProblems(List.of(new ExpressionProblem(1, 1, problem.getMessage())));
            } else {
                Notifications.error(problem.getMessage());
            }
        }
    }

    /** Deleting cannot be undone, so it asks first, naming the rule as stored. */
    private void confirmDelete() {
        if (editing == null) {
            Notifications.warning("Choose a saved rule to delete");
            return;
        }
        EligibilityRule rule = editing;
        ConfirmDialog confirm = new ConfirmDialog("Delete the rule \"" + rule.name() + "\"?",
                "The rule is removed for good and cannot be restored. Attendance, compliance and the other rules "
                        + "are not affected.", "Delete", event -> delete(rule));
        confirm.setId("confirm-delete-rule");
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText("Keep it");
        confirm.open();
    }

    private void delete(EligibilityRule rule) {
        try {
            rules.delete(rule.id());
            Notifications.success("Rule \"" + rule.name() + "\" deleted");
        } catch (DomainException problem) {
            Notifications.error(problem.getMessage());
        }
        refreshRules();
        edit(null);
    }

    private void runPreview() {
        try {
            lastPreview = preview.preview(expression.getValue());
            showProblems(List.of());
            summary.setText(lastPreview.total() + " registrants: " + lastPreview.count(Outcome.Kind.PASS)
                    + " pass, " + lastPreview.count(Outcome.Kind.FAIL) + " fail, "
                    + lastPreview.count(Outcome.Kind.ERROR) + " could not be evaluated");
            previewWarning.setText(lastPreview.warning().orElse(""));
            hideEmptyMessages();
            lastPreview.warning().ifPresent(warning -> outcome.setValue(Outcome.Kind.ERROR));
            previewHeading.scrollIntoView();
        } catch (InvalidExpressionException invalid) {
            showProblems(invalid.problems());
            lastPreview = null;
            summary.setText("");
            previewWarning.setText("");
        }
        previewGrid.getDataProvider().refreshAll();
    }

    private void clearPreview() {
        lastPreview = null;
        summary.setText("");
        previewWarning.setText("");
        hideEmptyMessages();
        previewGrid.getDataProvider().refreshAll();
    }

    private Stream<PreviewEligibilityRuleUseCase.Line> fetch(Query<PreviewEligibilityRuleUseCase.Line, Void> query) {
        if (lastPreview == null) {
            return Stream.empty();
        }
        return preview.page(lastPreview, outcome.getValue(), query.getOffset(), query.getLimit()).stream();
    }
}
