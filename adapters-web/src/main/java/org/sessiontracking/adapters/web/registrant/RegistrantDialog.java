package org.sessiontracking.adapters.web.registrant;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.sessiontracking.adapters.web.common.FieldErrors;
import org.sessiontracking.adapters.web.common.Notifications;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.registrant.RegistrantSummary;
import org.sessiontracking.application.registrant.RegistrantSummary.GroupRef;
import org.sessiontracking.application.registrant.port.in.EditRegistrantUseCase;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.registrant.RegistrantDetails;
import org.sessiontracking.domain.registrant.RegistrantKind;
import org.sessiontracking.domain.registrant.Sex;
import org.sessiontracking.domain.user.Permission;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Shows one registrant; managers and administrators may correct it. The external id is the social
 * registry's key and is shown but not edited. A refused value is shown next to its field and
 * nothing typed is lost; a change someone else saved meanwhile is reported, not overwritten.
 */
final class RegistrantDialog extends Dialog {

    private final RegistrantUseCases useCases;
    private final Consumer<RegistrantSummary> onSaved;
    private RegistrantSummary current;
    private final RegistrantFormModel model;
    private final Binder<RegistrantFormModel> binder = new Binder<>();
    private final FieldErrors fieldErrors = new FieldErrors();

    private final TextField externalId = new TextField("External ID");
    private final TextField fullName = new TextField("Full Name");
    private final Select<RegistrantKind> kind = new Select<>();
    private final ComboBox<GroupRef> group;
    private final ComboBox<GroupRef> grantee;
    private final TextField area = new TextField("Area");
    private final Select<Sex> sex = new Select<>();
    private final DatePicker birthDate = new DatePicker("Birth Date");
    private final Checkbox active = new Checkbox("Active");
    private final Div conflict = new Div();
    private final boolean mayEdit;

