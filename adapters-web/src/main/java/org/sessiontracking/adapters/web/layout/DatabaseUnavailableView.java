package org.sessiontracking.adapters.web.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sessiontracking.application.common.StorageUnavailableException;

/**
 * A page that could not be opened because the database could not be reached: says so plainly and
 * offers to try again (the same address), instead of Vaadin's error page with the exception's text.
 * It looks like the other error pages but stands outside the main layout, which itself needs the
 * database.
 */
@AnonymousAllowed
public class DatabaseUnavailableView extends ErrorPage implements HasErrorParameter<StorageUnavailableException> {

    static final String NOTHING_LOST = "Nothing saved before is lost: try again in a moment.";

    private final Anchor again;

    public DatabaseUnavailableView() {
        this(new Anchor("", "Try again"));
    }

    private DatabaseUnavailableView(Anchor again) {
        super("database-unavailable", VaadinIcon.PLUG, again);
        this.again = again;
        again.setId("database-unavailable-retry");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<StorageUnavailableException> parameter) {
        // the exception's own message speaks of edits on screen; a page that did not open has none
        boolean busy = StorageUnavailableException.BUSY_MESSAGE.equals(parameter.getException().getMessage());
        show("This page cannot be opened just now", (busy ? "The application is too busy to reach the database just now."
                : "The database cannot be reached just now.") + " " + NOTHING_LOST);
        again.setHref("/" + event.getLocation().getPathWithQueryParameters());
        return 503;
    }
}
