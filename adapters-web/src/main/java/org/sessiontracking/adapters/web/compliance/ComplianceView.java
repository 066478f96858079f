package org.sessiontracking.adapters.web.compliance;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import org.sessiontracking.adapters.web.registrant.HouseholdPicker;
import org.sessiontracking.adapters.web.verification.VerificationPeriodsView;
import org.sessiontracking.application.enrolment.port.in.ListEnrolmentsUseCase;
import org.sessiontracking.application.exemption.port.in.ExplainExemptionsUseCase;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.ComplianceRow;
import org.sessiontracking.application.compliance.port.in.ComplianceListUseCase;
import org.sessiontracking.application.compliance.port.in.HouseholdComplianceUseCase;
import org.sessiontracking.application.compliance.HouseholdCriteria;
import org.sessiontracking.application.compliance.port.in.FlagRegistrantUseCase;
import org.sessiontracking.application.registrant.RegistrantSummary.GroupRef;
import org.sessiontracking.application.registrant.port.in.SearchRegistrantsUseCase;
import org.sessiontracking.application.session.SessionFilter;
import org.sessiontracking.application.session.port.in.ListSessionsUseCase;
import org.sessiontracking.application.sessiontype.SessionTypeFilter;
import org.sessiontracking.application.sessiontype.port.in.ListSessionTypesUseCase;
import org.sessiontracking.application.user.port.in.CurrentUserUseCase;
import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.user.Permission;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Compliance: choose a session type and a period; a lazily loaded list of the registrants with
 * records, their counts, rate and status; totals per status; filters; flags; CSV export.
 */
@Route("compliance")
@PageTitle("Compliance")
@Menu(title = "Compliance", order = 30, icon = "vaadin:check-square-o")
@PermitAll
public class ComplianceView extends VerticalLayout {

    private final ComplianceListUseCase compliance;
    private final FlagRegistrantUseCase flags;
    private final ListSessionsUseCase sessions;
    private final boolean mayFlag;
    private final Select<SessionType> type = new Select<>();
    private final PeriodField period;
    private final Select<ComplianceStatus> status = new Select<>();
    private final ComboBox<String> area = new ComboBox<>("Area");
    private final ComboBox<GroupRef> group;
    private final EarlyWarningSelect warning = new EarlyWarningSelect();
    private final Button flagAll = new Button("Flag all for follow-up", VaadinIcon.FLAG_O.create());
    private final HorizontalLayout totals = new HorizontalLayout();
    private final Grid<ComplianceRow> grid = new Grid<>();
    private final RadioButtonGroup<String> show = new RadioButtonGroup<>("Show");
    private final HouseholdCompliancePanel households;
    /** The individuals' export; the households panel has its own. */
    private final Anchor csv;
    private final Span message = new Span();
    private final ExemptionNotes exemptions;
    private final EnrolmentNote enrolment;
    private Grid.Column<ComplianceRow> noRecord;
    private final ConfigurableFilterDataProvider<ComplianceRow, Void, Void> rows;

