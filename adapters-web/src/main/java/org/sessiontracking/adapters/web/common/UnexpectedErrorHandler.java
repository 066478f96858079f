package org.sessiontracking.adapters.web.common;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.sessiontracking.domain.common.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place for errors a screen did not handle. A broken rule (a {@link DomainException}) is
 * shown as it is; anything else is logged with a reference and the user gets a plain apology,
 * never a stack trace.
 */
public final class UnexpectedErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        DomainException rule = findRule(error);
        UI ui = UI.getCurrent();
        if (rule != null) {
            if (ui != null) {
                ui.access(() -> Notifications.error(rule.getMessage()));
            }
            return;
        }
        String reference = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        log.error("Unexpected error, reference {}", reference, error);
        if (ui != null) {
            ui.access(() -> Notifications.error("Something went wrong and your last action was not completed. "
                    + "Please try again; if it keeps happening, tell your administrator (reference " + reference + ")."));
        }
    }

    private static DomainException findRule(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException rule) {
                return rule;
            }
        }
        return null;
    }
}
