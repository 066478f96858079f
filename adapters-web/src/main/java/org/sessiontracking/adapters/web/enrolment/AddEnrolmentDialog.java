package org.sessiontracking.adapters.web.enrolment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.sessiontracking.adapters.web.common.FieldErrors;
import org.sessiontracking.adapters.web.common.Notifications;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.enrolment.port.in.AddEnrolmentUseCase;
import org.sessiontracking.application.sessiontype.SessionTypeFilter;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.sessiontype.SessionType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * "Add enrolment": which session type, whom (areas; households by external id, meaning their members; or
 * registrants by external id), from a first day, until a last day or open. A refused input is shown next to
 * its field; nothing typed is lost.
 */
final class AddEnrolmentDialog extends Dialog {

    static final String AREAS = "Areas";
    static final String HOUSEHOLDS = "Households";
    static final String REGISTRANTS = "Registrants";

    private final EnrolmentUseCases useCases;
    private final Runnable added;
    private final Select<SessionType> type = new Select<>();
    private final RadioButtonGroup<String> who = new RadioButtonGroup<>("Who is expected");
    private final MultiSelectComboBox<String> areas = new MultiSelectComboBox<>("Areas");
    private final TextArea externalIds = new TextArea("External ids");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("Until (optional)");
    private final FieldErrors errors = new FieldErrors();

    AddEnrolmentDialog(EnrolmentUseCases useCases, LocalDate today, Runnable added) {
        this.useCases = useCases;
        this.added = added;
        setId("add-enrolment-dialog");
        setHeaderTitle("Add enrolment");
        setWidth("min(40em, 95vw)");

        type.setLabel("Session type");
        type.setId("enrolment-type");
        type.setItems(useCases.types().list(SessionTypeFilter.ALL, PageRequest.first(PageRequest.MAX_LIMIT)));
        type.setItemLabelGenerator(value -> value == null ? "" : value.name());
        who.setId("enrolment-who");
        who.setItems(AREAS, HOUSEHOLDS, REGISTRANTS);
        who.setValue(AREAS);
        areas.setId("enrolment-areas");
        areas.setItems(useCases.list().areas());
        areas.setAllowCustomValue(false);
        areas.setPlaceholder("Type part of an area's name, then choose it");
        externalIds.setId("enrolment-external-ids");
        externalIds.setVisible(false);
        who.addValueChangeListener(event -> {
            areas.setVisible(AREAS.equals(event.getValue()));
            externalIds.setVisible(!AREAS.equals(event.getValue()));
            externalIds.setHelperText(HOUSEHOLDS.equals(event.getValue())
                    ? "The households' external ids: their members are expected. One per line, or separated by "
                    + "commas or spaces"
                    : "One per line, or separated by commas or spaces, as on the Registrants screen");
        });
        from.setId("enrolment-from");
        from.setValue(today);
        to.setId("enrolment-to");
        to.setHelperText("Leave empty while they stay enrolled");
        errors.register("scope", areas).register("areas", areas).register("households", externalIds)
                .register("registrants", externalIds).register("from", from).register("to", to)
                .register("type", type);

        FormLayout form = new FormLayout(type, who, areas, externalIds, from, to);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(type, 2);
        form.setColspan(who, 2);
        form.setColspan(areas, 2);
        form.setColspan(externalIds, 2);
        add(form);

        Button save = new Button("Add enrolment", event -> save());
        save.setId("save-enrolment");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", event -> close());
        cancel.setId("cancel-enrolment");
        getFooter().add(cancel, save);
    }

    private void save() {
        errors.clear();
        String kind = who.getValue();
        List<String> ids = Arrays.asList(externalIds.getValue().split("[\\s,;]+"));
        try {
            useCases.add().add(new AddEnrolmentUseCase.Command(
                    Optional.ofNullable(type.getValue()).map(SessionType::id).orElse(null), from.getValue(),
                    Optional.ofNullable(to.getValue()), AREAS.equals(kind) ? new ArrayList<>(areas.getValue()) : List.of(),
                    HOUSEHOLDS.equals(kind) ? ids : List.of(), REGISTRANTS.equals(kind) ? ids : List.of()));
        } catch (DomainException problem) {
            errors.show(problem);
            return;
        }
        Notifications.success("Enrolment added: " + type.getValue().name());
        close();
        added.run();
    }
}
