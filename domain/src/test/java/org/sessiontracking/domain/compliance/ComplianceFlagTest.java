package org.sessiontracking.domain.compliance;

import org.junit.jupiter.api.Test;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.UserId;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplianceFlagTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    private static ComplianceFlag flag(FlagKind kind, String note) {
        return ComplianceFlag.raise(new ComplianceFlagId(1), new RegistrantId(7), new SessionTypeId(3), kind, note,
                new UserId(2), T0);
    }

    @Test
    void aFollowUpNeedsANote() {
        assertThatThrownBy(() -> flag(FlagKind.FOLLOW_UP, "  "))
                .isInstanceOf(InvalidValueException.class).hasMessage("A note is required");
    }

    @Test
    void anExclusionNamesTheBenefit() {
        assertThatThrownBy(() -> flag(FlagKind.EXCLUDED, null))
                .isInstanceOf(InvalidValueException.class).hasMessage("The benefit (note) is required");
    }

    @Test
    void aRaisedFlagIsOpenUntilResolvedOnce() {
        ComplianceFlag flag = flag(FlagKind.FOLLOW_UP, "Home visit");
        assertThat(flag.open()).isTrue();
        flag.resolve(new UserId(3), T0.plusSeconds(60), "Visited, attends again");
        assertThat(flag.open()).isFalse();
        assertThat(flag.resolution()).get().extracting(ComplianceFlag.Resolution::note)
                .isEqualTo("Visited, attends again");
        assertThatThrownBy(() -> flag.resolve(new UserId(3), T0.plusSeconds(120), "again"))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("This flag was already resolved");
    }
}
