package org.sessiontracking.adapters.web.sessiontype;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sessiontracking.adapters.web.layout.MenuGroup;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.sessiontype.SessionTypeFilter;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.Topic;

import java.util.List;
import java.util.stream.Stream;

/** Configuration &gt; Session Types: the administrators' list of session types (user guide, Step 1). */
@Route("config/session-types")
@PageTitle("Session Types")
@Menu(title = "Session Types", order = 90, icon = "vaadin:tags")
@MenuGroup("Configuration")
@RolesAllowed("ADMINISTRATOR")
public class SessionTypesView extends VerticalLayout {

    private final SessionTypeUseCases useCases;
    private final Grid<SessionType> grid = new Grid<>();
    private final TextField nameFilter = new TextField();
    private final Checkbox showRetired = new Checkbox("Show retired");
    private final GridLazyDataView<SessionType> rows;

    public SessionTypesView(SessionTypeUseCases useCases) {
        this.useCases = useCases;
        setSizeFull();

        nameFilter.setId("type-filter");
        nameFilter.setPlaceholder("Filter by name or code");
        nameFilter.setPrefixComponent(VaadinIcon.SEARCH.create());
        nameFilter.setClearButtonVisible(true);
        nameFilter.setValueChangeMode(ValueChangeMode.LAZY);
        nameFilter.setWidth("20em");
        showRetired.setId("show-retired");
        Button create = new Button("Create", VaadinIcon.PLUS.create(), event -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-session-type");
        HorizontalLayout toolbar = new HorizontalLayout(nameFilter, showRetired, create);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.expand(nameFilter);
        toolbar.setFlexGrow(0, nameFilter);
        create.getStyle().set("margin-inline-start", "auto");

        configureGrid();
        rows = grid.setItems(this::fetch, query -> useCases.list().count(filter()));
        rows.setIdentifierProvider(type -> type.id().value());
        nameFilter.addValueChangeListener(event -> rows.refreshAll());
        showRetired.addValueChangeListener(event -> rows.refreshAll());
        add(toolbar, grid);
        expand(grid);
    }

    private void configureGrid() {
        grid.setId("session-types-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(SessionType::name).setHeader("Name").setKey("name").setSortProperty("name")
                .setFlexGrow(3).setAutoWidth(true);
        grid.addColumn(type -> type.details().code().orElse("")).setHeader("Code").setAutoWidth(true);
        grid.addColumn(type -> type.details().frequency().label()).setHeader("Frequency").setKey("frequency")
                .setSortProperty("frequency").setAutoWidth(true);
        grid.addColumn(type -> type.details().durationHours().toPlainString() + " h").setHeader("Duration")
                .setKey("durationHours").setSortProperty("durationHours").setAutoWidth(true);
        grid.addColumn(type -> type.details().requiredAttendance() + "%").setHeader("Required Attendance")
                .setKey("requiredAttendance").setSortProperty("requiredAttendance").setAutoWidth(true);
        grid.addColumn(type -> type.topicTracking() ? "Yes" : "No").setHeader("Topic Tracking")
                .setKey("topicTracking").setSortProperty("topicTracking").setAutoWidth(true);
        grid.addColumn(type -> type.topics().stream().filter(Topic::active).count()).setHeader("Topics")
                .setKey("topicCount").setSortProperty("topicCount").setAutoWidth(true);
        grid.addComponentColumn(SessionTypesView::activeBadge).setHeader("Active").setKey("active")
                .setSortProperty("active").setAutoWidth(true);
        grid.setMultiSort(true);
        grid.addItemClickListener(event -> openEdit(event.getItem()));
        grid.setEmptyStateText("No session types match. Create one with the Create button.");
    }

    private static Span activeBadge(SessionType type) {
        Span badge = new Span(type.active() ? "Active" : "Retired");
        badge.getElement().getThemeList().add(type.active() ? "badge success" : "badge contrast");
        return badge;
    }

    private Stream<SessionType> fetch(Query<SessionType, Void> query) {
        List<PageRequest.SortOrder> sort = query.getSortOrders().stream()
                .map(order -> new PageRequest.SortOrder(order.getSorted(), order.getDirection() == SortDirection.ASCENDING))
                .toList();
        PageRequest page = new PageRequest(query.getOffset(), Math.min(query.getLimit(), PageRequest.MAX_LIMIT), sort);
        return useCases.list().list(filter(), page).stream();
    }

    private SessionTypeFilter filter() {
        return new SessionTypeFilter(nameFilter.getValue(), showRetired.getValue());
    }

    private void openCreate() {
        SessionTypeDialog.create(useCases, saved -> rows.refreshAll()).open();
    }

    private void openEdit(SessionType type) {
        useCases.list().get(type.id()).ifPresent(fresh ->
                SessionTypeDialog.edit(useCases, fresh, saved -> rows.refreshAll()).open());
    }
}