    RegistrantDialog(RegistrantUseCases useCases, RegistrantSummary registrant, Consumer<RegistrantSummary> onSaved) {
        this.useCases = useCases;
        this.onSaved = onSaved;
        this.current = registrant;
        this.model = RegistrantFormModel.of(registrant, currentGrantee(useCases, registrant));
        this.group = HouseholdPicker.create("Household", useCases.search());
        this.grantee = HouseholdPicker.member("Grantee", useCases.search(), registrant.id());
        this.mayEdit = useCases.currentUser().currentUser().may(Permission.IMPORT_REGISTRANTS);
        setHeaderTitle(registrant.fullName());
        setId("registrant-dialog");
        setWidth("640px");
        setMaxWidth("100%");
        setCloseOnOutsideClick(!mayEdit);

        configureFields();
        bind();
        binder.readBean(model);
        binder.setReadOnly(!mayEdit);
        showHouseholdFields(kind.getValue());

        FormLayout form = new FormLayout(externalId, fullName, kind, group, grantee, area, sex, birthDate, active);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("450px", 2));
        conflict.setId("registrant-conflict");
        conflict.setVisible(false);
        conflict.getStyle().set("color", "var(--lumo-error-text-color)")
                .set("background", "var(--lumo-error-color-10pct)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        add(conflict, form);

        Button close = new Button(mayEdit ? "Cancel" : "Close", event -> close());
        close.setId("close-registrant");
        getFooter().add(close);
        if (mayEdit) {
            Button save = new Button("Save", event -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("save-registrant");
            getFooter().add(save);
        }
    }

    private void configureFields() {
        externalId.setId("registrant-external-id");
        externalId.setValue(current.externalId());
        externalId.setReadOnly(true);
        externalId.setHelperText("The id in the social registry; it identifies the registrant in CSV imports");
        fullName.setId("registrant-full-name");
        fullName.setRequiredIndicatorVisible(true);
        fullName.setMaxLength(RegistrantDetails.MAX_NAME_LENGTH);
        kind.setLabel("Kind");
        kind.setId("registrant-kind");
        kind.setItems(RegistrantKind.values());
        kind.setItemLabelGenerator(RegistrantKind::label);
        kind.addValueChangeListener(event -> {
            if (event.getValue() == RegistrantKind.GROUP) {
                group.clear();
            } else {
                grantee.clear();
            }
            showHouseholdFields(event.getValue());
        });
        group.setId("registrant-household");
        group.setHelperText("The household this person belongs to, if any");
        grantee.setId("registrant-grantee");
        grantee.setHelperText("The member whose attendance counts for the household where a session type's "
                + "household rule is \"The grantee attended\"");
        area.setId("registrant-area");
        area.setMaxLength(RegistrantDetails.MAX_AREA_LENGTH);
        area.setHelperText("e.g. the barangay");
        sex.setLabel("Sex");
        sex.setId("registrant-sex");
        sex.setItems(Sex.values());
        sex.setItemLabelGenerator(value -> value == null ? "Unknown" : value.label());
        sex.setEmptySelectionAllowed(true);
        sex.setEmptySelectionCaption("Unknown");
        birthDate.setId("registrant-birth-date");
        birthDate.setMax(LocalDate.now());
        birthDate.setMin(RegistrantDetails.EARLIEST_BIRTH_DATE);
        active.setId("registrant-active");
        active.setTooltipText("Inactive registrants are not offered when adding people to a session");
        fieldErrors.register("fullName", fullName).register("kind", kind).register("group", group)
                .register("area", area).register("birthDate", birthDate).register("grantee", grantee);
    }

    /** The household's grantee while still one of its members (one who moved away is no grantee any more). */
    private static Optional<GroupRef> currentGrantee(RegistrantUseCases useCases, RegistrantSummary household) {
        return household.granteeId().flatMap(useCases.search()::get)
                .filter(member -> member.group().map(GroupRef::id).equals(Optional.of(household.id())))
                .map(member -> new GroupRef(member.id(), member.externalId(), member.fullName()));
    }

    /** A household has a grantee and belongs to no household; an individual the other way round. */
    private void showHouseholdFields(RegistrantKind value) {
        group.setVisible(value != RegistrantKind.GROUP);
        group.setReadOnly(!mayEdit);
        grantee.setVisible(value == RegistrantKind.GROUP);
        grantee.setReadOnly(!mayEdit);
    }

    private void bind() {
        binder.forField(fullName).asRequired("Full name is required")
                .bind(RegistrantFormModel::getFullName, RegistrantFormModel::setFullName);
        binder.forField(kind).asRequired("Kind is required")
                .bind(RegistrantFormModel::getKind, RegistrantFormModel::setKind);
        binder.forField(group).bind(RegistrantFormModel::getGroup, RegistrantFormModel::setGroup);
        binder.forField(grantee).bind(RegistrantFormModel::getGrantee, RegistrantFormModel::setGrantee);
        binder.forField(area).bind(RegistrantFormModel::getArea, RegistrantFormModel::setArea);
        binder.forField(sex).bind(RegistrantFormModel::getSex, RegistrantFormModel::setSex);
        binder.forField(birthDate).bind(RegistrantFormModel::getBirthDate, RegistrantFormModel::setBirthDate);
        binder.forField(active).bind(RegistrantFormModel::isActive, RegistrantFormModel::setActive);
    }

    private void save() {
        fieldErrors.clear();
        if (!binder.writeBeanIfValid(model)) {
            return;
        }
        try {
            RegistrantSummary saved = useCases.edit().edit(new EditRegistrantUseCase.Command(current.id(),
                    current.version(), model.details(), Optional.ofNullable(model.getGroup()).map(GroupRef::id),
                    model.isActive(), Optional.ofNullable(model.getGrantee()).map(GroupRef::id)));
            Notifications.success("Saved " + saved.fullName());
            onSaved.accept(saved);
            close();
        } catch (ConcurrentModificationException changed) {
            conflict.setText(changed.getMessage());
            conflict.setVisible(true);
        } catch (DomainException refused) {
            fieldErrors.show(refused);
        }
    }
}
