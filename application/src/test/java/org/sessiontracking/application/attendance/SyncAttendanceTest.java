package org.sessiontracking.application.attendance;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.attendance.port.in.SaveAttendanceUseCase;
import org.sessiontracking.application.attendance.port.in.SyncAttendanceUseCase.Applied;
import org.sessiontracking.application.attendance.port.in.SyncAttendanceUseCase.Command;
import org.sessiontracking.application.attendance.port.in.SyncAttendanceUseCase.Conflict;
import org.sessiontracking.application.attendance.port.in.SyncAttendanceUseCase.OfflineMark;
import org.sessiontracking.application.attendance.port.in.SyncAttendanceUseCase.Rejected;
import org.sessiontracking.application.attendance.port.in.SyncAttendanceUseCase.Result;
import org.sessiontracking.application.attendance.port.in.SyncAttendanceUseCase.Unchanged;
import org.sessiontracking.application.attendance.usecase.SyncAttendance;
import org.sessiontracking.domain.attendance.SessionPhase;
import org.sessiontracking.domain.common.AccessDeniedException;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.session.SessionId;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sessiontracking.application.attendance.AttendanceFixture.FACILITATOR;
import static org.sessiontracking.application.attendance.AttendanceFixture.MANAGER;
import static org.sessiontracking.application.attendance.AttendanceFixture.NOW;
import static org.sessiontracking.application.attendance.AttendanceFixture.OTHER_STAFF;
import static org.sessiontracking.application.attendance.AttendanceFixture.VIEWER;
import static org.sessiontracking.domain.attendance.AttendanceStatus.ABSENT;
import static org.sessiontracking.domain.attendance.AttendanceStatus.EXCUSED;
import static org.sessiontracking.domain.attendance.AttendanceStatus.PRESENT;

class SyncAttendanceTest {

    private static final Instant MORNING = NOW.minus(Duration.ofHours(6));

    private final AttendanceFixture fixture = new AttendanceFixture();
    private final InMemoryAttendanceSyncMarks syncMarks = new InMemoryAttendanceSyncMarks();
    private final SyncAttendance sync = new SyncAttendance(fixture.repository, fixture.sessions, fixture.registrants,
            fixture.userNames, syncMarks, fixture.save, fixture.actor, fixture.lateCorrections, fixture.clock);
    private SessionId session;
    private RegistrantSummary maria;
    private RegistrantSummary jose;

    @BeforeEach
    void setUp() {
        session = fixture.session(1, SessionPhase.OPEN).id();
        maria = fixture.registrants.addIndividual("R-001", "Maria Dela Cruz", null, "Barangay 12");
        jose = fixture.registrants.addIndividual("R-002", "Jose Dela Cruz", null, "Barangay 12");
    }

    private static OfflineMark mark(String id, String externalId, org.sessiontracking.domain.attendance.AttendanceStatus status,
                                    String reason, Instant capturedAt) {
        return new OfflineMark(id, externalId, status, reason, capturedAt);
    }

    private Result upload(OfflineMark... marks) {
        return sync.sync(new Command(session, List.of(marks)));
    }

    private AttendanceRow row(RegistrantSummary who) {
        return fixture.load.load(session).rows().stream().filter(row -> row.registrant().equals(who)).findFirst()
                .orElseThrow();
    }

