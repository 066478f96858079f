package org.sessiontracking.adapters.web.compliance;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.sessiontracking.adapters.web.common.Notifications;
import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.port.in.FlagRegistrantUseCase;
import org.sessiontracking.domain.common.DomainException;

/** Raises a follow-up flag, with one note, for everyone an early warning lists, after saying how many. */
final class FlagAllDialog extends Dialog {

    FlagAllDialog(FlagRegistrantUseCase flags, ComplianceCriteria criteria, String listName, int listed,
                  Runnable saved) {
        setHeaderTitle("Flag the list for follow-up");
        setId("flag-all-dialog");
        Paragraph what = new Paragraph("A follow-up flag will be raised for each of the " + listed
                + (listed == 1 ? " registrant" : " registrants") + " listed as \u201c" + listName
                + "\u201d, with the note below. Registrants who already have an open flag for this type are skipped.");
        TextArea note = new TextArea("Note");
        note.setId("flag-all-note");
        note.setWidthFull();
        note.setValue(listName + ": ");
        note.setHelperText("What to follow up, e.g. a home visit before the period closes");
        Button save = new Button("Flag " + listed, event -> {
            try {
                int flagged = flags.flagAll(new FlagRegistrantUseCase.FlagAllCommand(criteria, note.getValue()));
                Notifications.success(flagged + (flagged == 1 ? " registrant" : " registrants")
                        + " flagged for follow-up" + (flagged < listed ? " (" + (listed - flagged)
                        + " already had an open flag)" : ""));
                close();
                saved.run();
            } catch (DomainException problem) {
                note.setErrorMessage(problem.getMessage());
                note.setInvalid(true);
            }
        });
        save.setId("save-flag-all");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", event -> close());
        cancel.setId("cancel-flag-all");
        add(what, note);
        getFooter().add(cancel, save);
        setWidth("32em");
    }
}
