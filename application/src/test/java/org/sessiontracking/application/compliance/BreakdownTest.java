package org.sessiontracking.application.compliance;

import org.junit.jupiter.api.Test;
import org.sessiontracking.domain.sessiontype.Frequency;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class BreakdownTest {

    private static Period period(String from, String to) {
        return new Period(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void typesMeetingMonthlyOrMoreOftenAreBrokenDownByMonthQuarterlyByQuarterAndOneTimeNotAtAll() {
        assertThat(Breakdown.of(Frequency.WEEKLY)).isEqualTo(Breakdown.MONTH);
        assertThat(Breakdown.of(Frequency.BI_WEEKLY)).isEqualTo(Breakdown.MONTH);
        assertThat(Breakdown.of(Frequency.MONTHLY)).isEqualTo(Breakdown.MONTH);
        assertThat(Breakdown.of(Frequency.QUARTERLY)).isEqualTo(Breakdown.QUARTER);
        assertThat(Breakdown.of(Frequency.ONE_TIME)).isEqualTo(Breakdown.NONE);
    }

    @Test
    void calendarMonthsAreCutToTheChosenRange() {
        assertThat(Breakdown.MONTH.periods(period("2026-03-15", "2026-05-10"))).containsExactly(
                period("2026-03-15", "2026-03-31"), period("2026-04-01", "2026-04-30"),
                period("2026-05-01", "2026-05-10"));
        assertThat(Breakdown.MONTH.periods(period("2026-02-01", "2026-02-28")))
                .containsExactly(period("2026-02-01", "2026-02-28"));
    }

    @Test
    void calendarQuartersStartInJanuaryAprilJulyAndOctoberAcrossTheYearEnd() {
        assertThat(Breakdown.QUARTER.periods(period("2025-11-20", "2026-05-31"))).containsExactly(
                period("2025-11-20", "2025-12-31"), period("2026-01-01", "2026-03-31"),
                period("2026-04-01", "2026-05-31"));
    }

    @Test
    void aOneTimeTypeHasNoPeriods() {
        assertThat(Breakdown.NONE.periods(period("2026-01-01", "2026-12-31"))).isEmpty();
    }
}
