package org.sessiontracking.adapters.web.session;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import org.sessiontracking.adapters.web.common.FieldErrors;
import org.sessiontracking.adapters.web.common.Notifications;
import org.sessiontracking.application.session.port.in.PreviewSeriesUseCase;
import org.sessiontracking.application.session.port.in.ScheduleSeriesUseCase;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.session.SeriesSchedule;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionPlan;
import org.sessiontracking.domain.sessiontype.Frequency;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.Topic;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Schedules a series from the type's frequency: a start date, then an end date or a number of
 * sessions. The dates are shown, and only confirming them stores the sessions (all or none).
 */
final class SeriesDialog extends Dialog {

    static final String UNTIL_DATE = "On an end date";
    static final String COUNT = "After a number of sessions";
    private static final DateTimeFormatter WITH_WEEKDAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private final SessionUseCases useCases;
    private final SessionType type;
    private final SessionPlan plan;
    private final Consumer<List<Session>> onScheduled;
    private final DatePicker start = new DatePicker("Start date");
    private final RadioButtonGroup<String> ends = new RadioButtonGroup<>("Ends");
    private final DatePicker end = new DatePicker("End date");
    private final IntegerField count = new IntegerField("Number of sessions");
    private final Checkbox rotateTopics = new Checkbox("Take the topics in turn");
    private final VerticalLayout dates = new VerticalLayout();
    private final Span summary = new Span();
    private final Button confirm = new Button("Schedule sessions");
    private final FieldErrors fieldErrors = new FieldErrors();
    private List<LocalDate> previewed = List.of();

    SeriesDialog(SessionUseCases useCases, SessionType type, SessionPlan plan, Consumer<List<Session>> onScheduled) {
        this.useCases = useCases;
        this.type = type;
        this.plan = plan;
        this.onScheduled = onScheduled;
        setId("series-dialog");
        setHeaderTitle("Schedule a series of " + type.name() + " sessions");
        setWidth("560px");
        setMaxWidth("100%");

        Frequency frequency = type.details().frequency();
        Paragraph how = new Paragraph(frequency.label() + ": " + describe(frequency)
                + ". Every session gets the details from the form.");
        start.setId("series-start");
        start.setValue(plan.date());
        ends.setId("series-ends");
        ends.setItems(UNTIL_DATE, COUNT);
        ends.setValue(COUNT);
        end.setId("series-end");
        count.setId("series-count");
        count.setMin(1);
        count.setMax(SeriesSchedule.MAX_SESSIONS);
        count.setStepButtonsVisible(true);
        count.setValue(frequency == Frequency.ONE_TIME ? 1 : 6);
        count.setHelperText("At most " + SeriesSchedule.MAX_SESSIONS);
        fieldErrors.register("startDate", start).register("endDate", end).register("count", count);
        dates.setId("series-dates");
        dates.setPadding(false);
        dates.setSpacing(false);
        dates.getStyle().set("max-height", "16em").set("overflow", "auto");
        summary.setId("series-summary");
        HorizontalLayout endChoice = new HorizontalLayout(end, count);
        endChoice.setAlignItems(FlexComponent.Alignment.BASELINE);
        rotateTopics.setId("series-rotate-topics");
        List<Topic> offered = type.offeredTopics();
        rotateTopics.setVisible(offered.size() > 1);
        rotateTopics.getStyle().set("display", "flex").set("width", "fit-content").set("margin-top", "var(--lumo-space-s)");
        rotateTopics.setTooltipText("Each session takes the next topic, starting with the form's topic: "
                + offered.stream().map(Topic::name).collect(Collectors.joining(", ")) + ", then again");
        add(how, start, ends, endChoice, rotateTopics, summary, dates);

        start.addValueChangeListener(event -> preview());
        end.addValueChangeListener(event -> preview());
        count.addValueChangeListener(event -> preview());
        rotateTopics.addValueChangeListener(event -> preview());
        ends.addValueChangeListener(event -> {
            end.setVisible(UNTIL_DATE.equals(event.getValue()));
            count.setVisible(COUNT.equals(event.getValue()));
            preview();
        });
        end.setVisible(false);

        Button cancel = new Button("Cancel", event -> close());
        cancel.setId("cancel-series");
        confirm.setId("confirm-series");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(event -> scheduleSeries());
        getFooter().add(cancel, confirm);
        preview();
    }

    private static String describe(Frequency frequency) {
        return switch (frequency) {
            case WEEKLY -> "every 7 days";
            case BI_WEEKLY -> "every 14 days";
            case MONTHLY -> "the same day each month (the 31st falls on the last day of shorter months)";
            case QUARTERLY -> "every three months on the same day";
            case ONE_TIME -> "a one-time type gets a single session";
        };
    }

    /** Shows the dates the series would have, or why it cannot be scheduled. */
    private void preview() {
        fieldErrors.clear();
        previewed = List.of();
        dates.removeAll();
        // nothing valid to schedule: the button must not name a count left over from an earlier choice
        confirm.setText("Schedule sessions");
        confirm.setEnabled(false);
        Optional<SeriesSchedule> schedule = chosenSchedule();
        if (schedule.isEmpty()) {
            summary.setText("Choose a start date and when the series ends.");
            return;
        }
        try {
            previewed = useCases.previewSeries().preview(new PreviewSeriesUseCase.Command(type.id(), schedule.get()));
        } catch (DomainException refused) {
            fieldErrors.show(refused);
            summary.setText(refused.getMessage());
            return;
        }
        summary.setText(previewed.size() + " session" + (previewed.size() == 1 ? "" : "s") + ":");
        List<String> topics = rotateTopics.getValue()
                ? type.topicRotation(plan.topic(), previewed.size()).stream().map(Topic::name).toList()
                : List.of();
        for (int i = 0; i < previewed.size(); i++) {
            dates.add(new Span(WITH_WEEKDAY.format(previewed.get(i)) + (topics.isEmpty() ? "" : " · " + topics.get(i))));
        }
        confirm.setText("Schedule " + previewed.size() + " session" + (previewed.size() == 1 ? "" : "s"));
        confirm.setEnabled(true);
    }

    private Optional<SeriesSchedule> chosenSchedule() {
        if (start.getValue() == null) {
            return Optional.empty();
        }
        try {
            if (UNTIL_DATE.equals(ends.getValue())) {
                return end.getValue() == null ? Optional.empty()
                        : Optional.of(SeriesSchedule.until(start.getValue(), end.getValue()));
            }
            return count.getValue() == null ? Optional.empty()
                    : Optional.of(SeriesSchedule.times(start.getValue(), count.getValue()));
        } catch (DomainException refused) {
            fieldErrors.show(refused);
            return Optional.empty();
        }
    }

    private void scheduleSeries() {
        Optional<SeriesSchedule> schedule = chosenSchedule();
        if (schedule.isEmpty()) {
            return;
        }
        try {
            List<Session> created = useCases.scheduleSeries().schedule(new ScheduleSeriesUseCase.Command(type.id(),
                    plan, schedule.get(), rotateTopics.isVisible() && rotateTopics.getValue()));
            Notifications.success(created.size() + " " + type.name() + " session" + (created.size() == 1 ? "" : "s")
                    + " scheduled");
            close();
            onScheduled.accept(created);
        } catch (DomainException problem) {
            Notifications.error(problem.getMessage());
        }
    }
}
