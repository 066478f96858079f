package org.sessiontracking.adapters.web.compliance;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.CurriculumRow;
import org.sessiontracking.application.compliance.port.in.CurriculumCompletionUseCase;
import org.sessiontracking.application.sessiontype.SessionTypeFilter;
import org.sessiontracking.application.sessiontype.port.in.ListSessionTypesUseCase;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.Topic;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Curriculum completion of a topic-tracking type, over all time (the default: a curriculum such as a
 * one-time skills training is completed once) or over a chosen period: per registrant, the active topics
 * covered and missing and the completion percentage; a filter shows who completed the whole curriculum.
 */
@Route("compliance/curriculum")
@PageTitle("Curriculum completion")
@PermitAll
public class CurriculumView extends VerticalLayout {

    private final CurriculumCompletionUseCase curriculum;
    private final Select<SessionType> type = new Select<>();
    private final Checkbox completedOnly = new Checkbox("Completed the whole curriculum only");
    private final Grid<CurriculumRow> grid = new Grid<>();
    private final PeriodField period;
    private final Span total = new Span();
    private final ConfigurableFilterDataProvider<CurriculumRow, Void, Void> rows;

    public CurriculumView(CurriculumCompletionUseCase curriculum, ListSessionTypesUseCase types, Clock clock) {
        this.curriculum = curriculum;
        setSizeFull();
        period = new PeriodField("curriculum", clock, List.of(PeriodPreset.ALL_TIME, PeriodPreset.THIS_MONTH,
                PeriodPreset.LAST_3_MONTHS, PeriodPreset.THIS_YEAR, PeriodPreset.CUSTOM), PeriodPreset.ALL_TIME,
                this::refresh);
        List<SessionType> tracking = types.list(SessionTypeFilter.ALL, PageRequest.first(PageRequest.MAX_LIMIT))
                .stream().filter(SessionType::topicTracking).toList();
        type.setLabel("Session type (with topics)");
        type.setId("curriculum-type");
        type.setItems(tracking);
        type.setItemLabelGenerator(SessionType::name);
        tracking.stream().filter(t -> "FDS".equals(t.details().code().orElse(""))).findFirst()
                .or(() -> tracking.stream().findFirst()).ifPresent(type::setValue);
        completedOnly.setId("curriculum-completed-only");
        total.setId("curriculum-total");
        HorizontalLayout filters = new HorizontalLayout(type, period, completedOnly, total);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");

        grid.setId("curriculum-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(row -> row.name() + " (" + row.externalId() + ")").setHeader("Registrant").setFlexGrow(2);
        grid.addColumn(CurriculumRow::area).setHeader("Area").setFlexGrow(1);
        grid.addColumn(row -> row.completion().percent() + "%").setHeader("Completion").setKey("completion")
                .setWidth("7em").setFlexGrow(0);
        grid.addColumn(row -> names(row.completion().covered())).setHeader("Covered").setKey("covered")
                .setTooltipGenerator(row -> names(row.completion().covered())).setFlexGrow(3);
        grid.addColumn(row -> names(row.completion().missing())).setHeader("Missing").setKey("missing")
                .setTooltipGenerator(row -> names(row.completion().missing())).setFlexGrow(3);
        grid.setEmptyStateText("Nobody has attendance for this type in this period.");
        rows = new CallbackDataProvider<CurriculumRow, Void>(this::fetch, this::count,
                row -> row.registrant().value()).withConfigurableFilter();
        grid.setItems(rows);
        type.addValueChangeListener(event -> refresh());
        completedOnly.addValueChangeListener(event -> refresh());
        add(filters, grid);
        expand(grid);
        refresh();
    }

    private static String names(List<Topic> topics) {
        return topics.stream().map(Topic::name).collect(Collectors.joining(", "));
    }

    private void refresh() {
        if (rows == null) {
            return;
        }
        if (type.getValue() == null) {
            total.setText("No session type tracks topics.");
        } else if (!periodChosen()) {
            total.setText("Choose both dates of the period.");
        } else {
            total.setText(curriculum.count(type.getValue().id(), period.period(), completedOnly.getValue())
                    + " registrants");
        }
        rows.refreshAll();
    }

    /** "All time" (then {@code period.period()} is empty: the use case's "all time") or two dates in order. */
    private boolean periodChosen() {
        return period.allTime() || period.period().isPresent();
    }

    private Stream<CurriculumRow> fetch(Query<CurriculumRow, Void> query) {
        if (type.getValue() == null || !periodChosen()) {
            return Stream.empty();
        }
        return curriculum.list(type.getValue().id(), period.period(), completedOnly.getValue(),
                new PageRequest(query.getOffset(), Math.min(query.getLimit(), PageRequest.MAX_LIMIT), List.of()))
                .stream();
    }

    private int count(Query<CurriculumRow, Void> query) {
        return type.getValue() == null || !periodChosen() ? 0
                : curriculum.count(type.getValue().id(), period.period(), completedOnly.getValue());
    }
}
