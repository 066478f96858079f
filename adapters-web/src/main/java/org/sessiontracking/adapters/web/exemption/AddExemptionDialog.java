package org.sessiontracking.adapters.web.exemption;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.sessiontracking.adapters.web.common.FieldErrors;
import org.sessiontracking.adapters.web.common.Notifications;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.exemption.port.in.AddExemptionUseCase;
import org.sessiontracking.application.sessiontype.SessionTypeFilter;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.exemption.Exemption;
import org.sessiontracking.domain.sessiontype.SessionType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * "Add exemption": whom (areas, or registrants by external id), when (first and last day), which
 * session type (or all) and why. A refused input is shown next to its field; nothing typed is lost.
 */
final class AddExemptionDialog extends Dialog {

    static final String AREAS = "Areas";
    static final String REGISTRANTS = "Registrants";

    private final ExemptionUseCases useCases;
    private final Runnable added;
    private final Select<SessionType> type = new Select<>();
    private final RadioButtonGroup<String> who = new RadioButtonGroup<>("Who");
    private final MultiSelectComboBox<String> areas = new MultiSelectComboBox<>("Areas");
    private final TextArea externalIds = new TextArea("External ids");
    private final DatePicker from = new DatePicker("First day");
    private final DatePicker to = new DatePicker("Last day");
    private final TextField reason = new TextField("Reason");
    private final FieldErrors errors = new FieldErrors();

    AddExemptionDialog(ExemptionUseCases useCases, LocalDate today, Runnable added) {
        this.useCases = useCases;
        this.added = added;
        setId("add-exemption-dialog");
        setHeaderTitle("Add exemption");
        setWidth("min(40em, 95vw)");

        type.setLabel("Session type");
        type.setId("exemption-type");
        type.setItems(useCases.types().list(SessionTypeFilter.ALL, PageRequest.first(PageRequest.MAX_LIMIT)));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption("All session types");
        type.setItemLabelGenerator(value -> value == null ? "All session types" : value.name());
        who.setId("exemption-who");
        who.setItems(AREAS, REGISTRANTS);
        who.setValue(AREAS);
        areas.setId("exemption-areas");
        areas.setItems(useCases.list().areas());
        areas.setAllowCustomValue(false);
        areas.setPlaceholder("Type part of an area's name, then choose it");
        externalIds.setId("exemption-external-ids");
        externalIds.setHelperText("One per line, or separated by commas or spaces, as on the Registrants screen");
        externalIds.setVisible(false);
        who.addValueChangeListener(event -> {
            areas.setVisible(AREAS.equals(event.getValue()));
            externalIds.setVisible(REGISTRANTS.equals(event.getValue()));
        });
        from.setId("exemption-from");
        from.setValue(today);
        to.setId("exemption-to");
        to.setValue(today);
        from.addValueChangeListener(event -> {
            if (event.getValue() != null && (to.getValue() == null || to.getValue().isBefore(event.getValue()))) {
                to.setValue(event.getValue());
            }
        });
        reason.setId("exemption-reason");
        reason.setMaxLength(Exemption.MAX_REASON_LENGTH);
        reason.setPlaceholder("e.g. Typhoon emergency declared by the municipality");
        reason.setHelperText("Shown on the compliance list beside each registrant it covers");
        errors.register("scope", areas).register("areas", areas).register("registrants", externalIds)
                .register("from", from).register("to", to).register("reason", reason).register("type", type);

        FormLayout form = new FormLayout(type, who, areas, externalIds, from, to, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(type, 2);
        form.setColspan(who, 2);
        form.setColspan(areas, 2);
        form.setColspan(externalIds, 2);
        form.setColspan(reason, 2);
        add(form);

        Button save = new Button("Add exemption", event -> save());
        save.setId("save-exemption");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", event -> close());
        cancel.setId("cancel-exemption");
        getFooter().add(cancel, save);
    }

    private void save() {
        errors.clear();
        boolean byArea = AREAS.equals(who.getValue());
        try {
            useCases.add().add(new AddExemptionUseCase.Command(Optional.ofNullable(type.getValue()).map(SessionType::id),
                    from.getValue(), to.getValue(), byArea ? new ArrayList<>(areas.getValue()) : List.of(),
                    byArea ? List.of() : Arrays.asList(externalIds.getValue().split("[\\s,;]+")), reason.getValue()));
        } catch (DomainException problem) {
            errors.show(problem);
            return;
        }
        Notifications.success("Exemption added: " + reason.getValue().strip());
        close();
        added.run();
    }
}
