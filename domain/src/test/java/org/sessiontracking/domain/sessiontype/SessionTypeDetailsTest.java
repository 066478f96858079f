package org.sessiontracking.domain.sessiontype;

import org.junit.jupiter.api.Test;
import org.sessiontracking.domain.common.InvalidValueException;

import java.math.BigDecimal;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionTypeDetailsTest {

    private static SessionTypeDetails details(String name, String code, String hours, int required) {
        return new SessionTypeDetails(name, Optional.ofNullable(code), null, Frequency.MONTHLY,
                hours == null ? null : new BigDecimal(hours), required, null);
    }

    @Test
    void trimsTheNameAndUppercasesTheCode() {
        SessionTypeDetails details = details("  Workshop ", " ws-1 ", "4", 90);
        assertThat(details.name()).isEqualTo("Workshop");
        assertThat(details.code()).contains("WS-1");
        assertThat(details.description()).isEmpty();
    }

    @Test
    void aNameOrCodeClashesWithAnotherTypesNameOrCodeIgnoringCase() {
        SessionTypeDetails fds = details("Family Development Session", "FDS", "2", 80);
        assertThat(details("fds", "F2", "2", 80).clashWith(fds))
                .hasValueSatisfying(clash -> assertThat(clash.field()).isEqualTo("name"));
        assertThat(details("FAMILY development session", "F2", "2", 80).clashWith(fds))
                .hasValueSatisfying(clash -> assertThat(clash.field()).isEqualTo("name"));
        assertThat(details("Other", "fds", "2", 80).clashWith(fds))
                .hasValueSatisfying(clash -> assertThat(clash.field()).isEqualTo("code"));
        SessionTypeDetails meeting = details("Meeting", null, "2", 80);
        assertThat(details("Group Meeting", "MEETING", "2", 80).clashWith(meeting))
                .hasValueSatisfying(clash -> {
                    assertThat(clash.field()).isEqualTo("code");
                    assertThat(clash.message()).contains("'Meeting' is the name of another session type");
                });
        assertThat(details("Other", null, "2", 80).clashWith(fds)).isEmpty();
        assertThat(details("Other", null, "2", 80).clashWith(meeting)).isEmpty();
    }

    @Test
    void aTypesNameMayBeItsOwnCode() {
        SessionTypeDetails workshop = details("WORKSHOP", "workshop", "2", 80);
        assertThat(workshop.code()).contains("WORKSHOP");
        assertThat(details("Other", "OTH", "2", 80).clashWith(workshop)).isEmpty();
    }

    @Test
    void theEarlyWarningListsThreeAbsencesInARowUnlessSetBetweenOneAndFifty() {
        assertThat(details("Workshop", null, "4", 90).absenceWarning()).isEqualTo(3);
        assertThat(new SessionTypeDetails("W", Optional.empty(), null, Frequency.MONTHLY, BigDecimal.ONE, 80, null, 50)
                .absenceWarning()).isEqualTo(50);
        for (int refused : new int[]{0, 51}) {
            assertThatThrownBy(() -> new SessionTypeDetails("W", Optional.empty(), null, Frequency.MONTHLY,
                    BigDecimal.ONE, 80, null, refused))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.field()).contains("absenceWarning");
                        assertThat(e.getMessage()).contains("between 1 and 50");
                    });
        }
    }

    @Test
    void excusedAbsencesAreLeftOutByDefault() {
        assertThat(details("Workshop", null, "4", 90).excusedPolicy()).isEqualTo(ExcusedPolicy.LEFT_OUT);
    }

    @Test
    void blankCodeMeansNoCode() {
        assertThat(details("Workshop", "  ", "4", 90).code()).isEmpty();
    }

    @Test
    void nameIsRequired() {
        assertThatThrownBy(() -> details("   ", null, "2", 80))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Name is required")
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).contains("name"));
    }

    @Test
    void requiredAttendanceMustBeAPercentage() {
        assertThatThrownBy(() -> details("FDS", null, "2", 120))
                .hasMessage("Required attendance must be between 0 and 100, got 120");
        assertThatThrownBy(() -> details("FDS", null, "2", -1))
                .hasMessage("Required attendance must be between 0 and 100, got -1");
        assertThat(details("FDS", null, "2", 0).requiredAttendance()).isZero();
        assertThat(details("FDS", null, "2", 100).requiredAttendance()).isEqualTo(100);
    }

    @Test
    void durationIsAPositiveDecimalOfAtMost24Hours() {
        assertThat(details("FDS", null, "1.5", 80).durationHours()).isEqualByComparingTo("1.5");
        assertThat(details("FDS", null, "24", 80).durationHours()).isEqualByComparingTo("24");
        assertThatThrownBy(() -> details("FDS", null, "0", 80))
                .hasMessage("Duration must be more than 0 and at most 24 hours, got 0");
        assertThatThrownBy(() -> details("FDS", null, "24.5", 80))
                .hasMessage("Duration must be more than 0 and at most 24 hours, got 24.5");
        assertThatThrownBy(() -> details("FDS", null, "1.125", 80))
                .hasMessage("Duration can have at most two decimals, got 1.125");
        assertThatThrownBy(() -> details("FDS", null, null, 80)).hasMessage("Duration is required");
    }

    @Test
    void codeMayHoldOnlyLettersDigitsDashesAndUnderscores() {
        assertThatThrownBy(() -> details("FDS", "F D S", "2", 80))
                .hasMessage("Code must be 1 to 12 letters, digits, '-' or '_', got 'F D S'");
    }
}
