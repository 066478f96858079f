package org.sessiontracking.adapters.persistence.memory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.attendance.AttendanceEdit;
import org.sessiontracking.application.attendance.port.in.SaveAttendanceUseCase;
import org.sessiontracking.application.attendance.usecase.SaveAttendance;
import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.ComplianceRow;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.compliance.usecase.ListCompliance;
import org.sessiontracking.application.support.FixedActor;
import org.sessiontracking.application.support.StoredData;
import org.sessiontracking.application.verification.port.in.CloseVerificationPeriodUseCase;
import org.sessiontracking.application.verification.port.in.CloseVerificationPeriodUseCase.Closed;
import org.sessiontracking.application.verification.port.in.CloseVerificationPeriodUseCase.UnfinishedSessions;
import org.sessiontracking.application.verification.usecase.CloseVerificationPeriod;
import org.sessiontracking.application.verification.usecase.DecideLateCorrection;
import org.sessiontracking.application.verification.usecase.DefineVerificationPeriods;
import org.sessiontracking.application.verification.usecase.ReopenVerificationPeriod;
import org.sessiontracking.domain.attendance.AttendanceRecord;
import org.sessiontracking.domain.common.AccessDeniedException;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.verification.CorrectionState;
import org.sessiontracking.domain.verification.PeriodDraft;
import org.sessiontracking.domain.verification.VerificationPeriodId;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sessiontracking.domain.attendance.AttendanceStatus.ABSENT;
import static org.sessiontracking.domain.attendance.AttendanceStatus.PRESENT;

/**
 * The verification use cases over the in-memory adapter (checked against PostgreSQL by the contract):
 * closing with unfinished sessions, the export of a closed period, rejecting a late correction.
 */
class VerificationUseCasesTest {

    private static final Clock APRIL_10 = Clock.fixed(Instant.parse("2026-04-10T08:00:00Z"), ZoneOffset.UTC);

    private final MemoryPersistence memory = new MemoryPersistence();
    private final StoredData data = new StoredData(MemoryPorts.of(memory));
    private final FixedActor actor = FixedActor.signedIn(Role.MANAGER);
    private final DefineVerificationPeriods define = new DefineVerificationPeriods(memory.verificationPeriods(),
            memory.sessionTypes(), actor);
    private final CloseVerificationPeriod close = new CloseVerificationPeriod(memory.verificationPeriods(),
            memory.lateCorrections(), memory.frozenLists(), memory.sessionTypes(), actor, APRIL_10);
    private final ReopenVerificationPeriod reopen = new ReopenVerificationPeriod(memory.verificationPeriods(), actor,
            APRIL_10);
    private final DecideLateCorrection decide = new DecideLateCorrection(memory.lateCorrections(),
            memory.verificationPeriods(), memory.attendance(), memory.attendanceSessions(), actor, APRIL_10);
    private final SaveAttendance save = new SaveAttendance(memory.attendance(), memory.attendanceSessions(),
            memory.attendanceRegistrants(), memory.attendanceUserNames(), actor, memory.lateCorrectionLog(), APRIL_10);
    private final ListCompliance compliance = new ListCompliance(memory.compliance(), memory.sessionTypes(), actor,
            memory.frozenCompliance());

    private SessionType fds;
    private SessionId held;
    private SessionId scheduled;
    private RegistrantId jose;
    private VerificationPeriodId march;