    @Test
    void marksAreAppliedThroughTheSaveWithTheirCaptureTimeInTheHistory() {
        Result result = upload(mark("m-1", "R-001", PRESENT, "", MORNING),
                mark("m-2", "R-002", EXCUSED, "sick", MORNING.plusSeconds(60)));

        assertThat(result.marks()).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(Applied.class));
        assertThat(row(maria).status()).isEqualTo(PRESENT);
        assertThat(row(maria).recordedAt()).isEqualTo(MORNING);
        assertThat(row(jose).reason()).isEqualTo("sick");
        assertThat(fixture.history.ofRecord(session, jose.id())).singleElement().satisfies(line -> {
            assertThat(line.describe()).isEqualTo("Added as Excused");
            assertThat(line.changedBy()).isEqualTo(FACILITATOR.displayName());
            assertThat(line.changedAt()).isEqualTo(MORNING.plusSeconds(60));
        });
    }

    @Test
    void theSameBatchAgainChangesNothing() {
        OfflineMark first = mark("m-1", "R-001", PRESENT, "", MORNING);
        OfflineMark second = mark("m-2", "R-002", ABSENT, "", MORNING);
        upload(first, second);
        var history = fixture.history.ofSession(session);

        Result again = upload(first, second);

        assertThat(again.marks()).allSatisfy(outcome -> assertThat(outcome).isInstanceOfSatisfying(Unchanged.class,
                unchanged -> assertThat(unchanged.why()).contains("Already applied")));
        assertThat(fixture.history.ofSession(session)).isEqualTo(history);
        assertThat(row(maria).version()).isEqualTo(org.sessiontracking.domain.common.Version.NEW);
    }

    @Test
    void aMarkOlderThanSomeoneElsesChangeIsAConflictWithBothValues() {
        fixture.signIn(MANAGER);
        fixture.save.save(new SaveAttendanceUseCase.Command(session, List.of(
                new AttendanceEdit.SetStatus(maria.id(), EXCUSED, "clinic", Optional.empty()))));
        fixture.signIn(FACILITATOR);

        Result result = upload(mark("m-1", "R-001", ABSENT, "", MORNING));

        Conflict conflict = (Conflict) result.marks().getFirst();
        assertThat(conflict.mine().status()).isEqualTo(ABSENT);
        assertThat(conflict.mine().capturedAt()).isEqualTo(MORNING);
        AttendanceRow theirs = conflict.theirs().orElseThrow();
        assertThat(theirs.status()).isEqualTo(EXCUSED);
        assertThat(theirs.reason()).isEqualTo("clinic");
        assertThat(theirs.recordedBy()).isEqualTo(MANAGER.displayName());
        assertThat(theirs.recordedAt()).isEqualTo(NOW);
        assertThat(row(maria).status()).isEqualTo(EXCUSED);
        assertThat(syncMarks.size()).isZero();
    }

    @Test
    void aMarkCapturedAfterTheStoredChangeIsApplied() {
        fixture.signIn(MANAGER);
        upload(mark("m-0", "R-001", EXCUSED, "clinic", MORNING));
        fixture.signIn(FACILITATOR);

        Result result = upload(mark("m-1", "R-001", PRESENT, "came after all", MORNING.plusSeconds(600)));

        assertThat(result.marks().getFirst()).isInstanceOf(Applied.class);
        assertThat(row(maria).status()).isEqualTo(PRESENT);
    }

    @Test
    void unknownRegistrantsAndRefusedValuesAreRejectedAndTheRestApplied() {
        Result result = upload(mark("m-1", "NOPE-9", PRESENT, "", MORNING),
                mark("m-2", "R-001", EXCUSED, "x".repeat(501), MORNING),
                mark("m-3", "R-002", PRESENT, "", MORNING),
                mark("m-4", "R-002", ABSENT, "", NOW.plus(Duration.ofHours(1))));

        assertThat(((Rejected) result.marks().get(0)).reason()).isEqualTo("No registrant has the external id 'NOPE-9'");
        assertThat(((Rejected) result.marks().get(1)).reason()).startsWith("Reason must be at most 500 characters");
        assertThat(result.marks().get(2)).isInstanceOf(Applied.class);
        assertThat(((Rejected) result.marks().get(3)).reason()).contains("check the device's clock");
        assertThat(fixture.load.load(session).rows()).singleElement()
                .satisfies(row -> assertThat(row.registrant()).isEqualTo(jose));
    }

    @Test
    void aCancelledSessionRejectsEveryMark() {
        SessionId cancelled = fixture.session(2, SessionPhase.CANCELLED).id();

        Result result = sync.sync(new Command(cancelled, List.of(mark("m-1", "R-001", PRESENT, "", MORNING))));

        assertThat(result.marks()).singleElement().isInstanceOfSatisfying(Rejected.class, rejected ->
                assertThat(rejected.reason()).contains("is cancelled: it takes no attendance"));
    }

    @Test
    void theLaterOfTwoMarksForOneRegistrantCountsAndTheSameValueIsUnchanged() {
        upload(mark("m-0", "R-002", PRESENT, "", MORNING));

        Result result = upload(mark("m-late", "R-001", ABSENT, "", MORNING.plusSeconds(120)),
                mark("m-early", "R-001", PRESENT, "", MORNING),
                mark("m-same", "R-002", PRESENT, "", MORNING.plusSeconds(5)));

        assertThat(result.marks().get(0)).isInstanceOf(Applied.class);
        assertThat(((Unchanged) result.marks().get(1)).why()).contains("Superseded by mark 'm-late'");
        assertThat(((Unchanged) result.marks().get(2)).why()).isEqualTo("The same as stored");
        assertThat(row(maria).status()).isEqualTo(ABSENT);
    }

    @Test
    void onlyThoseWhoMayRecordTheSessionSync() {
        for (var who : List.of(VIEWER, OTHER_STAFF)) {
            fixture.signIn(who);
            assertThatThrownBy(() -> upload(mark("m-1", "R-001", PRESENT, "", MORNING)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(fixture.load.load(session).rows()).isEmpty();
    }

    @Test
    void aBatchNeedsDistinctMarkIdsAndCompleteMarks() {
        assertThatThrownBy(() -> upload(mark("m-1", "R-001", PRESENT, "", MORNING),
                mark("m-1", "R-002", PRESENT, "", MORNING)))
                .isInstanceOfSatisfying(InvalidValueException.class, problem ->
                        assertThat(problem.field()).contains("marks[1].clientMarkId"));
        assertThatThrownBy(() -> upload(mark("m-1", "R-001", null, "", MORNING)))
                .isInstanceOfSatisfying(InvalidValueException.class, problem ->
                        assertThat(problem.field()).contains("marks[0].status"));
    }

}
