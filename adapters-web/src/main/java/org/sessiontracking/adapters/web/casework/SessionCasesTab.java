package org.sessiontracking.adapters.web.casework;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import org.sessiontracking.application.casework.CaseRow;
import org.sessiontracking.application.casework.port.in.CasesRequiringSessionUseCase;
import org.sessiontracking.domain.session.SessionId;

/**
 * The session page's Cases tab: the open cases whose plan requires this session (an item naming it, or an
 * item on its type whose window holds its date), so that the facilitator knows whom to expect.
 */
final class SessionCasesTab extends VerticalLayout {

    SessionCasesTab(CasesRequiringSessionUseCase cases, SessionId session) {
        setPadding(false);
        Span hint = new Span("Open cases whose plan requires this session: an item naming it, or an item on its "
                + "session type due on or after its date.");
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Grid<CaseRow> grid = new Grid<>();
        grid.setId("session-cases-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(row -> new RouterLink(row.registrantName() + " · " + row.registrantExternalId(),
                CasePage.class, CasePage.parameters(row.id()))).setHeader("Case of").setFlexGrow(3);
        grid.addColumn(CaseRow::caseWorkerName).setHeader("Case worker").setFlexGrow(2);
        grid.addColumn(row -> row.overdueItems() == 0 ? "–" : row.overdueItems() + " overdue").setHeader("Overdue items")
                .setFlexGrow(1);
        grid.setItems(cases.list(session));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No open case requires this session.");
        add(hint, grid);
    }
}
