package org.sessiontracking.adapters.web.verification;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.verification.FrozenRow;
import org.sessiontracking.application.verification.FrozenVersion;
import org.sessiontracking.application.verification.port.in.FrozenListUseCase;
import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.verification.VerificationPeriod;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The frozen list of a period beside the live one: a version selector, the totals of the version and of
 * the live list now, and the version's rows with what changed since the version before.
 */
final class FrozenListPanel extends VerticalLayout {

    private final FrozenListUseCase frozen;
    private final VerificationPeriod period;
    private final Select<FrozenVersion> version = new Select<>();
    private final Checkbox changedOnly = new Checkbox("Only rows changed since the version before");
    private final Span totals = new Span();
    private final Span liveTotals = new Span();
    private final Grid<FrozenRow> grid = new Grid<>();
    private final Grid.Column<FrozenRow> changedColumn;

    FrozenListPanel(FrozenListUseCase frozen, VerificationPeriod period) {
        this.frozen = frozen;
        this.period = period;
        setPadding(false);
        setSizeFull();
        version.setLabel("Frozen version");
        version.setId("frozen-version");
        version.setItemLabelGenerator(PeriodLabels::version);
        version.setWidth("32em");
        changedOnly.setId("frozen-changed-only");
        totals.setId("frozen-totals");
        liveTotals.setId("live-totals");
        Anchor csv = new Anchor((DownloadHandler) event -> {
            event.setFileName(FrozenCsv.fileName(period, version.getValue()));
            event.setContentType("text/csv;charset=UTF-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                FrozenCsv.write(frozen, period, version.getValue(), out);
            }
        }, "Export this version (CSV)");
        csv.setId("frozen-export");
        HorizontalLayout bar = new HorizontalLayout(version, changedOnly, csv);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("frozen-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(FrozenRow::externalId).setHeader("External id").setAutoWidth(true);
        grid.addColumn(FrozenRow::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(FrozenRow::area).setHeader("Area").setFlexGrow(1);
        grid.addColumn(row -> row.counts().present()).setHeader("P").setTextAlign(ColumnTextAlign.END).setWidth("4em")
                .setFlexGrow(0);
        grid.addColumn(row -> row.counts().absent()).setHeader("A").setTextAlign(ColumnTextAlign.END).setWidth("4em")
                .setFlexGrow(0);
        grid.addColumn(row -> row.counts().excused()).setHeader("E").setTextAlign(ColumnTextAlign.END).setWidth("4em")
                .setFlexGrow(0);
        grid.addColumn(FrozenRow::rateText).setHeader("Rate").setTextAlign(ColumnTextAlign.END).setWidth("6em")
                .setFlexGrow(0);
        grid.addColumn(row -> row.status().label()).setHeader("Status").setAutoWidth(true);
        changedColumn = grid.addColumn(row -> row.previous().map(FrozenRow.Previous::describe).orElse(""))
                .setHeader("Changed since the version before").setFlexGrow(3)
                .setTooltipGenerator(row -> row.previous().map(FrozenRow.Previous::describe).orElse(""));
        grid.setPartNameGenerator(row -> row.previous().isPresent() ? "frozen-changed" : null);
        grid.setEmptyStateText("No registrant had a counted record in the period when it was closed.");
        grid.setItems(new CallbackDataProvider<FrozenRow, Void>(
                query -> frozen.page(period.id(), selected(), changedOnly.getValue(), query.getOffset(),
                        Math.min(query.getLimit(), PageRequest.MAX_LIMIT)).stream(),
                query -> frozen.count(period.id(), selected(), changedOnly.getValue()),
                row -> row.registrant().value()));
        version.addValueChangeListener(event -> refresh());
        changedOnly.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        VerticalLayout side = new VerticalLayout(totals, liveTotals);
        side.setPadding(false);
        side.setSpacing(false);
        add(bar, side, grid);
        expand(grid);
        reload();
    }

    /** Reads the versions again (after a closing) and shows the latest. */
    void reload() {
        List<FrozenVersion> versions = frozen.versions(period.id());
        version.setItems(versions);
        setVisible(!versions.isEmpty());
        if (!versions.isEmpty()) {
            version.setValue(versions.getLast());
        }
    }

    private int selected() {
        return version.getValue() == null ? 0 : version.getValue().version();
    }

    private void refresh() {
        FrozenVersion shown = version.getValue();
        if (shown == null) {
            return;
        }
        boolean first = shown.version() == 1;
        changedColumn.setVisible(!first);
        changedOnly.setEnabled(!first);
        if (first) {
            changedOnly.setValue(false);
        }
        Map<ComplianceStatus, Integer> live = frozen.liveTotals(period.id());
        totals.setText("Frozen version " + shown.version() + " (" + shown.policy().requiredPercent()
                + "% required, excused " + shown.policy().excusedPolicy().name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ') + "): " + text(shown.totals()));
        boolean same = java.util.Arrays.stream(ComplianceStatus.values()).allMatch(status ->
                live.getOrDefault(status, 0).equals(shown.totals().getOrDefault(status, 0)));
        liveTotals.setText("Live list now: " + text(live) + (same ? " (the same totals)"
                : " \u2013 differs from this version: corrections made since are not in it"));
        liveTotals.getStyle().set("color", same ? "var(--lumo-secondary-text-color)" : "var(--lumo-warning-text-color)");
        grid.getDataProvider().refreshAll();
    }

    private static String text(Map<ComplianceStatus, Integer> totals) {
        return java.util.Arrays.stream(ComplianceStatus.values())
                .map(status -> status.label() + " " + totals.getOrDefault(status, 0))
                .reduce((a, b) -> a + ", " + b).orElse("");
    }
}
