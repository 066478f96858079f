package org.sessiontracking.adapters.web.apitoken;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.sessiontracking.adapters.web.common.Notifications;
import org.sessiontracking.application.apitoken.port.in.ManageApiTokensUseCase.CreatedToken;

/** Shows a new token's secret the only time it can be seen, with a button that copies it. */
final class NewTokenDialog extends Dialog {

    NewTokenDialog(CreatedToken created) {
        setHeaderTitle("Token \"" + created.token().name() + "\" created");
        setId("new-token-dialog");
        setWidth("44em");
        Paragraph once = new Paragraph("Copy the token now: it is shown only this once and cannot be seen again "
                + "(only a hash of it is kept). Send it as the header 'Authorization: Bearer <token>'.");
        TextField value = new TextField("Token");
        value.setId("new-token-value");
        value.setValue(created.plainText());
        value.setReadOnly(true);
        value.setWidthFull();
        Button copy = new Button("Copy", VaadinIcon.COPY.create(), event -> {
            value.getElement().executeJs("navigator.clipboard.writeText($0)", created.plainText());
            Notifications.success("Token copied");
        });
        copy.setId("copy-token");
        HorizontalLayout row = new HorizontalLayout(value, copy);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.expand(value);
        add(once, row);
        Button done = new Button("I have copied it", event -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("close-new-token");
        getFooter().add(done);
        setCloseOnOutsideClick(false);
    }
}
