package org.sessiontracking.application.verification;

import org.sessiontracking.domain.verification.PeriodState;
import org.sessiontracking.domain.verification.VerificationPeriod;

import java.util.Optional;

/** A period as its list shows it: its state today, its latest frozen version and its pending late corrections. */
public record PeriodSummary(VerificationPeriod period, PeriodState state, Optional<Integer> latestVersion,
                            int pendingCorrections) {
}
