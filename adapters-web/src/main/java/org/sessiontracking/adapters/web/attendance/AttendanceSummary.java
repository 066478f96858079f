package org.sessiontracking.adapters.web.attendance;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.shared.Tooltip;
import org.sessiontracking.domain.attendance.AttendanceCounts;
import org.sessiontracking.domain.compliance.CompliancePolicy;

/**
 * The line above the Attendance grid: the counts being edited, their rate by the compliance rule of the
 * session's type (computed by the domain, so it is the figure the compliance screen shows), how many
 * excused rows lack a reason, and whether everything is saved.
 */
final class AttendanceSummary extends HorizontalLayout {

    private final Span counts = new Span();
    private final Span rate = new Span();
    private final Tooltip rateTooltip = Tooltip.forComponent(rate);
    private final Span excusedWarning = new Span();
    private final Span unsaved = new Span();

    AttendanceSummary() {
        counts.setId("attendance-counts");
        counts.getStyle().set("font-weight", "600");
        rate.setId("attendance-rate");
        rate.getStyle().set("font-weight", "600");
        unsaved.setId("unsaved-changes");
        excusedWarning.setId("excused-without-reason");
        excusedWarning.getStyle().set("color", "var(--lumo-warning-text-color, #8a6d00)");
        add(counts, rate, excusedWarning, unsaved);
        setAlignItems(FlexComponent.Alignment.BASELINE);
    }

    void show(AttendanceCounts current, CompliancePolicy policy, int excusedWithoutReason, int changes) {
        counts.setText(current.summary());
        showRate(current, policy);
        excusedWarning.setText(excusedWithoutReason == 0 ? "" : excusedWithoutReason + " excused without a reason");
        unsaved.setText(changes == 0 ? "All changes saved" : changes + (changes == 1 ? " unsaved change" : " unsaved changes"));
        unsaved.getElement().getThemeList().clear();
        unsaved.getElement().getThemeList().add(changes == 0 ? "badge success" : "badge warning");
    }

    /** The rate by the type's compliance rule, and which excused policy it applied. */
    private void showRate(AttendanceCounts current, CompliancePolicy policy) {
        rate.setText("Rate " + current.under(policy).rateText() + " (" + switch (policy.excusedPolicy()) {
            case LEFT_OUT -> "excused left out";
            case COUNTS_AS_PRESENT -> "excused count as present";
            case COUNTS_AS_ABSENT -> "excused count as absent";
        } + ")");
        rateTooltip.setText("As compliance counts it for this session type: " + switch (policy.excusedPolicy()) {
            case LEFT_OUT -> "Present out of Present + Absent; excused absences are left out of the calculation.";
            case COUNTS_AS_PRESENT -> "Present + Excused out of all records; an excused absence counts as present.";
            case COUNTS_AS_ABSENT -> "Present out of all records; an excused absence counts as absent.";
        } + " The type's excused-absence policy decides this.");
    }

    /** The rate's tooltip, for view tests. */
    String rateExplanation() {
        return rateTooltip.getText();
    }
}
