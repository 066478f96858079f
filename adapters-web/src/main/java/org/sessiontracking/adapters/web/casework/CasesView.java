package org.sessiontracking.adapters.web.casework;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sessiontracking.application.casework.CaseFilter;
import org.sessiontracking.application.casework.CaseRow;
import org.sessiontracking.application.casework.port.in.AssignCaseWorkerUseCase.CaseWorker;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.domain.casework.CaseStatus;
import org.sessiontracking.domain.registrant.RegistrantKind;
import org.sessiontracking.domain.user.Permission;

import java.util.List;
import java.util.stream.Stream;

/**
 * The cases list: staff see the cases they work, managers all (with a case worker filter). Filter by
 * status and overdue items; sort by any column but the flag; a click opens the case.
 */
@Route("cases")
@PageTitle("Cases")
@Menu(title = "Cases", order = 32, icon = "vaadin:folder-open-o")
@RolesAllowed({"ADMINISTRATOR", "MANAGER", "STAFF"})
public class CasesView extends VerticalLayout {

    private final CaseUseCases useCases;
    private final Select<CaseStatus> status = new Select<>();
    private final Select<CaseWorker> worker = new Select<>();
    private final Checkbox overdueOnly = new Checkbox("Overdue items only");
    private final Grid<CaseRow> grid = new Grid<>();

    public CasesView(CaseUseCases useCases) {
        this.useCases = useCases;
        setSizeFull();
        boolean seesAll = useCases.currentUser().currentUser().may(Permission.WORK_ALL_CASES);
        status.setLabel("Status");
        status.setId("cases-status");
        status.setItems(CaseStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Open and closed");
        status.setItemLabelGenerator(value -> value == null ? "Open and closed" : value.label());
        status.setValue(CaseStatus.OPEN);
        worker.setLabel("Case worker");
        worker.setId("cases-worker");
        worker.setItems(seesAll ? useCases.assign().caseWorkers() : List.of());
        worker.setEmptySelectionAllowed(true);
        worker.setEmptySelectionCaption("Everyone");
        worker.setItemLabelGenerator(value -> value == null ? "Everyone" : value.name());
        worker.setVisible(seesAll);
        overdueOnly.setId("cases-overdue");
        Button open = new Button("Open a case", VaadinIcon.PLUS.create(), event -> new OpenCaseDialog(useCases,
                seesAll, id -> getUI().ifPresent(ui -> ui.navigate(CasePage.class, CasePage.parameters(id)))).open());
        open.setId("open-case");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(status, worker, overdueOnly, open);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        open.getStyle().set("margin-left", "auto");
        Span scope = new Span(seesAll ? "All cases of the programme." : "The cases you work as case worker.");
        scope.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        configureGrid();
        status.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        worker.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        overdueOnly.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        add(bar, scope, grid);
        expand(grid);
    }

    private void configureGrid() {
        grid.setId("cases-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(row -> row.registrantName() + (row.registrantKind() == RegistrantKind.GROUP ? " (household)" : "")
                        + " · " + row.registrantExternalId()).setHeader("Registrant").setKey("registrant")
                .setSortProperty(CaseFilter.SortProperty.REGISTRANT.property()).setFlexGrow(3);
        grid.addColumn(CaseRow::caseWorkerName).setHeader("Case worker").setKey("caseWorker")
                .setSortProperty(CaseFilter.SortProperty.CASE_WORKER.property()).setFlexGrow(2);
        grid.addColumn(row -> row.status().label()).setHeader("Status").setKey("status")
                .setSortProperty(CaseFilter.SortProperty.STATUS.property()).setFlexGrow(1);
        grid.addColumn(CaseRow::openedOn).setHeader("Opened").setKey("openedOn")
                .setSortProperty(CaseFilter.SortProperty.OPENED_ON.property()).setFlexGrow(1);
        grid.addComponentColumn(CasesView::progress).setHeader("Plan progress").setFlexGrow(2);
        grid.addComponentColumn(row -> row.overdueItems() == 0 ? new Span("–")
                        : badge(row.overdueItems() + " overdue")).setHeader("Overdue").setKey("overdue")
                .setSortProperty(CaseFilter.SortProperty.OVERDUE.property()).setFlexGrow(1);
        grid.addColumn(row -> row.flag().isPresent() ? "Follow-up flag" : "Opened directly").setHeader("Origin")
                .setFlexGrow(1);
        grid.setMultiSort(true);
        grid.setEmptyStateText("No cases match. Open one here, or from a follow-up flag (Compliance > Flags).");
        grid.setItems(this::fetch, query -> useCases.list().count(filter()));
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(CasePage.class,
                CasePage.parameters(event.getItem().id()))));
        grid.setSelectionMode(Grid.SelectionMode.NONE);
    }

    private static HorizontalLayout progress(CaseRow row) {
        HorizontalLayout cell = new HorizontalLayout();
        cell.setSpacing(true);
        cell.setAlignItems(FlexComponent.Alignment.CENTER);
        if (row.required() > 0) {
            Span met = new Span(row.met() + " of " + row.required());
            met.getStyle().set("white-space", "nowrap");
            cell.add(met);
        }
        cell.add(ProgressBadge.of(row.state()));
        return cell;
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge error");
        return badge;
    }

    private CaseFilter filter() {
        return CaseFilter.ALL.withStatus(status.getValue())
                .withCaseWorker(worker.getValue() == null ? null : worker.getValue().id())
                .withOverdueOnly(overdueOnly.getValue());
    }

    private Stream<CaseRow> fetch(Query<CaseRow, Void> query) {
        List<PageRequest.SortOrder> sort = query.getSortOrders().stream()
                .map(order -> new PageRequest.SortOrder(order.getSorted(),
                        order.getDirection() == SortDirection.ASCENDING)).toList();
        return useCases.list().list(filter(), new PageRequest(query.getOffset(),
                Math.min(query.getLimit(), PageRequest.MAX_LIMIT), sort)).stream();
    }

}
