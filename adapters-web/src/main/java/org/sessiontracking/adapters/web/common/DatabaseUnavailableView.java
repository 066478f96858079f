package org.sessiontracking.adapters.web.common;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sessiontracking.application.common.StorageUnavailableException;

/**
 * A page that could not be opened because the database could not be reached: says so plainly and
 * offers to try again (the same address), instead of Vaadin's error page with the exception's text.
 * Outside the main layout, which itself needs the database.
 */
@AnonymousAllowed
public class DatabaseUnavailableView extends Div implements HasErrorParameter<StorageUnavailableException> {

    static final String NOTHING_LOST = "Nothing saved before is lost: try again in a moment.";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<StorageUnavailableException> parameter) {
        removeAll();
        setId("database-unavailable");
        addClassNames("p-l");
        // the exception's own message speaks of edits on screen; a page that did not open has none
        boolean busy = StorageUnavailableException.BUSY_MESSAGE.equals(parameter.getException().getMessage());
        Div message = new Div((busy ? "The application is too busy to reach the database just now."
                : "The database cannot be reached just now.") + " " + NOTHING_LOST);
        message.setId("database-unavailable-message");
        String location = event.getLocation().getPathWithQueryParameters();
        Anchor again = new Anchor("/" + location, "Try again");
        again.setId("database-unavailable-retry");
        add(new H2("This page cannot be opened just now"), message, again);
        return 503;
    }
}
