package org.sessiontracking.adapters.web.casework;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import org.sessiontracking.adapters.web.common.FieldErrors;
import org.sessiontracking.application.casework.port.in.ManageCasePlanUseCase.Item;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.session.SessionFilter;
import org.sessiontracking.application.session.SessionRow;
import org.sessiontracking.application.session.port.in.ListSessionsUseCase;
import org.sessiontracking.application.sessiontype.SessionTypeFilter;
import org.sessiontracking.domain.casework.PlanItem;
import org.sessiontracking.domain.casework.PlanRequirement;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.sessiontype.SessionType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Adds or edits one plan item: a number of sessions of a type (counted from an optional start, else from
 * the case's opening, to the due date), or one session of a type. The save callback stores it and
 * answers a problem to show, if any; what was typed stays.
 */
final class PlanItemDialog extends Dialog {

    static final String OF_TYPE = "Sessions of a type";
    static final String ONE_SESSION = "One session";

    /** Stores the item; throws a DomainException to show next to the fields. */
    interface Save {
        void save(Item item);
    }

    private final RadioButtonGroup<String> kind = new RadioButtonGroup<>("The registrant must attend");
    private final Select<SessionType> type = new Select<>();
    private final IntegerField count = new IntegerField("Number of sessions");
    private final DatePicker startsOn = new DatePicker("Counting from");
    private final ComboBox<SessionRow> session = new ComboBox<>("Session");
    private final DatePicker dueOn = new DatePicker("Due date");
    private final FieldErrors errors = new FieldErrors();
    /** The session of the item edited, kept unless another one is chosen. */
    private SessionId editingSession;

    PlanItemDialog(CaseUseCases useCases, LocalDate openedOn, Optional<PlanItem> editing, Save save) {
        setHeaderTitle(editing.isPresent() ? "Edit plan item " + editing.get().number() : "Add a plan item");
        kind.setItems(OF_TYPE, ONE_SESSION);
        kind.setId("item-kind");
        kind.setValue(OF_TYPE);
        type.setLabel("Session type");
        type.setId("item-type");
        List<SessionType> types = useCases.types().list(SessionTypeFilter.ACTIVE, PageRequest.first(PageRequest.MAX_LIMIT));
        type.setItems(types);
        type.setItemLabelGenerator(SessionType::name);
        count.setId("item-count");
        count.setMin(1);
        count.setMax(PlanRequirement.MAX_COUNT);
        count.setStepButtonsVisible(true);
        count.setValue(4);
        startsOn.setId("item-starts-on");
        startsOn.setHelperText("Empty: from the case's opening (" + openedOn + ")");
        startsOn.setClearButtonVisible(true);
        session.setId("item-session");
        session.setWidthFull();
        session.setPlaceholder("Type part of the location");
        session.setItemLabelGenerator(row -> row.title() + " · " + row.date());
        session.setItems(query -> useCases.sessions().list(ListSessionsUseCase.Scope.ALL, sessionFilter(openedOn,
                query.getFilter().orElse("")), new PageRequest(query.getOffset(), Math.min(query.getLimit(), 50),
                List.of())).stream());
        session.addValueChangeListener(event -> {
            if (event.getValue() != null && event.isFromClient()) {
                dueOn.setValue(event.getValue().date());
            }
        });
        type.addValueChangeListener(event -> session.getDataProvider().refreshAll());
        dueOn.setId("item-due-on");
        dueOn.setRequiredIndicatorVisible(true);
        kind.addValueChangeListener(event -> showKind());
        editing.ifPresent(item -> fill(item, types));
        showKind();
        errors.register("type", type).register("count", count).register("startsOn", startsOn)
                .register("session", session).register("dueOn", dueOn);
        FormLayout form = new FormLayout(kind, type, count, startsOn, session, dueOn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(kind, 2);
        form.setColspan(session, 2);
        add(form);
        Button ok = new Button(editing.isPresent() ? "Save item" : "Add item", event -> {
            errors.clear();
            try {
                save.save(item());
                close();
            } catch (DomainException problem) {
                errors.show(problem);
            }
        });
        ok.setId("save-item");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", event -> close()), ok);
        setWidth("40em");
    }

    private SessionFilter sessionFilter(LocalDate openedOn, String text) {
        SessionFilter filter = SessionFilter.ALL.withPeriod(openedOn, openedOn.plusYears(2))
                .withLocationContaining(text);
        return type.getValue() == null ? filter : filter.withType(type.getValue().id());
    }

    private void fill(PlanItem item, List<SessionType> types) {
        dueOn.setValue(item.dueOn());
        switch (item.requirement()) {
            case PlanRequirement.AttendSessionsOfType(var typeId, int required) -> {
                types.stream().filter(it -> it.id().equals(typeId)).findFirst().ifPresent(type::setValue);
                count.setValue(required);
                item.startsOn().ifPresent(startsOn::setValue);
            }
            case PlanRequirement.AttendSession(var sessionId) -> {
                kind.setValue(ONE_SESSION);
                session.setPlaceholder("Keep the session, or choose another");
                editingSession = sessionId;
            }
        }
    }

    private void showKind() {
        boolean ofType = OF_TYPE.equals(kind.getValue());
        count.setVisible(ofType);
        startsOn.setVisible(ofType);
        session.setVisible(!ofType);
        type.setHelperText(ofType ? null : "Narrows the sessions offered");
    }

    private Item item() {
        if (OF_TYPE.equals(kind.getValue())) {
            if (type.getValue() == null) {
                throw new InvalidValueException("type", "Choose the session type");
            }
            if (count.getValue() == null) {
                throw new InvalidValueException("count", "Enter how many sessions, from 1 to " + PlanRequirement.MAX_COUNT);
            }
            if (dueOn.getValue() == null) {
                throw new InvalidValueException("dueOn", "Each plan item needs a due date");
            }
            return Item.sessionsOfType(type.getValue().id(), count.getValue(),
                    Optional.ofNullable(startsOn.getValue()), dueOn.getValue());
        }
        var chosen = session.getValue() != null ? session.getValue().id() : editingSession;
        if (chosen == null) {
            throw new InvalidValueException("session", "Choose the session");
        }
        if (dueOn.getValue() == null) {
            throw new InvalidValueException("dueOn", "Each plan item needs a due date");
        }
        return Item.session(chosen, dueOn.getValue());
    }
}
