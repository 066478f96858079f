package org.sessiontracking.adapters.web.sessiontype;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import org.sessiontracking.domain.common.DomainException;

import java.util.function.Consumer;

/** Asks for a topic's new name; a refused name stays in the field with the reason under it. */
final class RenameTopicDialog {

    private RenameTopicDialog() {
    }

    static void open(String currentName, Consumer<String> rename) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Rename topic");
        TextField name = new TextField("Topic name");
        name.setId("rename-topic-name");
        name.setValue(currentName);
        name.setWidth("22em");
        dialog.add(name);
        Button save = new Button("Rename", event -> {
            try {
                rename.accept(name.getValue());
                dialog.close();
            } catch (DomainException problem) {
                name.setErrorMessage(problem.getMessage());
                name.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setId("rename-topic-save");
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), save);
        dialog.open();
        name.focus();
    }
}
