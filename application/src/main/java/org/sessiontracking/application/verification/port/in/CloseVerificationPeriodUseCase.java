package org.sessiontracking.application.verification.port.in;

import org.sessiontracking.application.verification.FrozenVersion;
import org.sessiontracking.application.verification.UnfinishedSession;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.verification.VerificationPeriodId;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Closes a period and freezes its compliance list as the next version. While sessions of the period
 * are Scheduled or In progress it closes only if the closer has seen and confirmed exactly those.
 */
public interface CloseVerificationPeriodUseCase {

    Result close(Command command);

    /** @param confirmedUnfinished the unfinished sessions the closer saw and agreed to close with */
    record Command(VerificationPeriodId period, Set<SessionId> confirmedUnfinished) {
        public Command {
            Objects.requireNonNull(period, "period");
            confirmedUnfinished = Set.copyOf(confirmedUnfinished);
        }
    }

    sealed interface Result {
    }

    record Closed(FrozenVersion version) implements Result {
    }

    /** Not closed: these sessions are unfinished and were not all confirmed. */
    record UnfinishedSessions(List<UnfinishedSession> sessions) implements Result {
        public UnfinishedSessions {
            sessions = List.copyOf(sessions);
        }
    }
}