    public ComplianceView(ComplianceListUseCase compliance, HouseholdComplianceUseCase householdCompliance,
                          FlagRegistrantUseCase flags, ListSessionTypesUseCase types,
                          SearchRegistrantsUseCase registrants, ListSessionsUseCase sessions,
                          CurrentUserUseCase currentUser, ExplainExemptionsUseCase explainExemptions,
                          ListEnrolmentsUseCase enrolments, Clock clock) {
        this.compliance = compliance;
        this.households = new HouseholdCompliancePanel(householdCompliance, compliance, this::householdCriteria);
        this.sessions = sessions;
        this.flags = flags;
        this.mayFlag = currentUser.currentUser().may(Permission.FLAG_FOLLOW_UP);
        this.exemptions = new ExemptionNotes(explainExemptions,
                currentUser.currentUser().may(Permission.MANAGE_EXEMPTIONS));
        this.enrolment = new EnrolmentNote(enrolments, currentUser.currentUser().may(Permission.MANAGE_ENROLMENTS));
        setSizeFull();

        type.setLabel("Session type");
        type.setId("compliance-type");
        List<SessionType> all = types.list(SessionTypeFilter.ALL, PageRequest.first(PageRequest.MAX_LIMIT));
        type.setItems(all);
        type.setItemLabelGenerator(SessionType::name);
        all.stream().filter(t -> "FDS".equals(t.details().code().orElse(""))).findFirst()
                .or(() -> all.stream().findFirst()).ifPresent(type::setValue);
        period = new PeriodField("compliance", clock, PeriodPreset.THIS_YEAR, this::refresh);
        status.setLabel("Status");
        status.setId("compliance-status");
        status.setItems(ComplianceStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setItemLabelGenerator(value -> value == null ? "Any status" : value.label());
        area.setId("compliance-area");
        area.setClearButtonVisible(true);
        area.setPlaceholder("Any area");
        area.setItems(registrants.areas());
        area.setTooltipText("Type part of the area's name, then choose it");
        group = HouseholdPicker.create("Group", registrants);
        group.setId("compliance-group");
        group.setPlaceholder("Any group");
        group.setWidth("16em");
        group.getStyle().set("--vaadin-combo-box-overlay-width", "24em");
        group.setTooltipText("Type part of the group's (household's) name or the start of its id, then choose it");
        type.addValueChangeListener(event -> {
            warning.showFor(event.getValue());
            refresh();
        });
        warning.showFor(type.getValue());
        warning.addValueChangeListener(event -> refresh());
        status.addValueChangeListener(event -> refresh());
        area.addValueChangeListener(event -> refresh());
        group.addValueChangeListener(event -> refresh());

        csv = new Anchor((DownloadHandler) event -> {
            Optional<ComplianceCriteria> criteria = criteria();
            event.setFileName(criteria.isEmpty() ? "compliance.csv"
                    : ComplianceCsv.fileName(type.getValue(), criteria.get().period()));
            event.setContentType("text/csv;charset=UTF-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                if (criteria.isPresent()) {
                    ComplianceCsv.write(compliance, criteria.get(), out);
                }
            }
        }, "Export CSV");
        csv.setId("compliance-export");
        RouterLink flagsLink = new RouterLink("Flags", FlagsView.class);
        RouterLink curriculumLink = new RouterLink("Curriculum completion", CurriculumView.class);
        flagAll.setId("compliance-flag-all");
        flagAll.setVisible(false);
        flagAll.addClickListener(event -> openFlagAll());
        RouterLink periodsLink = new RouterLink("Verification periods", VerificationPeriodsView.class);
        HorizontalLayout links = new HorizontalLayout(flagsLink, curriculumLink, periodsLink, csv, flagAll);
        links.setAlignItems(FlexComponent.Alignment.CENTER);

        HorizontalLayout filters = new HorizontalLayout(show, type, period, status, area, group, warning);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        filters.setWidthFull();
        totals.setId("compliance-totals");
        message.setId("compliance-message");

        configureGrid();
        rows = new CallbackDataProvider<ComplianceRow, Void>(this::fetch, this::count,
                row -> row.registrant().value()).withConfigurableFilter();
        grid.setItems(rows);
        configureShow();
        add(filters, links, totals, message, exemptions, enrolment, grid, households);
        expand(grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("compliance-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        // widths in rem, not em: header and body cells have different font sizes, and em widths then differ
        // between them and shift the columns apart; chosen so that every column fits next to the menu at 1366 px
        grid.addColumn(row -> row.name() + " (" + row.externalId() + ")").setHeader("Registrant").setKey("name")
                .setTooltipGenerator(row -> row.name() + " (" + row.externalId() + ")").setWidth("11rem")
                .setSortProperty("name").setFlexGrow(2).setResizable(true);
        grid.addColumn(ComplianceRow::area).setHeader("Area").setKey("area").setSortProperty("area")
                .setTooltipGenerator(ComplianceRow::area).setWidth("7rem").setFlexGrow(1).setResizable(true);
        grid.addColumn(ComplianceRow::group).setHeader("Group").setKey("group")
                .setTooltipGenerator(ComplianceRow::group).setWidth("8rem").setFlexGrow(1).setResizable(true);
        grid.addColumn(row -> row.counts().present()).setHeader("Present").setKey("present")
                .setTextAlign(ColumnTextAlign.END).setWidth("5rem").setFlexGrow(0);
        grid.addColumn(row -> row.counts().absent()).setHeader("Absent").setKey("absent")
                .setTextAlign(ColumnTextAlign.END).setWidth("5rem").setFlexGrow(0);
        grid.addColumn(row -> row.counts().excused()).setHeader("Excused").setKey("excused")
                .setTextAlign(ColumnTextAlign.END).setWidth("5rem").setFlexGrow(0);
        // "9 (+2)" when exemptions left 2 of the row's sessions out; the tooltip says which and why (no column
        // of its own: the grid would no longer fit)
        grid.addColumn(row -> row.counted() + exemptions.sessions(row)).setHeader("Counted").setKey("counted")
                .setSortProperty("counted").setTooltipGenerator(exemptions::of)
                .setTextAlign(ColumnTextAlign.END).setWidth("6.5rem").setFlexGrow(0);
        noRecord = grid.addColumn(ComplianceRow::missing).setHeader("No record").setKey("no-record")
                .setTooltipGenerator(row -> row.missing() + " held sessions of their area while enrolled without a "
                        + "record of theirs").setTextAlign(ColumnTextAlign.END).setWidth("5.5rem").setFlexGrow(0);
        noRecord.setVisible(false);
        Grid.Column<ComplianceRow> rate = grid.addColumn(ComplianceRow::rateText).setHeader("Rate").setKey("rate")
                .setSortProperty("rate").setTextAlign(ColumnTextAlign.END).setWidth("5rem").setFlexGrow(0);
        grid.addComponentColumn(row -> badge(row.status())).setHeader("Status").setKey("status")
                .setWidth("8rem").setFlexGrow(0);
        // one icon per column, each named by the column's tooltip: the grid's own tooltip (of the columns that
        // have one) opens over a cell and keeps a button's tooltip from ever showing
        grid.addComponentColumn(this::detailsButton).setHeader("").setKey("details")
                .setTooltipGenerator(row -> OPEN_COMPLIANCE).setWidth("2.5rem").setFlexGrow(0);
        if (mayFlag) {
            grid.addComponentColumn(this::flagButton).setHeader("").setKey("flag")
                    .setTooltipGenerator(ComplianceView::flagLabel).setWidth("3.25rem").setFlexGrow(0);
        }
        grid.sort(List.of(new GridSortOrder<>(rate, com.vaadin.flow.data.provider.SortDirection.ASCENDING)));
        grid.setEmptyStateText(NOBODY);
    }

    static final String OPEN_COMPLIANCE = "Open registrant's compliance";
    static final String INDIVIDUALS = "Individuals";
    static final String HOUSEHOLDS = "Households";
    private static final String NOBODY = "Nobody has attendance records for this type in this period.";

    /** An icon button, so that the row fits the screen; its column's tooltip and its aria-label name it. */
    private Button detailsButton(ComplianceRow row) {
        Button details = new Button(VaadinIcon.USER_CARD.create(), event -> getUI().ifPresent(ui -> ui.navigate(
                RegistrantComplianceView.class, new RouteParameters(RegistrantComplianceView.ID_PARAMETER,
                        Long.toString(row.registrant().value())))));
        details.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        details.setAriaLabel(OPEN_COMPLIANCE + ": " + row.name());
        details.setId("details-" + row.registrant().value());
        return details;
    }

    /** "Flag for follow-up", and how many flags are open already. */
    static String flagLabel(ComplianceRow row) {
        int open = row.openFlags();
        return "Flag for follow-up" + (open == 0 ? "" : " (" + open + (open == 1 ? " open flag)" : " open flags)"));
    }

    /** The flag icon, with the number of open flags beside it once there are any. */
    private Component flagButton(ComplianceRow row) {
        if (type.getValue() == null) {
            return new Span();
        }
        boolean flagged = row.openFlags() > 0;
        Button flag = new Button(flagged ? Integer.toString(row.openFlags()) : "",
                (flagged ? VaadinIcon.FLAG : VaadinIcon.FLAG_O).create(), event -> new FlagDialog(flags,
                row.registrant(), row.name(), type.getValue().id(), this::refresh).open());
        flag.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        if (flagged) {
            flag.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        flag.setAriaLabel(flagLabel(row) + ": " + row.name());
        flag.setId("flag-" + row.registrant().value());
        return flag;
    }

    static Span badge(ComplianceStatus status) {
        Span badge = new Span(status.label());
        String theme = switch (status) {
            case COMPLIANT -> "badge success";
            case NON_COMPLIANT -> "badge error";
            case NO_DATA -> "badge contrast";
            case NOT_REQUIRED -> "badge";
        };
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    /**
     * Individuals (the list of registrants, with its totals, warnings and flags) or households (judged by
     * the type's household rule); the type, period, area and status filters apply to both.
     */
    private void configureShow() {
        show.setId("compliance-show");
        show.setItems(INDIVIDUALS, HOUSEHOLDS);
        show.setValue(INDIVIDUALS);
        households.setVisible(false);
        show.addValueChangeListener(event -> {
            boolean byHousehold = HOUSEHOLDS.equals(event.getValue());
            households.setVisible(byHousehold);
            grid.setVisible(!byHousehold);
            totals.setVisible(!byHousehold);
            group.setVisible(!byHousehold);
            warning.setVisible(!byHousehold);
            csv.setVisible(!byHousehold);
            refresh();
        });
    }

    private Optional<HouseholdCriteria> householdCriteria() {
        if (type.getValue() == null) {
            return Optional.empty();
        }
        return period.period().map(chosen -> HouseholdCriteria.of(type.getValue().id(), chosen)
                .withArea(area.getValue() == null ? "" : area.getValue()).withStatus(status.getValue()));
    }

    private Optional<ComplianceCriteria> criteria() {
        if (type.getValue() == null) {
            return Optional.empty();
        }
        return period.period().map(chosen -> ComplianceCriteria.of(type.getValue().id(), chosen)
                .withStatus(status.getValue()).withArea(area.getValue() == null ? "" : area.getValue())
                .withGroup(group.getValue() == null ? null : group.getValue().id())
                .withWarning(warning.getValue()));
    }

    /** How many the list shows now (its totals, narrowed by the status filter). */
    private int listed(ComplianceCriteria criteria, Map<ComplianceStatus, Integer> byStatus) {
        return criteria.status().map(chosen -> byStatus.getOrDefault(chosen, 0))
                .orElseGet(() -> byStatus.values().stream().mapToInt(Integer::intValue).sum());
    }

    /** The type's sessions in the period not held yet (Scheduled or In progress), in every area. */
    private int sessionsAhead(ComplianceCriteria criteria) {
        SessionFilter filter = SessionFilter.ALL.withType(criteria.type())
                .withPeriod(criteria.period().from(), criteria.period().to());
        return sessions.count(ListSessionsUseCase.Scope.ALL, filter.withStatus(SessionStatus.SCHEDULED))
                + sessions.count(ListSessionsUseCase.Scope.ALL, filter.withStatus(SessionStatus.IN_PROGRESS));
    }

    private void openFlagAll() {
        criteria().ifPresent(chosen -> new FlagAllDialog(flags, chosen, warning.getItemLabelGenerator()
                .apply(warning.getValue()), listed(chosen, compliance.totals(chosen)), this::refresh).open());
    }

    private void refresh() {
        if (rows == null) {
            return;
        }
        totals.removeAll();
        Optional<ComplianceCriteria> criteria = criteria();
        message.setText(criteria.isEmpty() ? "Choose a session type and a complete period." : "");
        flagAll.setVisible(false);
        exemptions.show(criteria);
        noRecord.setVisible(enrolment.show(criteria.map(chosen -> type.getValue())));
        criteria.ifPresent(chosen -> {
            Map<ComplianceStatus, Integer> byStatus = compliance.totals(chosen);
            for (ComplianceStatus value : ComplianceStatus.values()) {
                Span total = new Span(value.label() + ": " + byStatus.getOrDefault(value, 0));
                total.setId("total-" + value.name().toLowerCase().replace('_', '-'));
                totals.add(total);
            }
            int listed = listed(chosen, byStatus);
            flagAll.setVisible(mayFlag && chosen.warning().isPresent());
            flagAll.setEnabled(listed > 0);
            flagAll.setText("Flag all " + listed + " for follow-up");
            chosen.warning().ifPresent(shown -> warning.explain(sessionsAhead(chosen)));
            grid.setEmptyStateText(chosen.warning().isPresent() ? "Nobody is listed by this early warning in this period."
                    : NOBODY);
        });
        rows.refreshAll();
        households.refresh();
    }

    private Stream<ComplianceRow> fetch(Query<ComplianceRow, Void> query) {
        Optional<ComplianceCriteria> criteria = criteria();
        if (criteria.isEmpty()) {
            return Stream.empty();
        }
        List<PageRequest.SortOrder> sort = query.getSortOrders().stream()
                .map(order -> new PageRequest.SortOrder(order.getSorted(),
                        order.getDirection() == SortDirection.ASCENDING)).toList();
        List<ComplianceRow> page = compliance.list(criteria.get(), new PageRequest(query.getOffset(),
                Math.min(query.getLimit(), PageRequest.MAX_LIMIT), sort));
        exemptions.load(criteria.get(), page);
        return page.stream();
    }

    private int count(Query<ComplianceRow, Void> query) {
        return criteria().map(compliance::count).orElse(0);
    }
}
