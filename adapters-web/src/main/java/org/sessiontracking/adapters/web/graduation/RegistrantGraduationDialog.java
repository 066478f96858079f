package org.sessiontracking.adapters.web.graduation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.sessiontracking.adapters.web.common.FieldErrors;
import org.sessiontracking.adapters.web.common.Notifications;
import org.sessiontracking.application.graduation.ReadinessRow;
import org.sessiontracking.application.graduation.port.in.GraduationHistoryUseCase;
import org.sessiontracking.application.graduation.port.in.RecordAssessmentUseCase;
import org.sessiontracking.application.graduation.port.in.RevokeGraduationUseCase;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.graduation.CriterionKind;
import org.sessiontracking.domain.graduation.CriterionState;
import org.sessiontracking.domain.graduation.FrozenCriterion;
import org.sessiontracking.domain.graduation.Graduation;
import org.sessiontracking.domain.graduation.GraduationPathway;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One registrant on a pathway: each criterion's state (assessed ones can be recorded here), and every
 * graduation record with the criteria as they stood, revoked ones included; a manager revokes here.
 */
final class RegistrantGraduationDialog extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final GraduationUseCases useCases;
    private final GraduationPathway pathway;
    private final Runnable changed;
    private final LocalDate today;

    RegistrantGraduationDialog(GraduationUseCases useCases, GraduationPathway pathway, ReadinessRow row,
                               boolean mayAssess, boolean mayRevoke, Runnable changed) {
        this.useCases = useCases;
        this.pathway = pathway;
        this.changed = changed;
        this.today = LocalDate.now(useCases.clock());
        setHeaderTitle(row.name() + " (" + row.externalId() + ") - " + pathway.name());
        setId("registrant-graduation");
        Paragraph readiness = new Paragraph("Readiness " + row.readiness().percent() + "%: "
                + (row.readiness().ready() ? "ready" : "not ready")
                + (row.readiness().missingRequired().isEmpty() ? "" : " (required and not met: "
                + String.join(", ", row.readiness().missingRequired().stream().map(state -> state.criterion().label())
                .toList()) + ")"));
        readiness.setId("registrant-readiness");
        add(readiness);
        for (CriterionState state : row.readiness().states()) {
            add(criterion(row, state, mayAssess));
        }
        add(new H4("Graduation records"));
        var history = useCases.history().history(pathway.id(), row.registrant());
        if (history.isEmpty()) {
            add(new Paragraph("Not graduated from this pathway."));
        }
        history.forEach(entry -> add(record(entry, mayRevoke)));
        getFooter().add(new Button("Close", event -> close()));
        setWidth("min(48rem, 96vw)");
    }

    private HorizontalLayout criterion(ReadinessRow row, CriterionState state, boolean mayAssess) {
        Span name = new Span((state.met() ? "\u2714 " : "\u2718 ") + state.criterion().label()
                + (state.criterion().required() ? " (required)" : "") + ", weight " + state.criterion().weight()
                + ", score " + state.scorePercent() + "%");
        name.getStyle().set("font-weight", "600").set("color", state.met() ? "var(--lumo-success-text-color)"
                : "var(--lumo-error-text-color)");
        Span detail = new Span(state.criterion().kind().label() + ": " + state.detail());
        VerticalLayout text = new VerticalLayout(name, detail);
        text.setPadding(false);
        text.setSpacing(false);
        HorizontalLayout line = new HorizontalLayout(text);
        line.setWidthFull();
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        if (mayAssess && state.criterion().kind() instanceof CriterionKind.StaffAssessed) {
            Button assess = new Button("Assess", event -> openAssessment(row, state));
            assess.setId("assess-" + state.criterion().id().value());
            line.add(assess);
        }
        return line;
    }

    private void openAssessment(ReadinessRow row, CriterionState state) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Assess " + state.criterion().label() + " for " + row.name());
        RadioButtonGroup<Boolean> met = new RadioButtonGroup<>("Verdict");
        met.setId("assessment-met");
        met.setItems(true, false);
        met.setItemLabelGenerator(value -> value ? "Met" : "Not met");
        met.setValue(true);
        DatePicker on = new DatePicker("Assessed on", today);
        on.setId("assessment-date");
        TextArea note = new TextArea("Note");
        note.setId("assessment-note");
        note.setWidthFull();
        FieldErrors errors = new FieldErrors().register("assessedOn", on).register("note", note);
        Button save = new Button("Save assessment", event -> {
            errors.clear();
            try {
                useCases.assess().record(new RecordAssessmentUseCase.Command(pathway.id(), state.criterion().id(),
                        row.registrant(), met.getValue(), note.getValue(), on.getValue()));
                Notifications.success("Assessment saved");
                dialog.close();
                close();
                changed.run();
            } catch (DomainException problem) {
                errors.show(problem);
            }
        });
        save.setId("save-assessment");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(met, on, note);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), save);
        dialog.setWidth("28em");
        dialog.open();
    }

    private VerticalLayout record(GraduationHistoryUseCase.Entry entry, boolean mayRevoke) {
        Graduation graduation = entry.graduation();
        Span title = new Span("Graduated on " + graduation.graduatedOn() + ", recorded by " + entry.recordedBy() + " on "
                + WHEN.format(graduation.recordedAt()) + "; readiness then " + graduation.readinessPercent() + "%"
                + (graduation.wasReady() ? ", ready" : ", not ready"));
        title.getStyle().set("font-weight", "600");
        VerticalLayout box = new VerticalLayout(title);
        box.setId("graduation-" + graduation.id().value());
        box.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)");
        if (!graduation.reason().isEmpty()) {
            box.add(new Span("Reason: " + graduation.reason()));
        }
        for (FrozenCriterion criterion : graduation.criteria()) {
            box.add(new Span((criterion.met() ? "\u2714 " : "\u2718 ") + criterion.label() + " (" + criterion.kind()
                    + (criterion.required() ? ", required" : "") + ", weight " + criterion.weight() + "): "
                    + criterion.detail()));
        }
        graduation.revocation().ifPresentOrElse(revocation -> {
            Span revoked = new Span("Revoked by " + entry.revokedBy() + " on " + WHEN.format(revocation.at()) + ": "
                    + revocation.reason());
            revoked.getElement().getThemeList().add("badge error");
            box.add(revoked);
        }, () -> {
            if (mayRevoke) {
                Button revoke = new Button("Revoke graduation", event -> openRevocation(graduation));
                revoke.setId("revoke-" + graduation.id().value());
                revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
                box.add(revoke);
            }
        });
        return box;
    }

    private void openRevocation(Graduation graduation) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Revoke the graduation of " + graduation.graduatedOn() + "?");
        Paragraph keep = new Paragraph("The record stays readable, marked revoked; the registrant can graduate again.");
        TextArea reason = new TextArea("Reason");
        reason.setId("revoke-reason");
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        FieldErrors errors = new FieldErrors().register("reason", reason);
        Button confirm = new Button("Revoke", event -> {
            errors.clear();
            try {
                useCases.revoke().revoke(new RevokeGraduationUseCase.Command(graduation.id(), graduation.version(),
                        reason.getValue()));
                Notifications.success("Graduation revoked");
                dialog.close();
                close();
                changed.run();
            } catch (DomainException problem) {
                errors.show(problem);
            }
        });
        confirm.setId("confirm-revoke");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(keep, reason);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), confirm);
        dialog.setWidth("28em");
        dialog.open();
    }
}
