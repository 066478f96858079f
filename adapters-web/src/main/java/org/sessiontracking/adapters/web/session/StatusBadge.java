package org.sessiontracking.adapters.web.session;

import com.vaadin.flow.component.html.Span;
import org.sessiontracking.domain.session.SessionStatus;

/** A session status as a coloured badge. */
final class StatusBadge {

    private StatusBadge() {
    }

    static Span of(SessionStatus status) {
        Span badge = new Span(status.label());
        String theme = switch (status) {
            case SCHEDULED -> "badge";
            case IN_PROGRESS -> "badge contrast";
            case COMPLETED -> "badge success";
            case CANCELLED -> "badge error";
        };
        badge.getElement().getThemeList().add(theme);
        badge.getElement().setAttribute("data-status", status.name());
        return badge;
    }
}
