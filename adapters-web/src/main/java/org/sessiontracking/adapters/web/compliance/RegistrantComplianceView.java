package org.sessiontracking.adapters.web.compliance;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sessiontracking.application.compliance.AttendanceLine;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.compliance.port.in.RegistrantComplianceUseCase;
import org.sessiontracking.application.compliance.port.in.RegistrantComplianceUseCase.PeriodCompliance;
import org.sessiontracking.application.compliance.port.in.RegistrantComplianceUseCase.RegistrantCompliance;
import org.sessiontracking.application.compliance.port.in.RegistrantComplianceUseCase.TypeCompliance;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.compliance.Compliance;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.time.Clock;
import java.util.Optional;

/**
 * One registrant: per session type, their compliance over the chosen period and, in rows below it,
 * in each month of it (each quarter for quarterly types); then their attendance records.
 */
@Route("compliance/registrant/:id")
@PageTitle("Registrant compliance")
@PermitAll
public class RegistrantComplianceView extends VerticalLayout implements BeforeEnterObserver {

    public static final String ID_PARAMETER = "id";

    /** A line of the compliance grid: a type over the whole period, or one of its months or quarters. */
    record Line(SessionTypeId type, String label, Optional<Period> part, Compliance compliance) {
        boolean overall() {
            return part.isEmpty();
        }
    }

    private final RegistrantComplianceUseCase compliance;
    private final H2 title = new H2();
    private final Span details = new Span();
    private Grid.Column<Line> noRecord;
    private final PeriodField period;
    private final TreeGrid<Line> perType = new TreeGrid<>();
    private final Grid<AttendanceLine> attendance = new Grid<>();
    private RegistrantId registrant;
    private final com.vaadin.flow.component.html.Div exemptNotes = new com.vaadin.flow.component.html.Div();
    private java.util.Map<org.sessiontracking.domain.session.SessionId, String> exempted = java.util.Map.of();

    public RegistrantComplianceView(RegistrantComplianceUseCase compliance, Clock clock) {
        this.compliance = compliance;
        setWidthFull();
        period = new PeriodField("registrant", clock, PeriodPreset.THIS_YEAR, this::refresh);
        configureCompliance();
        Span hint = new Span("Each type over the whole period, then month by month (quarter by quarter for "
                + "quarterly types): a month counts only its own sessions. One-time types show the whole period only.");
        hint.setId("registrant-compliance-hint");
        hint.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        attendance.setId("registrant-attendance-grid");
        attendance.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        attendance.addColumn(AttendanceLine::date).setHeader("Date").setWidth("7rem").setFlexGrow(0);
        attendance.addColumn(this::sessionText).setHeader("Session").setKey("session").setFlexGrow(3)
                .setTooltipGenerator(this::sessionText);
        attendance.addColumn(AttendanceLine::typeName).setHeader("Type").setFlexGrow(1)
                .setTooltipGenerator(AttendanceLine::typeName);
        attendance.addColumn(line -> line.status().label()).setHeader("Status").setFlexGrow(0).setWidth("6.5rem");
        attendance.addColumn(AttendanceLine::reason).setHeader("Reason").setFlexGrow(2);
        attendance.setHeight("28em");
        attendance.setEmptyStateText("No attendance records in this period.");
        exemptNotes.setId("registrant-exemptions");
        exemptNotes.getStyle().set("font-size", "var(--lumo-font-size-s)");
        add(title, details, period, new H3("Compliance per session type"), hint, exemptNotes, perType,
                new H3("Attendance"), attendance);
    }

