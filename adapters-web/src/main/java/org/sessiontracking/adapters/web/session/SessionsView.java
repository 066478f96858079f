package org.sessiontracking.adapters.web.session;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.session.SessionFilter;
import org.sessiontracking.application.session.SessionRow;
import org.sessiontracking.application.session.port.in.ListSessionsUseCase.Scope;
import org.sessiontracking.application.sessiontype.SessionTypeFilter;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.user.Permission;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Sessions: every session, or the ones the signed-in user runs ("My sessions"), in a lazily loaded
 * grid with filters by type, period, location and status (user guide, "Step 2: Create sessions").
 * A row opens the session page; Create opens an empty one.
 */
@Route("sessions")
@PageTitle("Sessions")
@Menu(title = "Sessions", order = 10, icon = "vaadin:calendar")
@PermitAll
public class SessionsView extends VerticalLayout implements BeforeEnterObserver {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final SessionUseCases useCases;
    private final Grid<SessionRow> grid = new Grid<>();
    private final Tabs scopeTabs = new Tabs();
    private final Tab allTab = new Tab("All sessions");
    private final Tab mineTab = new Tab("My sessions");
    private final ComboBox<SessionType> typeFilter = new ComboBox<>("Session Type");
    private final DatePicker fromFilter = new DatePicker("From");
    private final DatePicker toFilter = new DatePicker("To");
    private final TextField locationFilter = new TextField("Location");
    private final TextField facilitatorFilter = new TextField("Facilitator");
    private final Select<SessionStatus> statusFilter = new Select<>();
    private final GridLazyDataView<SessionRow> rows;

    public SessionsView(SessionUseCases useCases) {
        this.useCases = useCases;
        setSizeFull();

        allTab.setId("all-sessions-tab");
        mineTab.setId("my-sessions-tab");
        scopeTabs.add(allTab, mineTab);
        scopeTabs.setId("session-scope");

        configureFilters();
        Button create = new Button("Create", VaadinIcon.PLUS.create(),
                event -> getUI().ifPresent(ui -> ui.navigate(SessionPage.class, new RouteParameters(
                        SessionPage.ID_PARAMETER, SessionPage.NEW))));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-session");
        create.setVisible(useCases.currentUser().currentUser().may(Permission.CREATE_SESSIONS));
        HorizontalLayout top = new HorizontalLayout(scopeTabs, create);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.expand(scopeTabs);

        HorizontalLayout filters = new HorizontalLayout(typeFilter, fromFilter, toFilter, locationFilter,
                facilitatorFilter, statusFilter);
        filters.setWidthFull();
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");

        configureGrid();
        rows = grid.setItems(this::fetch, query -> useCases.list().count(scope(), filter()));
        rows.setIdentifierProvider(row -> row.id().value());
        scopeTabs.addSelectedChangeListener(event -> rows.refreshAll());
        add(top, filters, grid);
        expand(grid);
    }

