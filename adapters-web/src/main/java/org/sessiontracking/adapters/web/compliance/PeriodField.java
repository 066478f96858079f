package org.sessiontracking.adapters.web.compliance;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import org.sessiontracking.application.compliance.Period;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A period preset plus the two dates it stands for; choosing dates by hand switches to Custom. Where
 * "All time" is offered and chosen, the dates are hidden.
 */
class PeriodField extends HorizontalLayout {

    private final Select<PeriodPreset> preset = new Select<>();
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Clock clock;
    private boolean applying;

    /** Offers the dated presets (no "All time"). */
    PeriodField(String idPrefix, Clock clock, PeriodPreset initial, Runnable onChange) {
        this(idPrefix, clock, PeriodPreset.DATED, initial, onChange);
    }

    PeriodField(String idPrefix, Clock clock, List<PeriodPreset> offered, PeriodPreset initial, Runnable onChange) {
        this.clock = clock;
        setAlignItems(Alignment.BASELINE);
        setPadding(false);
        preset.setLabel("Period");
        preset.setId(idPrefix + "-period");
        preset.setItems(offered);
        preset.setItemLabelGenerator(PeriodPreset::label);
        from.setId(idPrefix + "-from");
        to.setId(idPrefix + "-to");
        preset.setValue(initial);
        apply(initial);
        preset.addValueChangeListener(event -> {
            apply(event.getValue());
            onChange.run();
        });
        from.addValueChangeListener(event -> dateChanged(onChange));
        to.addValueChangeListener(event -> dateChanged(onChange));
        add(preset, from, to);
    }

    private void apply(PeriodPreset value) {
        from.setVisible(value != PeriodPreset.ALL_TIME);
        to.setVisible(value != PeriodPreset.ALL_TIME);
        value.on(LocalDate.now(clock)).ifPresent(period -> {
            applying = true;
            from.setValue(period.from());
            to.setValue(period.to());
            applying = false;
        });
    }

    private void dateChanged(Runnable onChange) {
        if (applying) {
            return;
        }
        if (preset.getValue() != PeriodPreset.CUSTOM) {
            applying = true;
            preset.setValue(PeriodPreset.CUSTOM);
            applying = false;
        }
        onChange.run();
    }

    /** Whether "All time" is chosen: no period at all. */
    boolean allTime() {
        return preset.getValue() == PeriodPreset.ALL_TIME;
    }

    /**
     * The chosen period; empty (with the date field marked) while the dates are missing or reversed, and
     * empty (marking nothing) for "All time".
     */
    Optional<Period> period() {
        from.setInvalid(false);
        to.setInvalid(false);
        if (allTime()) {
            return Optional.empty();
        }
        if (from.getValue() == null || to.getValue() == null) {
            (from.getValue() == null ? from : to).setInvalid(true);
            return Optional.empty();
        }
        if (to.getValue().isBefore(from.getValue())) {
            to.setErrorMessage("The period ends before it starts");
            to.setInvalid(true);
            return Optional.empty();
        }
        return Optional.of(new Period(from.getValue(), to.getValue()));
    }
}
