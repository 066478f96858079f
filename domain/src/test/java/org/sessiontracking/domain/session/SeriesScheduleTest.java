package org.sessiontracking.domain.session;

import org.junit.jupiter.api.Test;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.sessiontype.Frequency;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeriesScheduleTest {

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void weeklyAddsSevenDaysUpToAndIncludingTheEndDate() {
        assertThat(SeriesSchedule.until(date("2026-03-02"), date("2026-03-23")).dates(Frequency.WEEKLY))
                .containsExactly(date("2026-03-02"), date("2026-03-09"), date("2026-03-16"), date("2026-03-23"));
    }

    @Test
    void biWeeklyAddsFourteenDaysAcrossTheYearEnd() {
        assertThat(SeriesSchedule.times(date("2026-12-17"), 3).dates(Frequency.BI_WEEKLY))
                .containsExactly(date("2026-12-17"), date("2026-12-31"), date("2027-01-14"));
    }

    @Test
    void monthlyOnThe31stFallsOnTheLastDayAndReturnsToThe31st() {
        assertThat(SeriesSchedule.times(date("2027-01-31"), 5).dates(Frequency.MONTHLY))
                .containsExactly(date("2027-01-31"), date("2027-02-28"), date("2027-03-31"), date("2027-04-30"),
                        date("2027-05-31"));
    }

    @Test
    void monthlyInALeapYearFallsOnFebruaryThe29th() {
        assertThat(SeriesSchedule.times(date("2028-01-31"), 3).dates(Frequency.MONTHLY))
                .containsExactly(date("2028-01-31"), date("2028-02-29"), date("2028-03-31"));
        assertThat(SeriesSchedule.times(date("2028-01-30"), 3).dates(Frequency.MONTHLY))
                .containsExactly(date("2028-01-30"), date("2028-02-29"), date("2028-03-30"));
    }

    @Test
    void monthlyFromTheLeapDayKeepsThe29th() {
        assertThat(SeriesSchedule.times(date("2028-02-29"), 3).dates(Frequency.MONTHLY))
                .containsExactly(date("2028-02-29"), date("2028-03-29"), date("2028-04-29"));
    }

    @Test
    void monthlyWithAnEndDateStopsAtTheLastDateNotAfterIt() {
        assertThat(SeriesSchedule.until(date("2026-01-31"), date("2026-04-29")).dates(Frequency.MONTHLY))
                .containsExactly(date("2026-01-31"), date("2026-02-28"), date("2026-03-31"));
    }

    @Test
    void quarterlyAddsThreeMonthsAnchoredToTheStartDay() {
        assertThat(SeriesSchedule.times(date("2027-08-31"), 4).dates(Frequency.QUARTERLY))
                .containsExactly(date("2027-08-31"), date("2027-11-30"), date("2028-02-29"), date("2028-05-31"));
    }

    @Test
    void aOneTimeTypeGetsExactlyOneSessionWhateverTheCountOrEndDate() {
        assertThat(SeriesSchedule.times(date("2026-05-05"), 10).dates(Frequency.ONE_TIME))
                .containsExactly(date("2026-05-05"));
        assertThat(SeriesSchedule.until(date("2026-05-05"), date("2027-05-05")).dates(Frequency.ONE_TIME))
                .containsExactly(date("2026-05-05"));
    }

    @Test
    void anEndDateOnTheStartDateGivesOneSession() {
        assertThat(SeriesSchedule.until(date("2026-05-05"), date("2026-05-05")).dates(Frequency.WEEKLY))
                .containsExactly(date("2026-05-05"));
    }

    @Test
    void needsExactlyOneOfEndDateAndCount() {
        assertThatThrownBy(() -> new SeriesSchedule(date("2026-01-01"), Optional.empty(), Optional.empty()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Give either an end date or a number of sessions");
        assertThatThrownBy(() -> new SeriesSchedule(date("2026-01-01"), Optional.of(date("2026-02-01")),
                Optional.of(3)))
                .hasMessage("Give either an end date or a number of sessions");
    }

    @Test
    void refusesAnEndDateBeforeTheStart() {
        assertThatThrownBy(() -> SeriesSchedule.until(date("2026-03-01"), date("2026-02-28")))
                .hasMessage("End date must not be before the start date (2026-03-01), got 2026-02-28")
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).contains("endDate"));
    }

    @Test
    void refusesACountOutsideOneTo200() {
        assertThatThrownBy(() -> SeriesSchedule.times(date("2026-03-01"), 0))
                .hasMessage("Number of sessions must be between 1 and 200, got 0");
        assertThatThrownBy(() -> SeriesSchedule.times(date("2026-03-01"), 201))
                .hasMessage("Number of sessions must be between 1 and 200, got 201");
        assertThat(SeriesSchedule.times(date("2026-03-01"), 200).dates(Frequency.WEEKLY)).hasSize(200);
    }

    @Test
    void refusesAnEndDateThatGivesMoreThan200Sessions() {
        SeriesSchedule fiveYearsWeekly = SeriesSchedule.until(date("2026-01-01"), date("2030-12-31"));
        assertThatThrownBy(() -> fiveYearsWeekly.dates(Frequency.WEEKLY))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("A series can have at most 200 sessions; weekly from 2026-01-01 to 2030-12-31 gives more."
                        + " Choose an earlier end date.");
        assertThat(fiveYearsWeekly.dates(Frequency.MONTHLY)).hasSize(60);
    }
}
