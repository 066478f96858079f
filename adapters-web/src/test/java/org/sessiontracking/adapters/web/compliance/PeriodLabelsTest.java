package org.sessiontracking.adapters.web.compliance;

import org.junit.jupiter.api.Test;
import org.sessiontracking.application.compliance.Period;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodLabelsTest {

    private static String label(String from, String to) {
        return PeriodLabels.of(new Period(LocalDate.parse(from), LocalDate.parse(to)));
    }

    @Test
    void aWholeMonthIsNamedAWholeQuarterNumberedAndAnythingElseShownByItsDates() {
        assertThat(label("2026-02-01", "2026-02-28")).isEqualTo("February 2026");
        assertThat(label("2026-04-01", "2026-06-30")).isEqualTo("Q2 2026 (Apr\u2013Jun)");
        assertThat(label("2026-03-15", "2026-03-31")).isEqualTo("15 Mar 2026 \u2013 31 Mar 2026");
        assertThat(label("2026-02-01", "2026-04-30")).isEqualTo("1 Feb 2026 \u2013 30 Apr 2026");
    }
}
