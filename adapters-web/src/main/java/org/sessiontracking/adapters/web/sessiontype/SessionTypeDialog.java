package org.sessiontracking.adapters.web.sessiontype;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.sessiontracking.adapters.web.common.CharacterCounter;
import org.sessiontracking.adapters.web.common.FieldErrors;
import org.sessiontracking.adapters.web.common.Notifications;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.sessiontype.port.in.AddTopicUseCase;
import org.sessiontracking.application.sessiontype.port.in.CreateSessionTypeUseCase;
import org.sessiontracking.application.sessiontype.port.in.EditSessionTypeUseCase;
import org.sessiontracking.application.sessiontype.port.in.MoveTopicUseCase;
import org.sessiontracking.application.sessiontype.port.in.RenameTopicUseCase;
import org.sessiontracking.application.sessiontype.port.in.SessionTypeVersion;
import org.sessiontracking.application.sessiontype.port.in.TopicRef;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.MissingRecordPolicy;
import org.sessiontracking.domain.sessiontype.Frequency;
import org.sessiontracking.domain.sessiontype.HouseholdRule;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeDetails;
import org.sessiontracking.domain.sessiontype.Topic;
import org.sessiontracking.domain.sessiontype.TopicId;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Creates or edits one session type: every field of the user guide's table, and the topics editor,
 * which appears only while topic tracking is on. A refused value is shown next to its field and
 * nothing typed is lost. Topics of a new type are saved with it; on an existing type each topic
 * change is saved at once (it is its own use case), which the editor says.
 */
final class SessionTypeDialog extends Dialog {

    private final SessionTypeUseCases useCases;
    private final Consumer<SessionType> onSaved;
    private SessionType current;
    private final List<String> draftTopics = new ArrayList<>();

    private final Binder<SessionTypeFormModel> binder = new Binder<>();
    private final SessionTypeFormModel model;
    private final FieldErrors fieldErrors = new FieldErrors();
    private final TextField name = new TextField("Name");
    private final TextField code = new TextField("Code");
    private final TextArea description = new TextArea("Description");
    private final Select<Frequency> frequency = new Select<>();
    private final BigDecimalField duration = new BigDecimalField("Duration");
    private final TextField requiredAttendance = new TextField("Required Attendance");
    private final Select<ExcusedPolicy> excusedPolicy = new Select<>();
    private final IntegerField absenceWarning = new IntegerField("Warn after absences in a row");
    private final Select<MissingRecordPolicy> missingRecordPolicy = new Select<>();
    private final Select<HouseholdRule> householdRule = new Select<>();
    private final Checkbox topicTracking = new Checkbox("Topic Tracking");
    private final TopicsEditor topics;
    private final Div conflict = new Div();

    private SessionTypeDialog(SessionTypeUseCases useCases, SessionType existing, Consumer<SessionType> onSaved) {
        this.useCases = useCases;
        this.onSaved = onSaved;
        this.current = existing;
        this.model = existing == null ? new SessionTypeFormModel() : SessionTypeFormModel.of(existing);
        this.topics = new TopicsEditor(existing == null ? new DraftTopics() : new SavedTopics());
        setHeaderTitle(existing == null ? "New session type" : "Edit " + existing.name());
        setWidth("760px");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false);
        setId("session-type-dialog");

        configureFields();
        bind();
        FormLayout form = new FormLayout(name, code, description, frequency, duration, requiredAttendance,
                excusedPolicy, absenceWarning, missingRecordPolicy, householdRule, topicTracking);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        form.setColspan(description, 2);
        form.setColspan(topicTracking, 2);

        conflict.setId("conflict-message");
        conflict.setVisible(false);
        conflict.getStyle().set("color", "var(--lumo-error-text-color)")
                .set("background", "var(--lumo-error-color-10pct)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        add(conflict, form, topics);
        topicTracking.addValueChangeListener(event -> refreshTopics());
        refreshTopics();
        footer(existing);
    }

    static SessionTypeDialog create(SessionTypeUseCases useCases, Consumer<SessionType> onSaved) {
        return new SessionTypeDialog(useCases, null, onSaved);
    }

