package org.sessiontracking.adapters.web.graduation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.sessiontracking.application.graduation.port.in.ManageGraduationPathwaysUseCase.CriterionDraft;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.eligibility.EligibilityRule;
import org.sessiontracking.domain.graduation.Criterion;
import org.sessiontracking.domain.graduation.CriterionId;
import org.sessiontracking.domain.graduation.CriterionKind;
import org.sessiontracking.domain.sessiontype.SessionType;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One criterion of the pathway form: its name, what it is judged on, its weight and whether it is required. */
final class CriterionEditor extends HorizontalLayout {

    enum Kind {
        ATTENDANCE("Attendance compliance"), CURRICULUM("Curriculum completed"), RULE("Eligibility rule passes"),
        ASSESSED("Assessed by staff");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private final Optional<CriterionId> id;
    private final TextField label = new TextField("Criterion");
    private final Select<Kind> kind = new Select<>();
    private final Select<SessionType> type = new Select<>();
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Select<EligibilityRule> rule = new Select<>();
    private final IntegerField weight = new IntegerField("Weight");
    private final Checkbox required = new Checkbox("Required");
    private final List<SessionType> types;

    CriterionEditor(int index, Optional<Criterion> criterion, List<SessionType> types, List<EligibilityRule> rules,
                    LocalDate today, Runnable remove) {
        this.types = types;
        this.id = criterion.map(Criterion::id);
        setId("criterion-" + index);
        label.setId("criterion-" + index + "-label");
        kind.setId("criterion-" + index + "-kind");
        type.setId("criterion-" + index + "-type");
        from.setId("criterion-" + index + "-from");
        to.setId("criterion-" + index + "-to");
        rule.setId("criterion-" + index + "-rule");
        weight.setId("criterion-" + index + "-weight");
        required.setId("criterion-" + index + "-required");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("flex-wrap", "wrap").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        label.setWidth("12em");
        kind.setLabel("Judged on");
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(value -> value.label);
        type.setLabel("Session type");
        type.setItemLabelGenerator(SessionType::name);
        rule.setLabel("Rule");
        rule.setItems(rules);
        rule.setItemLabelGenerator(EligibilityRule::name);
        rule.setEmptySelectionAllowed(false);
        from.setWidth("9em");
        to.setWidth("9em");
        weight.setMin(1);
        weight.setMax(Criterion.MAX_WEIGHT);
        weight.setStepButtonsVisible(true);
        weight.setWidth("7em");
        weight.setHelperText("1 to 100");
        Button delete = new Button(VaadinIcon.TRASH.create(), event -> remove.run());
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel("Remove this criterion");
        delete.setTooltipText("Remove this criterion");
        kind.addValueChangeListener(event -> showFieldsOf(event.getValue()));
        add(label, kind, type, from, to, rule, weight, required, delete);
        criterion.ifPresentOrElse(this::load, () -> {
            kind.setValue(Kind.CURRICULUM);
            weight.setValue(1);
            required.setValue(true);
            from.setValue(today.withDayOfYear(1));
            to.setValue(today);
        });
    }

    private void load(Criterion criterion) {
        label.setValue(criterion.label());
        weight.setValue(criterion.weight());
        required.setValue(criterion.required());
        switch (criterion.kind()) {
            case CriterionKind.AttendanceCompliance a -> {
                kind.setValue(Kind.ATTENDANCE);
                type.setValue(find(a.type().value()));
                from.setValue(a.from());
                to.setValue(a.to());
            }
            case CriterionKind.CurriculumCompleted c -> {
                kind.setValue(Kind.CURRICULUM);
                type.setValue(find(c.type().value()));
            }
            case CriterionKind.RulePasses r -> {
                kind.setValue(Kind.RULE);
                rule.getListDataView().getItems().filter(it -> it.id().equals(r.rule())).findFirst()
                        .ifPresent(rule::setValue);
            }
            case CriterionKind.StaffAssessed s -> kind.setValue(Kind.ASSESSED);
        }
    }

    private SessionType find(long typeId) {
        return types.stream().filter(it -> it.id().value() == typeId).findFirst().orElse(null);
    }

    private void showFieldsOf(Kind value) {
        boolean typed = value == Kind.ATTENDANCE || value == Kind.CURRICULUM;
        type.setVisible(typed);
        SessionType chosen = type.getValue();
        List<SessionType> offered = value == Kind.CURRICULUM ? types.stream().filter(SessionType::topicTracking).toList()
                : types;
        type.setItems(offered);
        if (chosen != null && offered.contains(chosen)) {
            type.setValue(chosen);
        }
        from.setVisible(value == Kind.ATTENDANCE);
        to.setVisible(value == Kind.ATTENDANCE);
        rule.setVisible(value == Kind.RULE);
    }

    /** The criterion as entered; a missing choice is shown on its field and refused. */
    CriterionDraft draft() {
        clearErrors();
        String name = label.getValue();
        CriterionKind judged = switch (Objects.requireNonNull(kind.getValue())) {
            case ATTENDANCE -> new CriterionKind.AttendanceCompliance(requireType(name).id(),
                    require(from, from.getValue(), name), require(to, to.getValue(), name));
            case CURRICULUM -> new CriterionKind.CurriculumCompleted(requireType(name).id());
            case RULE -> new CriterionKind.RulePasses(require(rule, rule.getValue(), name).id());
            case ASSESSED -> new CriterionKind.StaffAssessed();
        };
        Integer chosenWeight = weight.getValue();
        if (chosenWeight == null) {
            weight.setInvalid(true);
            weight.setErrorMessage("A whole number from 1 to 100");
            throw new InvalidValueException("criteria", "Give '" + name + "' a weight from 1 to 100");
        }
        return new CriterionDraft(id, name, judged, chosenWeight, required.getValue());
    }

    private SessionType requireType(String name) {
        return require(type, type.getValue(), name);
    }

    private <T> T require(com.vaadin.flow.component.HasValidation field, T value, String name) {
        if (value == null) {
            field.setInvalid(true);
            field.setErrorMessage("Required");
            throw new InvalidValueException("criteria", "Complete the criterion '" + (name.isBlank() ? "(unnamed)" : name)
                    + "': a choice is missing");
        }
        return value;
    }

    private void clearErrors() {
        for (com.vaadin.flow.component.HasValidation field : List.of(type, from, to, rule, weight)) {
            field.setInvalid(false);
        }
    }
}
