package org.sessiontracking.adapters.web.verification;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.sessiontracking.application.verification.PeriodSummary;

import java.util.Comparator;
import java.util.List;

/** A type's verification periods with their state, frozen version and pending late corrections; each opens its page. */
final class PeriodsGrid extends Grid<PeriodSummary> {

    PeriodsGrid() {
        setId("periods-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        addComponentColumn(summary -> {
            RouterLink link = new RouterLink(summary.period().name(), VerificationPeriodView.class,
                    new RouteParameters("period", String.valueOf(summary.period().id().value())));
            link.setId("period-link-" + summary.period().id().value());
            return link;
        }).setHeader("Period").setFlexGrow(2).setComparator(Comparator.comparing(s -> s.period().from()))
                .setSortable(true);
        addColumn(summary -> PeriodLabels.DAY.format(summary.period().from())).setHeader("From").setAutoWidth(true);
        addColumn(summary -> PeriodLabels.DAY.format(summary.period().to())).setHeader("To").setAutoWidth(true);
        addColumn(summary -> PeriodLabels.DAY.format(summary.period().deadline())).setHeader("Data entry until")
                .setAutoWidth(true);
        addComponentColumn(summary -> PeriodLabels.state(summary.state())).setHeader("State").setAutoWidth(true)
                .setComparator(Comparator.comparing(PeriodSummary::state)).setSortable(true);
        addColumn(summary -> summary.latestVersion().map(String::valueOf).orElse("\u2013")).setHeader("Frozen version")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(summary -> summary.pendingCorrections() == 0 ? "\u2013" : String.valueOf(summary.pendingCorrections()))
                .setHeader("Late corrections to decide").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        setEmptyStateText("No verification periods yet: define one, or generate the periods of a year.");
        setAllRowsVisible(false);
    }

    void show(List<PeriodSummary> periods) {
        setItems(periods);
    }
}
