package org.sessiontracking.adapters.web.user;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.sessiontracking.adapters.web.common.FieldErrors;
import org.sessiontracking.adapters.web.common.Notifications;
import org.sessiontracking.application.user.port.in.ManageUsersUseCase;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.User;

/** Adds a user, or changes one's name, role, status or password. */
final class UserDialog {

    private UserDialog() {
    }

    static void add(ManageUsersUseCase users, Runnable onSaved) {
        Dialog dialog = new Dialog("Add user");
        TextField username = new TextField("Username");
        username.setId("user-username");
        TextField name = new TextField("Name");
        name.setId("user-name");
        Select<Role> role = roleSelect(Role.STAFF);
        PasswordField password = new PasswordField("Initial password");
        password.setId("user-password");
        password.setHelperText("At least " + User.MIN_PASSWORD_LENGTH + " characters; the user can be given a new one later");
        FieldErrors errors = new FieldErrors().register("username", username).register("displayName", name)
                .register("password", password);
        dialog.add(form(username, name, role, password));
        openWithSave(dialog, "Add user", errors, () -> {
            User added = users.addUser(new ManageUsersUseCase.AddUser(username.getValue(), name.getValue(),
                    role.getValue(), password.getValue()));
            Notifications.success("User '" + added.username().value() + "' added");
            onSaved.run();
        });
    }

    static void edit(ManageUsersUseCase users, User user, Runnable onSaved) {
        Dialog dialog = new Dialog("Edit " + user.displayName());
        TextField username = new TextField("Username");
        username.setValue(user.username().value());
        username.setReadOnly(true);
        TextField name = new TextField("Name");
        name.setId("user-name");
        name.setValue(user.displayName());
        Select<Role> role = roleSelect(user.role());
        Checkbox active = new Checkbox("Active (may sign in)", user.active());
        active.setId("user-active");
        PasswordField newPassword = new PasswordField("New password");
        newPassword.setId("user-password");
        newPassword.setHelperText("Leave empty to keep the current password");
        FieldErrors errors = new FieldErrors().register("displayName", name).register("role", role)
                .register("password", newPassword);
        dialog.add(form(username, name, role, active, newPassword));
        openWithSave(dialog, "Save", errors, () -> {
            if (!newPassword.isEmpty()) {
                User.checkPasswordStrength(newPassword.getValue());
            }
            User saved = users.changeUser(new ManageUsersUseCase.ChangeUser(user.id(), user.version(),
                    name.getValue(), role.getValue(), active.getValue()));
            if (!newPassword.isEmpty()) {
                users.resetPassword(new ManageUsersUseCase.ResetPassword(saved.id(), saved.version(),
                        newPassword.getValue()));
            }
            Notifications.success("User '" + saved.username().value() + "' saved");
            onSaved.run();
        });
    }

    /** Adds Cancel and the save button; a refused save keeps the dialog open with the problem at its field. */
    private static void openWithSave(Dialog dialog, String saveLabel, FieldErrors errors, Runnable save) {
        Button saveButton = new Button(saveLabel, event -> {
            errors.clear();
            try {
                save.run();
                dialog.close();
            } catch (DomainException problem) {
                errors.show(problem);
            }
        });
        saveButton.setId("save-user");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), saveButton);
        dialog.open();
    }

    private static Select<Role> roleSelect(Role initial) {
        Select<Role> role = new Select<>();
        role.setLabel("Role");
        role.setId("user-role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        role.setValue(initial);
        return role;
    }

    private static FormLayout form(Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("420px", 2));
        form.setMaxWidth("640px");
        return form;
    }
}
