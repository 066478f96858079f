package org.sessiontracking.adapters.web.casework;

import com.vaadin.flow.component.html.Span;
import org.sessiontracking.domain.casework.ProgressState;

/** A plan's (or item's) progress state as a coloured badge. */
final class ProgressBadge {

    private ProgressBadge() {
    }

    static Span of(ProgressState state) {
        Span badge = new Span(state.label());
        badge.getElement().getThemeList().add(switch (state) {
            case COMPLIANT -> "badge success";
            case PARTIAL -> "badge warning";
            case NON_COMPLIANT -> "badge error";
            case IN_PROGRESS -> "badge";
            case NO_ITEMS -> "badge contrast";
        });
        badge.getElement().setAttribute("data-state", state.name());
        return badge;
    }

    static Span overdue() {
        Span badge = new Span("Overdue");
        badge.getElement().getThemeList().add("badge error primary");
        return badge;
    }
}
