package org.sessiontracking.adapters.web.compliance;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sessiontracking.application.compliance.AttendanceLine;
import org.sessiontracking.application.compliance.port.in.RegistrantComplianceUseCase;
import org.sessiontracking.application.compliance.port.in.RegistrantComplianceUseCase.RegistrantCompliance;
import org.sessiontracking.application.compliance.port.in.RegistrantComplianceUseCase.TypeCompliance;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.registrant.RegistrantId;

import java.time.Clock;
import java.util.Optional;

/** One registrant: their compliance per session type over a period, and their attendance records. */
@Route("compliance/registrant/:id")
@PageTitle("Registrant compliance")
@PermitAll
public class RegistrantComplianceView extends VerticalLayout implements BeforeEnterObserver {

    public static final String ID_PARAMETER = "id";

    private final RegistrantComplianceUseCase compliance;
    private final H2 title = new H2();
    private final Span details = new Span();
    private final PeriodField period;
    private final Grid<TypeCompliance> perType = new Grid<>();
    private final Grid<AttendanceLine> attendance = new Grid<>();
    private RegistrantId registrant;

    public RegistrantComplianceView(RegistrantComplianceUseCase compliance, Clock clock) {
        this.compliance = compliance;
        setSizeFull();
        period = new PeriodField("registrant", clock, PeriodPreset.THIS_YEAR, this::refresh);
        perType.setId("registrant-compliance-grid");
        perType.addThemeVariants(GridVariant.LUMO_COMPACT);
        perType.setAllRowsVisible(true);
        perType.addColumn(TypeCompliance::typeName).setHeader("Session type").setFlexGrow(2);
        perType.addColumn(row -> row.compliance().counts().present()).setHeader("Present")
                .setTextAlign(ColumnTextAlign.END);
        perType.addColumn(row -> row.compliance().counts().absent()).setHeader("Absent")
                .setTextAlign(ColumnTextAlign.END);
        perType.addColumn(row -> row.compliance().counts().excused()).setHeader("Excused")
                .setTextAlign(ColumnTextAlign.END);
        perType.addColumn(row -> row.compliance().counted()).setHeader("Counted").setTextAlign(ColumnTextAlign.END);
        perType.addColumn(row -> row.compliance().rateText()).setHeader("Rate").setTextAlign(ColumnTextAlign.END);
        perType.addColumn(row -> row.compliance().requiredPercent() + "%").setHeader("Required")
                .setTextAlign(ColumnTextAlign.END);
        perType.addComponentColumn(row -> ComplianceView.badge(row.compliance().status())).setHeader("Status");
        attendance.setId("registrant-attendance-grid");
        attendance.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        attendance.addColumn(AttendanceLine::date).setHeader("Date").setWidth("8em").setFlexGrow(0);
        attendance.addColumn(line -> line.title() + (line.cancelled() ? " (cancelled: not counted)" : ""))
                .setHeader("Session").setFlexGrow(3);
        attendance.addColumn(AttendanceLine::typeName).setHeader("Type").setFlexGrow(1);
        attendance.addColumn(line -> line.status().label()).setHeader("Status").setFlexGrow(0).setWidth("7em");
        attendance.addColumn(AttendanceLine::reason).setHeader("Reason").setFlexGrow(2);
        add(title, details, period, new H3("Compliance per session type"), perType, new H3("Attendance"), attendance);
        expand(attendance);
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
        Optional<org.sessiontracking.application.compliance.Period> chosen = period.period();
        if (chosen.isEmpty()) {
            return;
        }
        try {
            RegistrantCompliance result = compliance.get(registrant, chosen.get());
            title.setText(result.registrant().name());
            details.setText(result.registrant().externalId() + " · " + result.registrant().area()
                    + (result.registrant().group().isEmpty() ? "" : " · group " + result.registrant().group()));
            perType.setItems(result.perType());
            attendance.setItems(result.attendance());
        } catch (DomainException problem) {
            title.setText(problem.getMessage());
            perType.setItems();
            attendance.setItems();
        }
    }
}
