package org.sessiontracking.application.exemption;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.compliance.port.out.ComplianceQuery;
import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.application.exemption.port.out.ExemptionRepository;
import org.sessiontracking.application.exemption.port.out.ExemptionRepository.LeftOut;
import org.sessiontracking.application.support.StoragePorts;
import org.sessiontracking.application.support.StoredData;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.exemption.Exemption;
import org.sessiontracking.domain.exemption.ExemptionId;
import org.sessiontracking.domain.exemption.ExemptionScope;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.user.UserId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link ExemptionRepository} must do; run against the jOOQ and in-memory adapters. The
 * database is shared: each test exempts its own new areas and registrants, and looks only at its own
 * exemptions.
 */
public abstract class ExemptionRepositoryContract {

    private static final Instant AT = Instant.parse("2026-11-02T08:00:00Z");
    private static final LocalDate NOV_3 = LocalDate.of(2026, 11, 3);
    private static final LocalDate NOV_9 = LocalDate.of(2026, 11, 9);

    protected abstract ExemptionRepository repository();

    protected abstract StoragePorts ports();

    /** The same adapter's compliance, which must honour the exemptions at once. */
    protected abstract ComplianceQuery compliance();

    private StoredData data;
    private UserId manager;
    private SessionType fds;
    private SessionType youth;
    private String north;

    @BeforeEach
    void references() {
        data = new StoredData(ports());
        manager = data.user("Programme Manager");
        fds = data.sessionType("FDS", 80, ExcusedPolicy.LEFT_OUT);
        youth = data.sessionType("Youth", 80, ExcusedPolicy.LEFT_OUT);
        north = data.unique("North");
    }

    private Exemption typhoon(Optional<SessionType> type) {
        ExemptionRepository repository = repository();
        Exemption exemption = Exemption.create(repository.nextId(), type.map(SessionType::id), NOV_3, NOV_9,
                ExemptionScope.ofAreas(List.of(north)), "Typhoon emergency");
        repository.add(exemption, manager, AT);
        return exemption;
    }

    private void record(SessionType type, LocalDate date, RegistrantId registrant, AttendanceStatus status) {
        SessionId session = data.session(type, date, SessionStatus.COMPLETED, manager);
        data.record(session, registrant, status, manager);
    }

    @Test
    void anAddedExemptionIsFoundAndListedWithItsTypeAndWhoAddedIt() {
        Exemption added = typhoon(Optional.of(fds));

        Exemption found = repository().findById(added.id()).orElseThrow();
        assertThat(found.type()).contains(fds.id());
        assertThat(found.from()).isEqualTo(NOV_3);
        assertThat(found.to()).isEqualTo(NOV_9);
        assertThat(found.scope().areas()).containsExactly(north);
        assertThat(found.reason()).isEqualTo("Typhoon emergency");
        assertThat(found.version()).isEqualTo(Version.NEW);
        ExemptionRow row = repository().list().stream().filter(listed -> listed.exemption().id().equals(added.id()))
                .findFirst().orElseThrow();
        assertThat(row.typeName()).isEqualTo(fds.name());
        assertThat(row.createdBy()).isEqualTo("Programme Manager");
        assertThat(row.createdAt()).isEqualTo(AT);
        assertThat(repository().findById(new ExemptionId(-1))).isEmpty();
    }

    @Test
    void aRegistrantExemptionForEveryTypeKeepsItsRegistrants() {
        RegistrantId ana = data.registrant("Ana", "South");
        RegistrantId jose = data.registrant("Jose", "South");
        Exemption hospital = Exemption.create(repository().nextId(), Optional.empty(), NOV_3, NOV_3,
                ExemptionScope.ofRegistrants(Set.of(ana, jose)), "In hospital");
        repository().add(hospital, manager, AT);

        Exemption found = repository().findById(hospital.id()).orElseThrow();
        assertThat(found.type()).isEmpty();
        assertThat(found.scope().registrants()).containsExactlyInAnyOrder(ana, jose);
        assertThat(repository().list().stream().filter(row -> row.exemption().id().equals(hospital.id()))
                .findFirst().orElseThrow().typeName()).isEmpty();
    }

    @Test
    void theListShowsTheLatestFirst() {
        Exemption earlier = typhoon(Optional.empty());
        Exemption later = Exemption.create(repository().nextId(), Optional.empty(), NOV_9.plusDays(20),
                NOV_9.plusDays(25), ExemptionScope.ofAreas(List.of(north)), "Flood");
        repository().add(later, manager, AT);

        List<ExemptionId> ids = repository().list().stream().map(row -> row.exemption().id())
                .filter(id -> id.equals(earlier.id()) || id.equals(later.id())).toList();
        assertThat(ids).containsExactly(later.id(), earlier.id());
    }

    @Test
    void anUpdateStoresTheNewLastDayAndAStaleOneIsRefused() {
        Exemption added = typhoon(Optional.empty());
        Exemption first = repository().findById(added.id()).orElseThrow();
        Exemption second = repository().findById(added.id()).orElseThrow();

        first.endOn(LocalDate.of(2026, 11, 5));
        repository().update(first);
        second.endOn(LocalDate.of(2026, 11, 6));

        assertThatThrownBy(() -> repository().update(second)).isInstanceOf(ConcurrentModificationException.class);
        Exemption stored = repository().findById(added.id()).orElseThrow();
        assertThat(stored.to()).isEqualTo(LocalDate.of(2026, 11, 5));
        assertThat(stored.version()).isEqualTo(Version.NEW.next());
    }

