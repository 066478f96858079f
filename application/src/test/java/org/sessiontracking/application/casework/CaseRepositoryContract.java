package org.sessiontracking.application.casework;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.casework.port.out.CaseRepository;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.DuplicateException;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.common.PageRequest.SortOrder;
import org.sessiontracking.application.support.StoredData;
import org.sessiontracking.domain.casework.Case;
import org.sessiontracking.domain.casework.CaseId;
import org.sessiontracking.domain.casework.CaseStatus;
import org.sessiontracking.domain.casework.PlanItem;
import org.sessiontracking.domain.casework.PlanRequirement.AttendSession;
import org.sessiontracking.domain.casework.PlanRequirement.AttendSessionsOfType;
import org.sessiontracking.domain.casework.PlanThresholds;
import org.sessiontracking.domain.casework.ProgressState;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.compliance.ComplianceFlagId;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.registrant.RegistrantKind;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.user.UserId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.sessiontracking.domain.attendance.AttendanceStatus.ABSENT;
import static org.sessiontracking.domain.attendance.AttendanceStatus.EXCUSED;
import static org.sessiontracking.domain.attendance.AttendanceStatus.PRESENT;

/**
 * What every {@link CaseRepository} must do; run against the jOOQ and in-memory adapters. The store may be
 * shared with other tests: each test works with its own new case worker and filters by them.
 */
public abstract class CaseRepositoryContract {

    private static final LocalDate OPENED = LocalDate.of(2026, 1, 12);
    private static final LocalDate DUE = LocalDate.of(2026, 3, 31);

    protected abstract CaseRepository repository();

    /** Arranges the rows cases refer to, in the same store as {@link #repository()}. */
    protected abstract StoredData data();

    private UserId worker;
    private RegistrantId jose;
    private SessionType fds;

    @BeforeEach
    void references() {
        worker = data().user("Case Worker");
        jose = data().registrant("Jose Rizal", "North");
        fds = data().sessionType("FDS", 85, ExcusedPolicy.LEFT_OUT);
    }

    private Case opened(RegistrantId registrant, LocalDate on, Optional<ComplianceFlagId> flag) {
        Case theCase = Case.open(repository().nextId(), registrant, worker, flag, worker, on);
        repository().add(theCase);
        return repository().findById(theCase.id()).orElseThrow();
    }

    private CaseFilter mine() {
        return CaseFilter.ALL.withCaseWorker(worker);
    }

    private List<CaseId> ids(CaseFilter filter, LocalDate today, SortOrder... sort) {
        return repository().list(filter, today, new PageRequest(0, 100, List.of(sort))).stream().map(CaseRow::id)
                .toList();
    }

