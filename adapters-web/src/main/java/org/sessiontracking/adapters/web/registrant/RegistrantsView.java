package org.sessiontracking.adapters.web.registrant;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
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
import jakarta.annotation.security.PermitAll;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.registrant.RegistrantCount;
import org.sessiontracking.application.registrant.RegistrantFilter;
import org.sessiontracking.application.registrant.RegistrantSummary;
import org.sessiontracking.application.registrant.RegistrantSummary.GroupRef;
import org.sessiontracking.domain.registrant.Sex;
import org.sessiontracking.domain.user.Permission;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Registrants: the registry of beneficiaries in a lazily loaded grid, searched by external id or
 * name and filtered by area and household. Fast with a million registrants: every page is one
 * indexed query, and the count stops at {@code SearchRegistrantsUseCase.COUNT_CAP} (beyond it the
 * grid grows as the user scrolls). Clicking a row opens it; managers and administrators may edit
 * it and import CSV files.
 */
@Route("registrants")
@PageTitle("Registrants")
@Menu(title = "Registrants", order = 30, icon = "vaadin:family")
@PermitAll
public class RegistrantsView extends VerticalLayout {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final RegistrantUseCases useCases;
    private final Grid<RegistrantSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<String> areaFilter = new ComboBox<>();
    private final ComboBox<GroupRef> groupFilter;
    private final Span countLabel = new Span();
    private final GridLazyDataView<RegistrantSummary> rows;
    private RegistrantCount count = new RegistrantCount(0, true);

    public RegistrantsView(RegistrantUseCases useCases) {
        this.useCases = useCases;
        setSizeFull();

        search.setId("registrant-search");
        search.setPlaceholder("Search by external id or name");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("22em");
        search.setTooltipText("The start of an external id, or part of a name (names match by their start "
                + "for one or two letters)");
        areaFilter.setId("area-filter");
        areaFilter.setPlaceholder("All areas");
        areaFilter.setClearButtonVisible(true);
        areaFilter.setItems(useCases.search().areas());
        groupFilter = HouseholdPicker.create(null, useCases.search());
        groupFilter.setId("household-filter");
        groupFilter.setPlaceholder("All households");
        countLabel.setId("registrant-count");
        countLabel.getStyle().set("color", "var(--lumo-secondary-text-color)");

        HorizontalLayout toolbar = new HorizontalLayout(search, areaFilter, groupFilter, countLabel);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.getStyle().set("flex-wrap", "wrap");
        if (useCases.currentUser().currentUser().may(Permission.IMPORT_REGISTRANTS)) {
            Button importCsv = new Button("Import CSV", VaadinIcon.UPLOAD.create(), event -> openImport());
            importCsv.setId("import-registrants");
            importCsv.getStyle().set("margin-inline-start", "auto");
            toolbar.add(importCsv);
        }

        configureGrid();
        rows = grid.setItems(this::fetch, query -> count.value());
        rows.setIdentifierProvider(registrant -> registrant.id().value());
        search.addValueChangeListener(event -> refresh());
        areaFilter.addValueChangeListener(event -> refresh());
        groupFilter.addValueChangeListener(event -> refresh());
        add(toolbar, grid);
        expand(grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("registrants-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // widths in rem, not em: the header cells have a smaller font than the body cells, so em widths made
        // each header narrower than its column below and shifted the headers off their columns. No auto
        // widths: a lazy grid measures them on the first rows before their badges render, and clipped the
        // Active badge. Fixed columns fit their header (with the sort arrows) and their longest value; the
        // rest of a 1366 px screen goes to the name, household and area, which have tooltips when cut short.
        grid.addColumn(RegistrantSummary::externalId).setHeader("External ID").setKey("externalId")
                .setSortProperty("externalId").setTooltipGenerator(RegistrantSummary::externalId)
                .setWidth("8rem").setFlexGrow(0).setResizable(true);
        grid.addColumn(RegistrantSummary::fullName).setHeader("Name").setKey("fullName").setSortProperty("fullName")
                .setTooltipGenerator(RegistrantSummary::fullName).setWidth("10rem").setFlexGrow(3).setResizable(true);
        grid.addColumn(registrant -> registrant.kind().label()).setHeader("Kind").setKey("kind")
                .setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(registrant -> registrant.group().map(GroupRef::label).orElse("")).setHeader("Household")
                .setKey("group").setWidth("10rem").setFlexGrow(2).setResizable(true).setTooltipGenerator(registrant ->
                        registrant.group().map(GroupRef::label).orElse(""));
        grid.addColumn(RegistrantSummary::area).setHeader("Area").setKey("area").setSortProperty("area")
                .setTooltipGenerator(RegistrantSummary::area).setWidth("8rem").setFlexGrow(1).setResizable(true);
        grid.addColumn(registrant -> registrant.sex().map(Sex::label).orElse("")).setHeader("Sex").setKey("sex")
                .setWidth("6rem").setFlexGrow(0);
        grid.addColumn(registrant -> registrant.birthDate().map(DATE::format).orElse("")).setHeader("Birth Date")
                .setKey("birthDate").setSortProperty("birthDate").setWidth("8rem").setFlexGrow(0);
        grid.addComponentColumn(RegistrantsView::activeBadge).setHeader("Active").setKey("active")
                .setWidth("7rem").setFlexGrow(0);
        grid.setMultiSort(true);
        grid.addItemClickListener(event -> openRegistrant(event.getItem()));
        grid.setEmptyStateText("No registrants match. Managers can import them from a CSV file.");
    }

    private static Span activeBadge(RegistrantSummary registrant) {
        Span badge = new Span(registrant.active() ? "Active" : "Inactive");
        badge.getElement().getThemeList().add(registrant.active() ? "badge success" : "badge contrast");
        return badge;
    }

    private Stream<RegistrantSummary> fetch(Query<RegistrantSummary, Void> query) {
        List<PageRequest.SortOrder> sort = query.getSortOrders().stream()
                .map(order -> new PageRequest.SortOrder(order.getSorted(), order.getDirection() == SortDirection.ASCENDING))
                .toList();
        PageRequest page = new PageRequest(query.getOffset(), Math.min(query.getLimit(), PageRequest.MAX_LIMIT), sort);
        return useCases.search().search(filter(), page).stream();
    }

    RegistrantFilter filter() {
        return new RegistrantFilter(search.getValue(), Optional.ofNullable(areaFilter.getValue()),
                Optional.ofNullable(groupFilter.getValue()).map(GroupRef::id), Optional.empty(), false);
    }

    /** Counts once per change of the filters; past the cap the grid's size is left open. */
    void refresh() {
        count = useCases.search().count(filter());
        countLabel.setText(count.label() + (count.exact() && count.value() == 1 ? " registrant" : " registrants"));
        if (count.exact()) {
            rows.setItemCountFromDataProvider();
        } else {
            rows.setItemCountUnknown();
            rows.setItemCountEstimate(count.value());
            rows.setItemCountEstimateIncrease(5_000);
        }
        rows.refreshAll();
    }

    private void openRegistrant(RegistrantSummary registrant) {
        useCases.search().get(registrant.id()).ifPresent(fresh ->
                new RegistrantDialog(useCases, fresh, saved -> rows.refreshItem(saved)).open());
    }

    private void openImport() {
        new ImportRegistrantsDialog(useCases.importer(), imported -> {
            areaFilter.setItems(useCases.search().areas());
            refresh();
        }).open();
    }
}