    @Test
    void aRemovedExemptionIsGone() {
        Exemption added = typhoon(Optional.empty());
        repository().remove(added.id());
        assertThat(repository().findById(added.id())).isEmpty();
        assertThat(repository().list()).noneMatch(row -> row.exemption().id().equals(added.id()));
    }

    @Test
    void leftOutAreTheCoveredRegistrantsRecordsInsideTheRangeThatAreNotPresent() {
        RegistrantId ana = data.registrant("Ana", north.toUpperCase(Locale.ROOT));
        RegistrantId ben = data.registrant("Ben", data.unique("South"));
        RegistrantId cruz = data.registrant("Cruz", data.unique("East"));
        Exemption typhoon = typhoon(Optional.of(fds));
        Exemption hospital = Exemption.create(repository().nextId(), Optional.empty(), NOV_3, NOV_9,
                ExemptionScope.ofRegistrants(Set.of(cruz)), "In hospital");
        repository().add(hospital, manager, AT);
        record(fds, LocalDate.of(2026, 11, 5), ana, AttendanceStatus.ABSENT);
        record(fds, LocalDate.of(2026, 11, 6), ana, AttendanceStatus.EXCUSED);
        record(fds, LocalDate.of(2026, 11, 7), ana, AttendanceStatus.PRESENT);
        record(fds, LocalDate.of(2026, 11, 10), ana, AttendanceStatus.ABSENT);
        record(youth, LocalDate.of(2026, 11, 5), ana, AttendanceStatus.ABSENT);
        record(fds, LocalDate.of(2026, 11, 5), ben, AttendanceStatus.ABSENT);
        record(fds, LocalDate.of(2026, 11, 8), cruz, AttendanceStatus.ABSENT);
        record(youth, LocalDate.of(2026, 11, 8), cruz, AttendanceStatus.ABSENT);
        SessionId cancelled = data.session(fds, LocalDate.of(2026, 11, 4), SessionStatus.IN_PROGRESS, manager);
        data.record(cancelled, ana, AttendanceStatus.ABSENT, manager);
        cancel(cancelled);

        LocalDate from = LocalDate.of(2026, 11, 1);
        LocalDate to = LocalDate.of(2026, 11, 30);
        assertThat(repository().leftOut(fds.id(), from, to, List.of(ana, ben, cruz))).isEqualTo(Map.of(
                ana, new LeftOut(2, Set.of(typhoon.id())), cruz, new LeftOut(1, Set.of(hospital.id()))));
        assertThat(repository().leftOut(youth.id(), from, to, List.of(ana, ben, cruz)))
                .as("the typhoon is for FDS only").isEqualTo(Map.of(cruz, new LeftOut(1, Set.of(hospital.id()))));
        assertThat(repository().leftOut(fds.id(), LocalDate.of(2026, 11, 6), to, List.of(ana)))
                .as("the period narrows it").isEqualTo(Map.of(ana, new LeftOut(1, Set.of(typhoon.id()))));
        assertThat(repository().leftOut(fds.id(), from, to, List.of(ben))).isEmpty();

        Exemption ended = repository().findById(typhoon.id()).orElseThrow();
        ended.endOn(LocalDate.of(2026, 11, 5));
        repository().update(ended);
        assertThat(repository().leftOut(fds.id(), from, to, List.of(ana)))
                .isEqualTo(Map.of(ana, new LeftOut(1, Set.of(typhoon.id()))));
    }

    @Test
    void theComplianceListLeavesOutWhatAnExemptionLeavesOutAndCountsItAgainOnceItIsRemoved() {
        RegistrantId ana = data.registrant("Ana", north);
        record(fds, LocalDate.of(2026, 11, 2), ana, AttendanceStatus.PRESENT);
        record(fds, LocalDate.of(2026, 11, 5), ana, AttendanceStatus.ABSENT);
        record(fds, LocalDate.of(2026, 11, 6), ana, AttendanceStatus.PRESENT);
        ComplianceCriteria criteria = ComplianceCriteria.of(fds.id(), new Period(LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30)));
        CompliancePolicy policy = CompliancePolicy.of(fds);
        assertThat(countsOf(ana, criteria, policy)).isEqualTo(new AttendanceCounts(2, 1, 0));

        Exemption typhoon = typhoon(Optional.of(fds));
        assertThat(countsOf(ana, criteria, policy)).as("the absence inside it is left out, the presence counts")
                .isEqualTo(new AttendanceCounts(2, 0, 0));
        assertThat(compliance().totals(criteria.withArea(north), policy).get(ComplianceStatus.COMPLIANT)).isEqualTo(1);

        repository().remove(typhoon.id());
        assertThat(countsOf(ana, criteria, policy)).isEqualTo(new AttendanceCounts(2, 1, 0));
    }

    private AttendanceCounts countsOf(RegistrantId registrant, ComplianceCriteria criteria, CompliancePolicy policy) {
        return compliance().list(criteria.withArea(north), policy, PageRequest.first(100)).stream()
                .filter(row -> row.registrant().equals(registrant)).findFirst().orElseThrow().counts();
    }

    private void cancel(SessionId id) {
        var session = ports().sessions().findById(id).orElseThrow();
        session.cancel("Typhoon");
        ports().sessions().update(session);
    }
}