    @Test
    void storesACaseWithItsPlanThresholdsAndFlag() {
        SessionId session = data().session(fds, LocalDate.of(2026, 2, 2), SessionStatus.SCHEDULED, worker);
        ComplianceFlagId flag = data().flag(jose, fds.id(), worker, false);
        Case theCase = Case.open(repository().nextId(), jose, worker, Optional.of(flag), worker, OPENED);
        theCase.addItem(new AttendSessionsOfType(fds.id(), 4), Optional.of(OPENED.plusDays(3)), DUE);
        theCase.addItem(new AttendSession(session), Optional.empty(), LocalDate.of(2026, 2, 2));
        theCase.changeThresholds(new PlanThresholds(90, 60));
        repository().add(theCase);

        Case stored = repository().findById(theCase.id()).orElseThrow();
        assertThat(stored.registrant()).isEqualTo(jose);
        assertThat(stored.caseWorker()).isEqualTo(worker);
        assertThat(stored.openedBy()).isEqualTo(worker);
        assertThat(stored.openedOn()).isEqualTo(OPENED);
        assertThat(stored.flag()).contains(flag);
        assertThat(stored.thresholds()).isEqualTo(new PlanThresholds(90, 60));
        assertThat(stored.items()).containsExactly(
                new PlanItem(1, new AttendSessionsOfType(fds.id(), 4), Optional.of(OPENED.plusDays(3)), DUE),
                new PlanItem(2, new AttendSession(session), Optional.empty(), LocalDate.of(2026, 2, 2)));
        assertThat(stored.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(stored.version()).isEqualTo(Version.NEW);
        assertThat(repository().openedFrom(List.of(flag))).containsEntry(flag, theCase.id());
        assertThat(repository().findById(repository().nextId())).isEmpty();
    }

    @Test
    void anUpdateStoresThePlanWorkerAndClosureOnceAndAStaleOneIsRefused() {
        Case theCase = opened(jose, OPENED, Optional.empty());
        UserId other = data().user("Other Worker");
        theCase.addItem(new AttendSessionsOfType(fds.id(), 2), Optional.empty(), DUE);
        theCase.addItem(new AttendSessionsOfType(fds.id(), 1), Optional.empty(), DUE);
        theCase.removeItem(1);
        theCase.assign(other);
        theCase.close(other, DUE, "Attends again");
        repository().update(theCase);

        Case stored = repository().findById(theCase.id()).orElseThrow();
        assertThat(stored.items()).extracting(PlanItem::number).containsExactly(2);
        assertThat(stored.caseWorker()).isEqualTo(other);
        assertThat(stored.closure()).contains(new Case.Closure(other, DUE, "Attends again"));
        assertThat(stored.version()).isEqualTo(new Version(1));
        assertThatThrownBy(() -> repository().update(theCase)).isInstanceOf(ConcurrentModificationException.class);
    }

    @Test
    void aFlagOpensOneCaseOnly() {
        ComplianceFlagId flag = data().flag(jose, fds.id(), worker, false);
        opened(jose, OPENED, Optional.of(flag));

        assertThatThrownBy(() -> opened(jose, OPENED, Optional.of(flag))).isInstanceOf(DuplicateException.class);
        assertThat(repository().count(mine(), OPENED)).isEqualTo(1);
    }

    @Test
    void theListFiltersByCaseWorkerAndStatusAndSortsByAllowListedProperties() {
        RegistrantId ana = data().registrant("ana Reyes", "North");
        Case first = opened(jose, OPENED, Optional.empty());
        Case second = opened(ana, OPENED.plusDays(1), Optional.empty());
        Case closed = opened(data().registrant("Zeny Cruz", "North"), OPENED.plusDays(2), Optional.empty());
        closed.close(worker, DUE, "Moved away");
        repository().update(closed);

        assertThat(ids(mine(), OPENED)).containsExactly(closed.id(), second.id(), first.id());
        assertThat(ids(mine().withStatus(CaseStatus.OPEN), OPENED, new SortOrder("registrant", true)))
                .containsExactly(second.id(), first.id());
        assertThat(ids(mine(), OPENED, new SortOrder("status", false), new SortOrder("openedOn", true)))
                .containsExactly(closed.id(), first.id(), second.id());
        assertThat(repository().count(mine().withStatus(CaseStatus.CLOSED), OPENED)).isEqualTo(1);
        assertThat(repository().list(mine(), OPENED, new PageRequest(1, 1, List.of()))).extracting(CaseRow::id)
                .containsExactly(second.id());
        CaseRow row = repository().list(mine(), OPENED, new PageRequest(2, 1, List.of())).getFirst();
        assertThat(row).extracting(CaseRow::registrantName, CaseRow::registrantKind, CaseRow::caseWorkerName,
                        CaseRow::status, CaseRow::openedOn, CaseRow::items)
                .containsExactly("Jose Rizal", RegistrantKind.INDIVIDUAL, "Case Worker", CaseStatus.OPEN, OPENED, 0);
        assertThatThrownBy(() -> ids(mine(), OPENED, new SortOrder("note", true)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overdueItemsAreThoseDuePastAndAttendedLessThanRequiredAsComplianceCountsAttended() {
        SessionType lenient = data().sessionType("Lenient", 80, ExcusedPolicy.COUNTS_AS_PRESENT);
        Case theCase = opened(jose, OPENED, Optional.empty());
        theCase.addItem(new AttendSessionsOfType(fds.id(), 2), Optional.empty(), DUE);      // P + E, E left out: 1 of 2
        theCase.addItem(new AttendSessionsOfType(lenient.id(), 2), Optional.empty(), DUE);  // P + E: 2 of 2
        SessionId absent = data().session(fds, LocalDate.of(2026, 2, 16), SessionStatus.COMPLETED, worker);
        theCase.addItem(new AttendSession(absent), Optional.empty(), DUE);                  // Absent: 0 of 1
        repository().update(theCase);
        record(fds, LocalDate.of(2026, 2, 2), SessionStatus.COMPLETED, PRESENT);
        record(fds, LocalDate.of(2026, 3, 2), SessionStatus.COMPLETED, EXCUSED);
        record(fds, LocalDate.of(2026, 3, 9), SessionStatus.CANCELLED, PRESENT);            // cancelled: counts for nobody
        record(fds, LocalDate.of(2026, 4, 6), SessionStatus.COMPLETED, PRESENT);            // after the due date
        record(lenient, LocalDate.of(2026, 2, 3), SessionStatus.COMPLETED, PRESENT);
        record(lenient, LocalDate.of(2026, 3, 3), SessionStatus.COMPLETED, EXCUSED);
        data().record(absent, jose, ABSENT, worker);
        Case untouched = opened(data().registrant("Nobody Attends", "North"), OPENED, Optional.empty());

        assertThat(repository().list(mine(), DUE, PageRequest.first(10))).extracting(CaseRow::id, CaseRow::overdueItems)
                .containsExactly(tuple(untouched.id(), 0), tuple(theCase.id(), 0));
        assertThat(repository().list(mine(), DUE.plusDays(1), PageRequest.first(10)))
                .extracting(CaseRow::id, CaseRow::overdueItems)
                .containsExactly(tuple(untouched.id(), 0), tuple(theCase.id(), 2));
        assertThat(repository().list(mine(), DUE.plusDays(1), PageRequest.first(10)))
                .extracting(CaseRow::id, CaseRow::met, CaseRow::required, CaseRow::state)
                .containsExactly(tuple(untouched.id(), 0, 0, ProgressState.NO_ITEMS),
                        tuple(theCase.id(), 3, 5, ProgressState.PARTIAL));
        assertThat(repository().list(mine(), DUE, PageRequest.first(10)).get(1).state())
                .isEqualTo(ProgressState.IN_PROGRESS);
        assertThat(ids(mine().withOverdueOnly(true), DUE.plusDays(1))).containsExactly(theCase.id());
        assertThat(repository().count(mine().withOverdueOnly(true), DUE)).isZero();
        assertThat(ids(mine(), DUE.plusDays(1), new SortOrder("overdue", false)))
                .containsExactly(theCase.id(), untouched.id());
    }

    private void record(SessionType type, LocalDate date, SessionStatus status,
                        org.sessiontracking.domain.attendance.AttendanceStatus attendance) {
        data().record(data().session(type, date, status, worker), jose, attendance, worker);
    }

    @Test
    void theSessionIsRequiredByOpenCasesNamingItOrItsTypeAroundItsDate() {
        SessionId session = data().session(fds, LocalDate.of(2026, 2, 16), SessionStatus.SCHEDULED, worker);
        SessionType other = data().sessionType("Other", 80, ExcusedPolicy.LEFT_OUT);
        Case naming = opened(data().registrant("Bea Naming", "North"), OPENED, Optional.empty());
        naming.addItem(new AttendSession(session), Optional.empty(), DUE);
        repository().update(naming);
        Case typeAround = opened(data().registrant("Ana Type", "North"), OPENED, Optional.empty());
        typeAround.addItem(new AttendSessionsOfType(fds.id(), 3), Optional.empty(), LocalDate.of(2026, 2, 16));
        repository().update(typeAround);
        Case typeLater = opened(data().registrant("Cora Later", "North"), OPENED, Optional.empty());
        typeLater.addItem(new AttendSessionsOfType(fds.id(), 3), Optional.of(LocalDate.of(2026, 2, 17)), DUE);
        typeLater.addItem(new AttendSessionsOfType(other.id(), 3), Optional.empty(), DUE);
        repository().update(typeLater);
        Case closed = opened(data().registrant("Dina Closed", "North"), OPENED, Optional.empty());
        closed.addItem(new AttendSession(session), Optional.empty(), DUE);
        closed.close(worker, OPENED, "Moved away");
        repository().update(closed);

        List<CaseRow> requiring = repository().requiring(session, Optional.of(worker), OPENED);
        assertThat(requiring).extracting(CaseRow::id).containsExactly(typeAround.id(), naming.id());
        assertThat(repository().requiring(session, Optional.of(data().user("Someone else")), OPENED)).isEmpty();
        assertThat(repository().requiring(session, Optional.empty(), OPENED)).extracting(CaseRow::id)
                .contains(typeAround.id(), naming.id()).doesNotContain(typeLater.id(), closed.id());
    }
}
