package org.sessiontracking.adapters.web.compliance;

import org.junit.jupiter.api.Test;
import org.sessiontracking.application.compliance.Period;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodPresetTest {

    /** 29 November 2026, 08:00 in Manila: the day the presets are asked on. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T00:00:00Z"), ZoneId.of("Asia/Manila"));
    private static final LocalDate TODAY = LocalDate.now(CLOCK);

    @Test
    void everyDatedPresetEndsTodayAndNoneRunsIntoTheFuture() {
        assertThat(PeriodPreset.THIS_MONTH.on(TODAY)).contains(new Period(LocalDate.of(2026, 11, 1), TODAY));
        assertThat(PeriodPreset.LAST_3_MONTHS.on(TODAY)).contains(new Period(LocalDate.of(2026, 9, 1), TODAY));
        assertThat(PeriodPreset.THIS_YEAR.on(TODAY)).contains(new Period(LocalDate.of(2026, 1, 1), TODAY));
        assertThat(TODAY).isEqualTo(LocalDate.of(2026, 11, 29));
    }

    @Test
    void onTheFirstDayAPresetIsThatOneDayAndLastThreeMonthsCrossesTheYear() {
        LocalDate newYear = LocalDate.of(2027, 1, 1);
        assertThat(PeriodPreset.THIS_MONTH.on(newYear)).contains(new Period(newYear, newYear));
        assertThat(PeriodPreset.THIS_YEAR.on(newYear)).contains(new Period(newYear, newYear));
        assertThat(PeriodPreset.LAST_3_MONTHS.on(newYear)).contains(new Period(LocalDate.of(2026, 11, 1), newYear));
    }

    @Test
    void onTheLastDayOfAMonthLastThreeMonthsIsThreeWholeMonths() {
        LocalDate endOfFebruary = LocalDate.of(2028, 2, 29);
        assertThat(PeriodPreset.LAST_3_MONTHS.on(endOfFebruary))
                .contains(new Period(LocalDate.of(2027, 12, 1), endOfFebruary));
    }

    @Test
    void customAndAllTimeHaveNoDatesOfTheirOwn() {
        assertThat(PeriodPreset.CUSTOM.on(TODAY)).isEmpty();
        assertThat(PeriodPreset.ALL_TIME.on(TODAY)).isEmpty();
    }
}
