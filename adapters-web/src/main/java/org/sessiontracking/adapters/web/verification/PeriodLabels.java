package org.sessiontracking.adapters.web.verification;

import com.vaadin.flow.component.html.Span;
import org.sessiontracking.application.verification.FrozenVersion;
import org.sessiontracking.domain.verification.PeriodState;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How the verification screens write dates, states and versions. */
final class PeriodLabels {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.UK);
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
            .withZone(ZoneId.systemDefault());

    private PeriodLabels() {
    }

    /** The state as a badge: open green, past deadline orange, closed grey, reopened blue. */
    static Span state(PeriodState state) {
        Span badge = new Span(state.label());
        String theme = switch (state) {
            case OPEN -> "badge success";
            case PAST_DEADLINE -> "badge warning";
            case CLOSED -> "badge contrast";
            case REOPENED -> "badge";
        };
        badge.getElement().getThemeList().addAll(java.util.List.of(theme.split(" ")));
        return badge;
    }

    static String version(FrozenVersion version) {
        return "Version " + version.version() + " \u2013 closed " + WHEN.format(version.closedAt()) + " by "
                + version.closedBy();
    }
}