    static SessionTypeDialog edit(SessionTypeUseCases useCases, SessionType type, Consumer<SessionType> onSaved) {
        return new SessionTypeDialog(useCases, type, onSaved);
    }

    private void configureFields() {
        name.setId("type-name");
        name.setRequiredIndicatorVisible(true);
        // no maxLength on the inputs: the browser would cut a longer paste without a word; the counter
        // says the limit and the domain's refusal is shown on the field
        CharacterCounter.attach(name, SessionTypeDetails.MAX_NAME_LENGTH, "e.g. Family Development Session");
        code.setId("type-code");
        CharacterCounter.attach(code, SessionTypeDetails.MAX_CODE_LENGTH,
                "Optional short code used in session titles, e.g. FDS");
        description.setId("type-description");
        CharacterCounter.attach(description, SessionTypeDetails.MAX_DESCRIPTION_LENGTH, "");
        frequency.setLabel("Frequency");
        frequency.setId("type-frequency");
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(Frequency::label);
        frequency.setHelperText("How often sessions occur");
        duration.setId("type-duration");
        duration.setSuffixComponent(new Span("hours"));
        duration.setHelperText("Expected length, e.g. 1.5");
        requiredAttendance.setId("type-required-attendance");
        requiredAttendance.setSuffixComponent(new Span("%"));
        requiredAttendance.setHelperText("Minimum attendance for compliance; 0 means no requirement");
        excusedPolicy.setLabel("Excused absences in compliance");
        excusedPolicy.setId("type-excused-policy");
        excusedPolicy.setItems(ExcusedPolicy.values());
        excusedPolicy.setItemLabelGenerator(ExcusedPolicy::label);
        absenceWarning.setId("type-absence-warning");
        absenceWarning.setMin(1);
        absenceWarning.setMax(SessionTypeDetails.MAX_ABSENCE_WARNING);
        absenceWarning.setStepButtonsVisible(true);
        absenceWarning.setHelperText("The compliance screen's early warning lists who missed this many sessions in a row");
        missingRecordPolicy.setLabel("Enrolled, no record at a held session");
        missingRecordPolicy.setId("type-missing-record-policy");
        missingRecordPolicy.setItems(MissingRecordPolicy.values());
        missingRecordPolicy.setItemLabelGenerator(MissingRecordPolicy::label);
        missingRecordPolicy.setHelperText("For registrants enrolled in this type (Enrolment screen)");
        householdRule.setLabel("Household compliance");
        householdRule.setId("type-household-rule");
        householdRule.setItems(HouseholdRule.values());
        householdRule.setItemLabelGenerator(HouseholdRule::label);
        householdRule.setHelperText("How a household's compliance follows from its members'");
        topicTracking.setId("type-topic-tracking");
        topicTracking.setTooltipText("Record which topic each session covered");
        fieldErrors.register("name", name).register("code", code).register("description", description)
                .register("frequency", frequency).register("durationHours", duration)
                .register("requiredAttendance", requiredAttendance)
                .register("absenceWarning", absenceWarning);
    }