    @BeforeEach
    void arrange() {
        Actor manager = new Actor(data.user("Programme Manager"), "Programme Manager", Role.MANAGER);
        actor.switchTo(manager);
        fds = data.sessionType("FDS", 75, ExcusedPolicy.LEFT_OUT);
        held = data.session(fds, LocalDate.of(2026, 3, 5), SessionStatus.COMPLETED, manager.id());
        scheduled = data.session(fds, LocalDate.of(2026, 3, 26), SessionStatus.SCHEDULED, manager.id());
        jose = data.registrant("Jose Cruz", "North");
        data.record(held, jose, ABSENT, manager.id());
        march = define.define(fds.id(), new PeriodDraft("March 2026", LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 5)));
    }

    private CloseVerificationPeriodUseCase.Result close(Set<SessionId> confirmed) {
        return memory.store().atomically(() -> close.close(new CloseVerificationPeriodUseCase.Command(march, confirmed)));
    }

    private void correct(AttendanceRecord current, String reason) {
        memory.store().atomically(() -> save.save(new SaveAttendanceUseCase.Command(held, List.of(
                new AttendanceEdit.SetStatus(jose, PRESENT, reason, Optional.of(current.version()))))));
    }

    private AttendanceRecord record() {
        return memory.attendance().findBySession(held).stream().filter(r -> r.registrant().equals(jose))
                .findFirst().orElseThrow();
    }

    private List<ComplianceRow> export() {
        List<ComplianceRow> rows = new ArrayList<>();
        compliance.export(ComplianceCriteria.of(fds.id(), new Period(LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31))), rows::add);
        return rows;
    }

    @Test
    void closingListsTheUnfinishedSessionsAndClosesOnlyWhenExactlyThoseAreConfirmed() {
        assertThat(close(Set.of())).isInstanceOfSatisfying(UnfinishedSessions.class, unfinished ->
                assertThat(unfinished.sessions()).extracting(s -> s.id()).containsExactly(scheduled));
        assertThat(memory.frozenLists().versions(march)).isEmpty();
        assertThat(close(Set.of(scheduled))).isInstanceOfSatisfying(Closed.class, closed ->
                assertThat(closed.version().version()).isEqualTo(1));
    }

    @Test
    void onlyManagersAndAdministratorsDefineAndCloseAndPeriodsMustNotOverlap() {
        assertThatThrownBy(() -> define.define(fds.id(), new PeriodDraft("Late March", LocalDate.of(2026, 3, 20),
                LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 15)))).isInstanceOf(DomainException.class)
                .hasMessageContaining("overlaps the period 'March 2026'");
        actor.switchTo(new Actor(data.user("Field Officer"), "Field Officer", Role.STAFF));
        assertThatThrownBy(() -> close(Set.of(scheduled))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theExportOfAClosedPeriodIsItsFrozenListUntilItIsClosedAgain() {
        close(Set.of(scheduled));
        correct(record(), "Signature found");
        assertThat(export()).singleElement().extracting(ComplianceRow::counts)
                .satisfies(counts -> assertThat(counts.absent()).isEqualTo(1));
        assertThat(memory.lateCorrections().pendingOf(march)).isEqualTo(1);
        assertThatThrownBy(() -> close(Set.of(scheduled))).hasMessageContaining("already closed");

        memory.store().atomically(() -> {
            reopen.reopen(march, "Late sheets");
            return null;
        });
        assertThatThrownBy(() -> close(Set.of(scheduled))).hasMessageContaining("waiting for a decision");
        var correction = memory.lateCorrections().ofPeriod(march).getFirst().correction();
        memory.store().atomically(() -> {
            decide.accept(correction.id(), "");
            return null;
        });
        assertThat(close(Set.of(scheduled))).isInstanceOfSatisfying(Closed.class, closed ->
                assertThat(closed.version().version()).isEqualTo(2));
        assertThat(export()).singleElement().extracting(ComplianceRow::counts)
                .satisfies(counts -> assertThat(counts.present()).isEqualTo(1));
    }

    @Test
    void rejectingALateCorrectionPutsTheRecordBackAndKeepsItListedAsRejected() {
        close(Set.of(scheduled));
        correct(record(), "Signature found");
        var correction = memory.lateCorrections().ofPeriod(march).getFirst().correction();
        memory.store().atomically(() -> {
            decide.reject(correction.id(), "The signature is of another session");
            return null;
        });
        assertThat(record().status()).isEqualTo(ABSENT);
        assertThat(record().reason()).isEqualTo("Late correction rejected: The signature is of another session");
        assertThat(memory.lateCorrections().ofPeriod(march)).singleElement()
                .satisfies(row -> assertThat(row.correction().state()).isEqualTo(CorrectionState.REJECTED));
        // the revert is the decision, not a late correction of its own
        assertThat(memory.lateCorrections().pendingOf(march)).isZero();
    }
}
