package org.sessiontracking.adapters.web.graduation;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.Query;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.graduation.ReadinessRow;
import org.sessiontracking.domain.graduation.Criterion;
import org.sessiontracking.domain.graduation.CriterionState;
import org.sessiontracking.domain.graduation.GraduationPathway;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/**
 * A pathway's registrants, loaded lazily a page at a time: readiness, ready or not, one column per
 * criterion (met or not, with why in the cell and its tooltip) and the latest graduation. Selectable
 * (many at once) when the user may graduate.
 */
final class ReadinessGrid extends Grid<ReadinessRow> {

    private final ConfigurableFilterDataProvider<ReadinessRow, Void, Void> rows;
    private final java.util.function.Consumer<ReadinessRow> open;

    /** @param open shows one registrant's details (criteria, assessments, graduation records) */
    ReadinessGrid(Function<PageRequest, List<ReadinessRow>> page, ToIntFunction<Void> count, boolean selectable,
                  java.util.function.Consumer<ReadinessRow> open) {
        this.open = open;
        setId("readiness-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setSelectionMode(selectable ? SelectionMode.MULTI : SelectionMode.NONE);
        rows = new CallbackDataProvider<ReadinessRow, Void>(
                query -> fetch(page, query), query -> count.applyAsInt(null),
                row -> row.registrant().value()).withConfigurableFilter();
        setItems(rows);
        setEmptyStateText("Nobody is on this pathway's list with this filter.");
    }

    private static Stream<ReadinessRow> fetch(Function<PageRequest, List<ReadinessRow>> page,
                                              Query<ReadinessRow, Void> query) {
        return page.apply(new PageRequest(query.getOffset(), Math.min(query.getLimit(), PageRequest.MAX_LIMIT),
                List.of())).stream();
    }

    /** Rebuilds the columns for the pathway's criteria. */
    void show(GraduationPathway pathway) {
        removeAllColumns();
        addComponentColumn(this::detailsButton).setHeader("").setKey("details").setWidth("3rem").setFlexGrow(0)
                .setTooltipGenerator(row -> DETAILS);
        addColumn(row -> row.name() + " (" + row.externalId() + ")").setHeader("Registrant").setKey("name")
                .setTooltipGenerator(row -> row.name() + " (" + row.externalId() + ")").setWidth("14rem")
                .setFlexGrow(2).setResizable(true);
        addColumn(ReadinessRow::area).setHeader("Area").setKey("area").setTooltipGenerator(ReadinessRow::area)
                .setWidth("8rem").setFlexGrow(0).setResizable(true);
        addColumn(row -> row.readiness().percent() + "%").setHeader("Readiness").setKey("readiness")
                .setTextAlign(ColumnTextAlign.END).setWidth("6.5rem").setFlexGrow(0);
        addComponentColumn(ReadinessGrid::status).setHeader("Status").setKey("status").setWidth("9.5rem")
                .setFlexGrow(0);
        List<Criterion> criteria = pathway.criteria();
        for (int i = 0; i < criteria.size(); i++) {
            int index = i;
            Criterion criterion = criteria.get(i);
            addComponentColumn(row -> state(row.readiness().states().get(index)))
                    .setHeader(criterion.label() + (criterion.required() ? " *" : "") + " \u00b7 weight " + criterion.weight())
                    .setKey("criterion-" + criterion.id().value())
                    .setTooltipGenerator(row -> row.readiness().states().get(index).detail())
                    .setWidth("10rem").setFlexGrow(2).setResizable(true);
        }
        rows.refreshAll();
    }

    static final String DETAILS = "Details, assessments and graduation records";

    private com.vaadin.flow.component.button.Button detailsButton(ReadinessRow row) {
        var details = new com.vaadin.flow.component.button.Button(VaadinIcon.USER_CARD.create(),
                event -> open.accept(row));
        details.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY_INLINE);
        details.setAriaLabel(DETAILS + ": " + row.name());
        details.setId("readiness-details-" + row.registrant().value());
        return details;
    }

    void refresh() {
        rows.refreshAll();
    }

    /** Graduated (with the date), revoked, ready or not ready. */
    static Span status(ReadinessRow row) {
        Span badge;
        if (row.graduated()) {
            badge = new Span("Graduated " + row.graduation().orElseThrow().graduatedOn());
            badge.getElement().getThemeList().add("badge success primary");
        } else if (row.readiness().ready()) {
            badge = new Span("Ready");
            badge.getElement().getThemeList().add("badge success");
        } else {
            badge = new Span("Not ready");
            badge.getElement().getThemeList().add("badge contrast");
        }
        if (row.graduation().filter(mark -> mark.revoked()).isPresent() && !row.graduated()) {
            badge.setText(badge.getText() + " (revoked)");
        }
        return badge;
    }

    private static HorizontalLayout state(CriterionState state) {
        Icon icon = (state.met() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CLOSE_CIRCLE_O).create();
        icon.setColor(state.met() ? "var(--lumo-success-color)" : "var(--lumo-error-color)");
        icon.setSize("var(--lumo-icon-size-s)");
        icon.getElement().setAttribute("aria-label", state.met() ? "met" : "not met");
        // the cell says the gist ("Compliant, 90.9%", "2 of 3 topics; missing Health"); the tooltip and the details dialog say all
        Span detail = new Span(state.detail().split(" \\(")[0]);
        detail.getStyle().set("overflow", "hidden").set("text-overflow", "ellipsis").set("white-space", "nowrap");
        HorizontalLayout cell = new HorizontalLayout(icon, detail);
        cell.setSpacing(false);
        cell.getStyle().set("gap", "0.3em");
        cell.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        return cell;
    }
}