    private void bind() {
        binder.forField(name).asRequired("Name is required")
                .bind(SessionTypeFormModel::getName, SessionTypeFormModel::setName);
        binder.forField(code).bind(SessionTypeFormModel::getCode, SessionTypeFormModel::setCode);
        binder.forField(description).bind(SessionTypeFormModel::getDescription, SessionTypeFormModel::setDescription);
        binder.forField(frequency).asRequired("Frequency is required")
                .bind(SessionTypeFormModel::getFrequency, SessionTypeFormModel::setFrequency);
        binder.forField(duration).asRequired("Duration is required")
                .withValidator(hours -> hours.signum() > 0 && hours.compareTo(BigDecimal.valueOf(24)) <= 0,
                        "Duration must be more than 0 and at most 24 hours")
                .bind(SessionTypeFormModel::getDurationHours, SessionTypeFormModel::setDurationHours);
        binder.forField(requiredAttendance).asRequired("Required attendance is required")
                .withConverter(new WholePercentage())
                .withValidator(percent -> percent >= 0 && percent <= 100,
                        WholePercentage.OUT_OF_RANGE)
                .bind(SessionTypeFormModel::getRequiredAttendance, SessionTypeFormModel::setRequiredAttendance);
        binder.forField(excusedPolicy)
                .bind(SessionTypeFormModel::getExcusedPolicy, SessionTypeFormModel::setExcusedPolicy);
        binder.forField(missingRecordPolicy)
                .bind(SessionTypeFormModel::getMissingRecordPolicy, SessionTypeFormModel::setMissingRecordPolicy);
        binder.forField(absenceWarning).asRequired("Absences in a row for a warning are required")
                .withValidator(count -> count >= 1 && count <= SessionTypeDetails.MAX_ABSENCE_WARNING,
                        "Absences in a row for a warning must be between 1 and " + SessionTypeDetails.MAX_ABSENCE_WARNING)
                .bind(SessionTypeFormModel::getAbsenceWarning, SessionTypeFormModel::setAbsenceWarning);
        binder.forField(householdRule)
                .bind(SessionTypeFormModel::getHouseholdRule, SessionTypeFormModel::setHouseholdRule);
        binder.forField(topicTracking)
                .bind(SessionTypeFormModel::isTopicTracking, SessionTypeFormModel::setTopicTracking);
        binder.readBean(model);
    }

