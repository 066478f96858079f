package org.sessiontracking.application.attendance;

import org.sessiontracking.application.attendance.port.out.LateCorrectionLog;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.verification.LateCorrection;
import org.sessiontracking.domain.verification.LateCorrectionId;
import org.sessiontracking.domain.verification.VerificationPeriod;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A fake {@link LateCorrectionLog}: sessions are put into periods by the test; corrections are collected. */
public final class InMemoryLateCorrectionLog implements LateCorrectionLog {

    private final Map<SessionId, VerificationPeriod> periods = new HashMap<>();
    private final List<LateCorrection> corrections = new ArrayList<>();
    private long ids;

    public InMemoryLateCorrectionLog inPeriod(SessionId session, VerificationPeriod period) {
        periods.put(session, period);
        return this;
    }

    public List<LateCorrection> corrections() {
        return List.copyOf(corrections);
    }

    @Override
    public Optional<VerificationPeriod> periodOf(SessionId session) {
        return Optional.ofNullable(periods.get(session));
    }

    @Override
    public LateCorrectionId nextId() {
        return new LateCorrectionId(++ids);
    }

    @Override
    public void add(List<LateCorrection> added) {
        corrections.addAll(added);
    }
}
