package org.sessiontracking.adapters.web.compliance;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.HouseholdCriteria;
import org.sessiontracking.application.compliance.HouseholdRow;
import org.sessiontracking.application.compliance.port.in.ComplianceListUseCase;
import org.sessiontracking.application.compliance.port.in.HouseholdComplianceUseCase;
import org.sessiontracking.domain.sessiontype.HouseholdRule;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** The compliance list by household (issue 12): a lazy grid of households, its export, and a household's members. */
final class HouseholdCompliancePanel extends VerticalLayout {

    private final HouseholdComplianceUseCase households;
    private final Supplier<Optional<HouseholdCriteria>> criteria;
    private final Grid<HouseholdRow> grid = new Grid<>();
    private final ConfigurableFilterDataProvider<HouseholdRow, Void, Void> rows;

    HouseholdCompliancePanel(HouseholdComplianceUseCase households, ComplianceListUseCase compliance,
                             Supplier<Optional<HouseholdCriteria>> criteria) {
        this.households = households;
        this.criteria = criteria;
        setId("household-compliance");
        setPadding(false);
        setSizeFull();
        grid.setId("household-grid");
        // widths in rem, as the individuals' grid: the name and rule take what is left
        grid.addColumn(HouseholdRow::name).setHeader("Household").setFlexGrow(3).setWidth("14rem")
                .setTooltipGenerator(HouseholdRow::name).setResizable(true);
        grid.addColumn(HouseholdRow::externalId).setHeader("External ID").setFlexGrow(0).setWidth("9rem");
        grid.addColumn(HouseholdRow::area).setHeader("Area").setFlexGrow(2).setWidth("10rem")
                .setTooltipGenerator(HouseholdRow::area).setResizable(true);
        grid.addColumn(HouseholdRow::members).setHeader("Members").setFlexGrow(0).setWidth("6.5rem")
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(HouseholdRow::membersCompliant).setHeader("Compliant").setFlexGrow(0).setWidth("7rem")
                .setTextAlign(ColumnTextAlign.END).setTooltipGenerator(row -> row.membersCompliant() + " of "
                        + row.members() + " members compliant (" + row.membersCounted() + " with counted sessions)");
        grid.addColumn(HouseholdCompliancePanel::rule).setHeader("Rule").setFlexGrow(2).setWidth("11rem")
                .setTooltipGenerator(HouseholdCompliancePanel::rule);
        grid.addComponentColumn(row -> ComplianceView.badge(row.status())).setHeader("Status").setFlexGrow(0)
                .setWidth("10rem");
        grid.addColumn(row -> row.note().orElse("")).setHeader("Note").setFlexGrow(1).setWidth("8rem");
        grid.setEmptyStateText("No household has a member with records of this type in the period.");
        grid.addItemClickListener(event -> criteria.get().ifPresent(chosen ->
                new HouseholdMembersDialog(compliance, chosen, event.getItem()).open()));
        rows = new CallbackDataProvider<HouseholdRow, Void>(this::fetch, this::count,
                row -> row.household().value()).withConfigurableFilter();
        grid.setItems(rows);
        add(export(), grid);
        expand(grid);
    }

    /** The rule, and under GRANTEE whom it reads. */
    static String rule(HouseholdRow row) {
        return row.rule() == HouseholdRule.GRANTEE
                ? row.granteeName().map(name -> "Grantee: " + name).orElse("Grantee: none")
                : row.rule().label();
    }

    void refresh() {
        rows.refreshAll();
    }

    private Anchor export() {
        Anchor csv = new Anchor((DownloadHandler) event -> {
            Optional<HouseholdCriteria> chosen = criteria.get();
            event.setFileName(chosen.map(c -> "households-" + c.period().from() + "_" + c.period().to() + ".csv")
                    .orElse("households.csv"));
            event.setContentType("text/csv;charset=UTF-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                if (chosen.isPresent()) {
                    HouseholdsCsv.write(households, chosen.get(), out);
                }
            }
        }, "Export households CSV");
        csv.setId("household-export");
        return csv;
    }

    private Stream<HouseholdRow> fetch(Query<HouseholdRow, Void> query) {
        return criteria.get().map(chosen -> households.list(chosen, new PageRequest(query.getOffset(),
                Math.min(query.getLimit(), PageRequest.MAX_LIMIT), java.util.List.of())).stream())
                .orElseGet(Stream::empty);
    }

    private int count(Query<HouseholdRow, Void> query) {
        return criteria.get().map(households::count).orElse(0);
    }
}