    private void footer(SessionType existing) {
        Button save = new Button("Save", VaadinIcon.CHECK.create(), event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-session-type");
        Button cancel = new Button("Cancel", event -> close());
        cancel.setId("cancel-session-type");
        if (existing != null) {
            Button retireOrReactivate = existing.active()
                    ? new Button("Retire type", VaadinIcon.ARCHIVE.create(), event -> confirmRetire())
                    : new Button("Reactivate type", VaadinIcon.ARROW_BACKWARD.create(), event -> reactivate());
            retireOrReactivate.setId("retire-session-type");
            if (existing.active()) {
                retireOrReactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            retireOrReactivate.getStyle().set("margin-inline-end", "auto");
            getFooter().add(retireOrReactivate);
        }
        getFooter().add(cancel, save);
    }

    private void save() {
        fieldErrors.clear();
        if (!binder.writeBeanIfValid(model)) {
            return;
        }
        try {
            SessionTypeDetails details = model.toDetails();
            SessionType saved = current == null
                    ? useCases.create().create(new CreateSessionTypeUseCase.Command(details, model.isTopicTracking(),
                    model.isTopicTracking() ? draftTopics : List.of()))
                    : useCases.edit().edit(new EditSessionTypeUseCase.Command(current.id(), current.version(), details,
                    model.isTopicTracking()));
            Notifications.success("Session type '" + saved.name() + "' saved");
            onSaved.accept(saved);
            close();
        } catch (ConcurrentModificationException changed) {
            showConflict(changed);
        } catch (DomainException problem) {
            fieldErrors.show(problem);
        }
    }

    private void showConflict(ConcurrentModificationException changed) {
        conflict.removeAll();
        Button reload = new Button("Load their version", event -> reloadStored());
        reload.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reload.setId("reload-session-type");
        conflict.add(new Span(changed.getMessage() + " Your input is still here. "), reload);
        conflict.setVisible(true);
    }

    private void reloadStored() {
        useCases.list().get(current.id()).ifPresent(stored -> {
            current = stored;
            binder.readBean(SessionTypeFormModel.of(stored));
            conflict.setVisible(false);
            refreshTopics();
            onSaved.accept(stored);
        });
    }

    private void confirmRetire() {
        ConfirmDialog confirm = new ConfirmDialog("Retire " + current.name() + "?",
                "A retired type keeps its sessions and history, but no new sessions can be created for it. "
                        + "You can reactivate it later.",
                "Retire", event -> changeStatus(true));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    private void reactivate() {
        changeStatus(false);
    }

    private void changeStatus(boolean retire) {
        try {
            SessionTypeVersion seen = new SessionTypeVersion(current.id(), current.version());
            SessionType saved = retire ? useCases.retire().retire(seen) : useCases.reactivate().reactivate(seen);
            Notifications.success("Session type '" + saved.name() + "' " + (retire ? "retired" : "reactivated"));
            onSaved.accept(saved);
            close();
        } catch (ConcurrentModificationException changed) {
            showConflict(changed);
        } catch (DomainException problem) {
            Notifications.error(problem.getMessage());
        }
    }

    private void refreshTopics() {
        boolean tracking = topicTracking.getValue();
        topics.setVisible(tracking);
        if (current == null) {
            topics.setHint("Add the topics sessions of this type can cover, in the order they are taught.");
            topics.setRows(draftTopics.stream().map(topic -> new TopicsEditor.Row(null, topic, true)).toList());
            return;
        }
        topics.setRows(current.topics().stream()
                .map(topic -> new TopicsEditor.Row(topic.id().value(), topic.name(), topic.active())).toList());
        topics.setHint(current.topicTracking()
                ? "Topic changes are saved as you make them. A retired topic is kept for past sessions but not offered to new ones."
                : "Save the session type with topic tracking on, then add its topics here.");
        topics.setEnabled(current.topicTracking());
    }

    /** Topics of a type not saved yet: a list kept here and saved with the type. */
    private final class DraftTopics implements TopicsEditor.Actions {
        @Override
        public void add(String topicName) {
            String valid = Topic.validName(topicName);
            requireNewName(valid, null);
            draftTopics.add(valid);
            refreshTopics();
        }

        @Override
        public void rename(TopicsEditor.Row row, String newName) {
            int index = draftTopics.indexOf(row.name());
            String valid = Topic.validName(newName);
            requireNewName(valid, row.name());
            draftTopics.set(index, valid);
            refreshTopics();
        }

        @Override
        public void move(TopicsEditor.Row row, int newPosition) {
            draftTopics.remove(row.name());
            draftTopics.add(newPosition, row.name());
            refreshTopics();
        }

        @Override
        public void retire(TopicsEditor.Row row) {
            draftTopics.remove(row.name());
            refreshTopics();
        }

        @Override
        public void restore(TopicsEditor.Row row) {
            throw new IllegalStateException("draft topics are never retired");
        }

        /** The same rule as the domain's, checked before the type exists: unique ignoring case. */
        private void requireNewName(String candidate, String except) {
            draftTopics.stream()
                    .filter(existing -> !existing.equals(except) && existing.equalsIgnoreCase(candidate))
                    .findFirst().ifPresent(existing -> {
                        throw new DomainException("topics", "Topic '" + existing + "' already exists");
                    });
        }
    }

    /** Topics of a stored type: each action is a use case, saved at once. */
    private final class SavedTopics implements TopicsEditor.Actions {
        @Override
        public void add(String topicName) {
            apply(seen -> useCases.addTopic().addTopic(new AddTopicUseCase.Command(seen, topicName)));
        }

        @Override
        public void rename(TopicsEditor.Row row, String newName) {
            apply(seen -> useCases.renameTopic().renameTopic(
                    new RenameTopicUseCase.Command(seen, new TopicId(row.id()), newName)));
        }

        @Override
        public void move(TopicsEditor.Row row, int newPosition) {
            apply(seen -> useCases.moveTopic().moveTopic(
                    new MoveTopicUseCase.Command(seen, new TopicId(row.id()), newPosition)));
        }

        @Override
        public void retire(TopicsEditor.Row row) {
            apply(seen -> useCases.retireTopic().retireTopic(new TopicRef(seen, new TopicId(row.id()))));
        }

        @Override
        public void restore(TopicsEditor.Row row) {
            apply(seen -> useCases.restoreTopic().restoreTopic(new TopicRef(seen, new TopicId(row.id()))));
        }

        private void apply(Function<SessionTypeVersion, SessionType> change) {
            try {
                current = change.apply(new SessionTypeVersion(current.id(), current.version()));
            } catch (ConcurrentModificationException changed) {
                showConflict(changed);
                return;
            }
            refreshTopics();
            onSaved.accept(current);
        }
    }
}