    private void configureCompliance() {
        perType.setId("registrant-compliance-grid");
        // widths in rem: em would resolve differently in the header and the body (see ComplianceView)
        perType.addThemeVariants(GridVariant.LUMO_COMPACT);
        perType.setAllRowsVisible(true);
        perType.addHierarchyColumn(Line::label).setHeader("Session type / period").setKey("label")
                .setSortable(false).setFlexGrow(1).setWidth("14rem");
        perType.addColumn(line -> line.compliance().counts().present()).setHeader("Present").setKey("present")
                .setTextAlign(ColumnTextAlign.END).setWidth("5.5rem").setFlexGrow(0);
        perType.addColumn(line -> line.compliance().counts().absent()).setHeader("Absent").setKey("absent")
                .setTextAlign(ColumnTextAlign.END).setWidth("5.5rem").setFlexGrow(0);
        perType.addColumn(line -> line.compliance().counts().excused()).setHeader("Excused").setKey("excused")
                .setTextAlign(ColumnTextAlign.END).setWidth("5.5rem").setFlexGrow(0);
        noRecord = perType.addColumn(line -> line.compliance().missing()).setHeader("No record").setKey("no-record")
                .setTooltipGenerator(line -> line.compliance().missing() + " held sessions of their area while "
                        + "enrolled without a record of theirs")
                .setTextAlign(ColumnTextAlign.END).setWidth("6rem").setFlexGrow(0);
        perType.addColumn(line -> line.compliance().counted()).setHeader("Counted").setKey("counted")
                .setTextAlign(ColumnTextAlign.END).setWidth("6rem").setFlexGrow(0);
        perType.addColumn(line -> line.compliance().rateText()).setHeader("Rate").setKey("rate")
                .setTextAlign(ColumnTextAlign.END).setWidth("5.5rem").setFlexGrow(0);
        perType.addColumn(line -> line.overall() ? line.compliance().requiredPercent() + "%" : "")
                .setHeader("Required").setKey("required").setTextAlign(ColumnTextAlign.END).setWidth("6rem")
                .setFlexGrow(0);
        perType.addComponentColumn(line -> ComplianceView.badge(line.compliance().status())).setHeader("Status")
                .setKey("status").setWidth("8.5rem").setFlexGrow(0);
        perType.setPartNameGenerator(line -> line.overall() ? "overall" : null);
        perType.setEmptyStateText("No attendance at a session that counts in this period.");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong(ID_PARAMETER);
        if (id.isEmpty()) {
            event.forwardTo(ComplianceView.class);
            return;
        }
        show(new RegistrantId(id.get()));
    }

    void show(RegistrantId shown) {
        registrant = shown;
        refresh();
    }

    private void refresh() {
        if (registrant == null) {
            return;
        }
        Optional<Period> chosen = period.period();
        if (chosen.isEmpty()) {
            return;
        }
        try {
            RegistrantCompliance result = compliance.get(registrant, chosen.get());
            title.setText(result.registrant().name());
            details.setText(result.registrant().externalId() + " · " + result.registrant().area()
                    + (result.registrant().group().isEmpty() ? "" : " · group " + result.registrant().group()));
            showCompliance(result);
            exempted = result.exempted();
            exemptNotes.removeAll();
            result.perType().forEach(type -> type.exempt().ifPresent(note -> exemptNotes.add(
                    new com.vaadin.flow.component.html.Div(type.typeName() + ": " + note.text()))));
            attendance.setItems(result.attendance());
        } catch (DomainException problem) {
            title.setText(problem.getMessage());
            perType.setTreeData(new TreeData<>());
            attendance.setItems();
        }
    }

    /** The session's title, and why it does not count when it does not. */
    private String sessionText(AttendanceLine line) {
        if (line.cancelled()) {
            return line.title() + " (cancelled: not counted)";
        }
        String exemption = exempted.get(line.session());
        return exemption == null ? line.title() : line.title() + " (exempt, not counted: " + exemption + ")";
    }

    private void showCompliance(RegistrantCompliance result) {
        TreeData<Line> lines = new TreeData<>();
        for (TypeCompliance type : result.perType()) {
            Line overall = new Line(type.type(), type.typeName(), Optional.empty(), type.compliance());
            lines.addItem(null, overall);
            for (PeriodCompliance part : type.perPeriod()) {
                lines.addItem(overall, new Line(type.type(), PeriodLabels.of(part.period()),
                        Optional.of(part.period()), part.compliance()));
            }
        }
        perType.setTreeData(lines);
        perType.expand(lines.getRootItems());
        // only for types with enrolments: the registrant's held sessions without a record of theirs
        noRecord.setVisible(result.perType().stream().anyMatch(type -> type.compliance().missing() > 0));
    }
}