    /** "sessions?scope=mine" opens My sessions. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean mine = event.getLocation().getQueryParameters().getSingleParameter("scope")
                .filter("mine"::equals).isPresent();
        scopeTabs.setSelectedTab(mine ? mineTab : allTab);
    }

    private void configureFilters() {
        typeFilter.setId("session-type-filter");
        typeFilter.setItems(useCases.types().list(SessionTypeFilter.ALL, PageRequest.first(PageRequest.MAX_LIMIT)));
        typeFilter.setItemLabelGenerator(SessionType::name);
        typeFilter.setClearButtonVisible(true);
        typeFilter.setPlaceholder("All types");
        fromFilter.setId("session-from-filter");
        fromFilter.setClearButtonVisible(true);
        toFilter.setId("session-to-filter");
        toFilter.setClearButtonVisible(true);
        locationFilter.setId("session-location-filter");
        locationFilter.setPlaceholder("Location contains");
        locationFilter.setPrefixComponent(VaadinIcon.SEARCH.create());
        locationFilter.setClearButtonVisible(true);
        locationFilter.setValueChangeMode(ValueChangeMode.LAZY);
        facilitatorFilter.setId("session-facilitator-filter");
        facilitatorFilter.setPlaceholder("Name contains");
        facilitatorFilter.setTooltipText("Facilitator, co-facilitator or external facilitator");
        facilitatorFilter.setPrefixComponent(VaadinIcon.SEARCH.create());
        facilitatorFilter.setClearButtonVisible(true);
        facilitatorFilter.setValueChangeMode(ValueChangeMode.LAZY);
        statusFilter.setId("session-status-filter");
        statusFilter.setLabel("Status");
        statusFilter.setItems(SessionStatus.values());
        statusFilter.setItemLabelGenerator(status -> status == null ? "Any status" : status.label());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption("Any status");
        typeFilter.addValueChangeListener(event -> rows.refreshAll());
        fromFilter.addValueChangeListener(event -> rows.refreshAll());
        toFilter.addValueChangeListener(event -> rows.refreshAll());
        locationFilter.addValueChangeListener(event -> rows.refreshAll());
        facilitatorFilter.addValueChangeListener(event -> rows.refreshAll());
        // six filters on one line at 1366 px
        typeFilter.setWidth("12rem");
        fromFilter.setWidth("9.5rem");
        toFilter.setWidth("9.5rem");
        locationFilter.setWidth("10.5rem");
        facilitatorFilter.setWidth("10.5rem");
        statusFilter.setWidth("9rem");
        statusFilter.addValueChangeListener(event -> rows.refreshAll());
    }

    private void configureGrid() {
        grid.setId("sessions-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        // widths in rem: an em differs between header and body cells and shifts the headers off their columns
        grid.addColumn(SessionRow::title).setHeader("Title").setKey("title").setSortProperty("title")
                .setTooltipGenerator(SessionRow::title)
                .setWidth("11.5rem").setFlexGrow(3).setResizable(true);
        grid.addColumn(SessionRow::typeName).setHeader("Session Type").setKey("type").setSortProperty("type")
                .setTooltipGenerator(SessionRow::typeName).setWidth("8.5rem").setFlexGrow(1).setResizable(true);
        grid.addColumn(SessionsView::when).setHeader("Date").setKey("date").setSortProperty("date")
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(SessionRow::location).setHeader("Location").setKey("location").setSortProperty("location")
                .setTooltipGenerator(SessionRow::location)
                .setWidth("8.5rem").setFlexGrow(2).setResizable(true);
        grid.addColumn(row -> String.join(", ", row.facilitatorNames())).setHeader("Facilitator").setKey("facilitator")
                .setSortProperty("facilitator").setTooltipGenerator(SessionsView::facilitators)
                .setWidth("7.5rem").setFlexGrow(1);
        grid.addColumn(row -> row.topicName().orElse("")).setHeader("Topic").setKey("topic")
                .setSortProperty("topic").setTooltipGenerator(row -> row.topicName().orElse(""))
                .setWidth("7.5rem").setFlexGrow(1);
        grid.addComponentColumn(row -> StatusBadge.of(row.status())).setHeader("Status").setKey("status")
                .setSortProperty("status").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(SessionRow::attendanceRecords).setHeader("Attendance").setKey("attendanceRecords")
                .setTooltipGenerator(row -> row.attendanceRecords() + " attendance records")
                .setWidth("6.5rem").setFlexGrow(0).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.setMultiSort(true);
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(SessionPage.class,
                new RouteParameters(SessionPage.ID_PARAMETER, Long.toString(event.getItem().id().value())))));
        grid.setEmptyStateText("No sessions match. Create one with the Create button.");
    }

    /** E.g. "Ana Reyes; external: Maria Santos (Partner NGO)". */
    private static String facilitators(SessionRow row) {
        List<String> parts = new java.util.ArrayList<>();
        row.facilitatorName().ifPresent(parts::add);
        if (!row.externalFacilitators().isEmpty()) {
            parts.add("external: " + String.join(", ", row.externalFacilitators()));
        }
        return String.join("; ", parts);
    }

    private static String when(SessionRow row) {
        return DATE.format(row.date()) + row.startTime().map(LocalTime::toString).map(time -> " " + time).orElse("");
    }

    private Stream<SessionRow> fetch(Query<SessionRow, Void> query) {
        List<PageRequest.SortOrder> sort = query.getSortOrders().stream()
                .map(order -> new PageRequest.SortOrder(order.getSorted(),
                        order.getDirection() == SortDirection.ASCENDING))
                .toList();
        PageRequest page = new PageRequest(query.getOffset(), Math.min(query.getLimit(), PageRequest.MAX_LIMIT), sort);
        return useCases.list().list(scope(), filter(), page).stream();
    }

    private Scope scope() {
        return scopeTabs.getSelectedTab() == mineTab ? Scope.MINE : Scope.ALL;
    }

    private SessionFilter filter() {
        return SessionFilter.ALL
                .withType(typeFilter.getValue() == null ? null : typeFilter.getValue().id())
                .withPeriod(fromFilter.getValue(), toFilter.getValue())
                .withLocationContaining(locationFilter.getValue())
                .withFacilitatorContaining(facilitatorFilter.getValue())
                .withStatus(statusFilter.getValue());
    }
}
