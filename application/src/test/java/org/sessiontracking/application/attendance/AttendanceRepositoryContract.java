package org.sessiontracking.application.attendance;

import org.junit.jupiter.api.Test;
import org.sessiontracking.application.attendance.port.out.AttendanceRepository;
import org.sessiontracking.domain.attendance.AttendanceChange;
import org.sessiontracking.domain.attendance.AttendanceRecord;
import org.sessiontracking.domain.attendance.AttendanceSheet.Write;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.user.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sessiontracking.domain.attendance.AttendanceStatus.ABSENT;
import static org.sessiontracking.domain.attendance.AttendanceStatus.EXCUSED;
import static org.sessiontracking.domain.attendance.AttendanceStatus.PRESENT;

/**
 * What every {@link AttendanceRepository} must do. Run against the jOOQ adapter on a real
 * PostgreSQL, the in-memory adapter and the use-case tests' fake. Each test uses a new session, so the shared database may hold others.
 */
public abstract class AttendanceRepositoryContract {

    protected static final Instant T1 = Instant.parse("2026-03-14T09:00:00Z");
    protected static final Instant T2 = Instant.parse("2026-03-14T17:30:00Z");

    protected abstract AttendanceRepository repository();

    /** A new session in the store, for the records of one test. */
    protected abstract SessionId newSession();

    /** A new registrant in the store. */
    protected abstract RegistrantId newRegistrant();

    /** A user who records attendance. */
    protected abstract UserId recorder();

    protected Write add(SessionId session, RegistrantId registrant, AttendanceStatus status, String reason, Instant at) {
        return new Write(new AttendanceChange(session, registrant, Optional.empty(), Optional.of(status), reason,
                recorder(), at), Optional.empty());
    }

    protected Write change(SessionId session, RegistrantId registrant, AttendanceStatus from, AttendanceStatus to,
                           String reason, int expectedVersion) {
        return new Write(new AttendanceChange(session, registrant, Optional.of(from), Optional.of(to), reason,
                recorder(), T2), Optional.of(new Version(expectedVersion)));
    }

    protected Write remove(SessionId session, RegistrantId registrant, AttendanceStatus from, int expectedVersion) {
        return new Write(new AttendanceChange(session, registrant, Optional.of(from), Optional.empty(), "left early",
                recorder(), T2), Optional.of(new Version(expectedVersion)));
    }

    @Test
    void storesNewRecordsWithStatusReasonRecorderAndTime() {
        SessionId session = newSession();
        RegistrantId ana = newRegistrant();
        RegistrantId ben = newRegistrant();

        assertThat(repository().store(session, List.of(add(session, ana, PRESENT, "", T1),
                add(session, ben, EXCUSED, "sick child", T1)))).containsExactlyInAnyOrder(ana, ben);

        assertThat(repository().findBySession(session)).containsExactlyInAnyOrder(
                new AttendanceRecord(session, ana, PRESENT, "", recorder(), T1, Version.NEW),
                new AttendanceRecord(session, ben, EXCUSED, "sick child", recorder(), T1, Version.NEW));
        assertThat(repository().findBySession(newSession())).isEmpty();
    }

    @Test
    void aChangeOnTheStoredVersionIsStoredWithTheNextVersion() {
        SessionId session = newSession();
        RegistrantId ana = newRegistrant();
        repository().store(session, List.of(add(session, ana, PRESENT, "", T1)));

        assertThat(repository().store(session, List.of(change(session, ana, PRESENT, ABSENT, "", 0)))).containsExactly(ana);
        assertThat(repository().store(session, List.of(change(session, ana, ABSENT, EXCUSED, "rain", 1)))).containsExactly(ana);

        assertThat(repository().findBySession(session)).containsExactly(
                new AttendanceRecord(session, ana, EXCUSED, "rain", recorder(), T2, new Version(2)));
    }

    @Test
    void aChangeOnAnOlderVersionIsLeftOutWhileTheOthersAreStored() {
        SessionId session = newSession();
        RegistrantId ana = newRegistrant();
        RegistrantId ben = newRegistrant();
        repository().store(session, List.of(add(session, ana, PRESENT, "", T1), add(session, ben, PRESENT, "", T1)));
        repository().store(session, List.of(change(session, ana, PRESENT, ABSENT, "theirs", 0)));

        var stored = repository().store(session, List.of(change(session, ana, PRESENT, EXCUSED, "mine", 0),
                change(session, ben, PRESENT, ABSENT, "", 0)));

        assertThat(stored).containsExactly(ben);
        assertThat(repository().findBySession(session)).extracting(AttendanceRecord::status)
                .containsExactlyInAnyOrder(ABSENT, ABSENT);
        assertThat(repository().historyOf(session, ana)).extracting(AttendanceChange::reason)
                .containsExactly("", "theirs");
    }

    @Test
    void anAdditionForARegistrantSomeoneElseAddedMeanwhileIsLeftOut() {
        SessionId session = newSession();
        RegistrantId ana = newRegistrant();
        repository().store(session, List.of(add(session, ana, ABSENT, "theirs", T1)));

        assertThat(repository().store(session, List.of(add(session, ana, PRESENT, "mine", T2)))).isEmpty();
        assertThat(repository().findBySession(session)).singleElement()
                .satisfies(record -> assertThat(record.reason()).isEqualTo("theirs"));
    }

    @Test
    void aRemovalDeletesTheRecordButKeepsItsHistory() {
        SessionId session = newSession();
        RegistrantId ana = newRegistrant();
        repository().store(session, List.of(add(session, ana, PRESENT, "", T1)));

        assertThat(repository().store(session, List.of(remove(session, ana, PRESENT, 1)))).isEmpty();
        assertThat(repository().store(session, List.of(remove(session, ana, PRESENT, 0)))).containsExactly(ana);

        assertThat(repository().findBySession(session)).isEmpty();
        assertThat(repository().historyOf(session, ana)).containsExactly(
                new AttendanceChange(session, ana, Optional.empty(), Optional.of(PRESENT), "", recorder(), T1),
                new AttendanceChange(session, ana, Optional.of(PRESENT), Optional.empty(), "left early", recorder(), T2));
    }

    @Test
    void theSessionHistoryHoldsEveryStoredChangeOldestFirst() {
        SessionId session = newSession();
        RegistrantId ana = newRegistrant();
        RegistrantId ben = newRegistrant();
        repository().store(session, List.of(add(session, ana, PRESENT, "", T1), add(session, ben, ABSENT, "", T1)));
        repository().store(session, List.of(change(session, ben, ABSENT, PRESENT, "late", 0)));

        List<AttendanceChange> history = repository().historyOf(session);
        assertThat(history).hasSize(3);
        assertThat(history.getLast()).isEqualTo(new AttendanceChange(session, ben, Optional.of(ABSENT),
                Optional.of(PRESENT), "late", recorder(), T2));
        assertThat(repository().historyOf(newSession())).isEmpty();
    }
}
