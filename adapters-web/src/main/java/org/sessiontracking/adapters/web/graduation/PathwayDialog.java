package org.sessiontracking.adapters.web.graduation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.sessiontracking.adapters.web.common.FieldErrors;
import org.sessiontracking.adapters.web.common.Notifications;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.graduation.port.in.ManageGraduationPathwaysUseCase;
import org.sessiontracking.application.graduation.port.in.ManageGraduationPathwaysUseCase.CriterionDraft;
import org.sessiontracking.application.sessiontype.SessionTypeFilter;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.eligibility.EligibilityRule;
import org.sessiontracking.domain.graduation.Criterion;
import org.sessiontracking.domain.graduation.GraduationPathway;
import org.sessiontracking.domain.graduation.GraduationPathwayId;
import org.sessiontracking.domain.sessiontype.SessionType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Creates or edits a pathway: its name, description, whether it is active, and its criteria. */
final class PathwayDialog extends Dialog {

    private final GraduationUseCases useCases;
    private final Optional<GraduationPathway> editing;
    private final TextField name = new TextField("Name");
    private final TextArea description = new TextArea("Description");
    private final Checkbox active = new Checkbox("Active (takes new graduations)");
    private final VerticalLayout criteria = new VerticalLayout();
    private final Span criteriaError = new Span();
    private final List<CriterionEditor> editors = new ArrayList<>();
    private final List<SessionType> types;
    private final List<EligibilityRule> rules;
    private final LocalDate today;
    private final FieldErrors errors = new FieldErrors();
    private int serial;

    PathwayDialog(GraduationUseCases useCases, Optional<GraduationPathway> editing,
                  Consumer<GraduationPathwayId> saved) {
        this.useCases = useCases;
        this.editing = editing;
        this.types = useCases.types().list(SessionTypeFilter.ALL, PageRequest.first(PageRequest.MAX_LIMIT));
        this.rules = useCases.rules().list();
        this.today = LocalDate.now(useCases.clock());
        setHeaderTitle(editing.map(pathway -> "Edit " + pathway.name()).orElse("New graduation pathway"));
        name.setId("pathway-name");
        name.setWidthFull();
        name.setRequiredIndicatorVisible(true);
        description.setId("pathway-description");
        description.setWidthFull();
        active.setId("pathway-active");
        errors.register("name", name).register("description", description);
        criteria.setPadding(false);
        criteria.setSpacing(false);
        criteria.setId("pathway-criteria");
        criteriaError.getStyle().set("color", "var(--lumo-error-text-color)");
        criteriaError.setId("pathway-criteria-error");
        Button addCriterion = new Button("Add criterion", VaadinIcon.PLUS.create(), event -> addEditor(Optional.empty()));
        addCriterion.setId("add-criterion");
        Paragraph help = new Paragraph("A criterion's score is between 0 and 1: attendance scores the rate over the "
                + "required rate (capped at 1), curriculum the share of topics covered, a rule or an assessment 1 when "
                + "met. Readiness = sum(score x weight) / sum(weights). A registrant is ready when every required (*) "
                + "criterion is met (every criterion, when none is required).");
        help.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        add(name, description, active, help, criteria, criteriaError, addCriterion);
        editing.ifPresentOrElse(pathway -> {
            name.setValue(pathway.name());
            description.setValue(pathway.description());
            active.setValue(pathway.active());
            pathway.criteria().forEach(criterion -> addEditor(Optional.of(criterion)));
        }, () -> {
            active.setValue(true);
            addEditor(Optional.empty());
        });
        Button save = new Button("Save pathway", event -> save(saved));
        save.setId("save-pathway");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", event -> close()), save);
        setWidth("min(72rem, 96vw)");
    }

    private void addEditor(Optional<Criterion> criterion) {
        CriterionEditor[] editor = new CriterionEditor[1];
        editor[0] = new CriterionEditor(serial++, criterion, types, rules, today, () -> {
            editors.remove(editor[0]);
            criteria.remove(editor[0]);
        });
        editors.add(editor[0]);
        criteria.add(editor[0]);
    }

    private void save(Consumer<GraduationPathwayId> saved) {
        errors.clear();
        criteriaError.setText("");
        try {
            List<CriterionDraft> drafts = editors.stream().map(CriterionEditor::draft).toList();
            GraduationPathwayId id = useCases.pathways().save(new ManageGraduationPathwaysUseCase.SaveCommand(
                    editing.map(GraduationPathway::id), editing.map(GraduationPathway::version), name.getValue(),
                    description.getValue(), active.getValue(), drafts));
            Notifications.success("Pathway saved: " + name.getValue().strip());
            close();
            saved.accept(id);
        } catch (DomainException problem) {
            if (problem.field().filter(field -> field.equals("criteria") || field.equals("label")
                    || field.equals("weight") || field.equals("period") || field.equals("kind")).isPresent()) {
                criteriaError.setText(problem.getMessage());
            } else {
                errors.show(problem);
            }
        }
    }
}
