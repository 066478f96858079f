package org.sessiontracking.adapters.web.compliance;

import com.vaadin.flow.component.select.Select;
import org.sessiontracking.application.compliance.ComplianceCriteria.EarlyWarning;
import org.sessiontracking.domain.sessiontype.SessionType;

/**
 * The compliance list's early-warning filter: everyone, those who cannot reach the type's threshold any
 * more, those at risk, and those with the type's number of absences in a row. What each means is said
 * in the helper text under it, in the type's own numbers.
 */
final class EarlyWarningSelect extends Select<EarlyWarning> {

    private SessionType type;

    EarlyWarningSelect() {
        setLabel("Early warning");
        setId("compliance-warning");
        setItems(EarlyWarning.values());
        setEmptySelectionAllowed(true);
        setEmptySelectionCaption("Everyone");
        setItemLabelGenerator(this::label);
        setWidth("17em");
    }

    /** The type whose threshold and absences in a row the labels name. */
    void showFor(SessionType sessionType) {
        this.type = sessionType;
        setItemLabelGenerator(this::label);
    }

    private String label(EarlyWarning warning) {
        if (warning == null) {
            return "Everyone";
        }
        return switch (warning) {
            case CANNOT_REACH -> "Cannot reach " + required() + " any more";
            case AT_RISK -> "At risk (one more absence)";
            case ABSENCES_IN_A_ROW -> (type == null ? "N" : Integer.toString(type.details().absenceWarning()))
                    + "+ absences in a row";
        };
    }

    private String required() {
        return type == null ? "the threshold" : type.details().requiredAttendance() + "%";
    }

    /** Says what the chosen warning means, with how many of the type's sessions in the period are still ahead. */
    void explain(int sessionsAhead) {
        EarlyWarning warning = getValue();
        String ahead = sessionsAhead == 0
                ? "; none is left in this period: choose one that includes the sessions ahead."
                : "; " + sessionsAhead + (sessionsAhead == 1 ? " session is" : " sessions are")
                + " left in this period (all areas).";
        setHelperText(warning == null ? "" : switch (warning) {
            case CANNOT_REACH -> "Below " + required() + " at the end of the period even if they attend every "
                    + "session still scheduled or in progress for their area" + ahead;
            case AT_RISK -> "Can still reach " + required() + ", but only by attending every session still "
                    + "scheduled or in progress for their area" + ahead;
            case ABSENCES_IN_A_ROW -> "Their latest records in the period are absences, since the last session "
                    + "they attended (the number is set per session type).";
        });
    }
}
