package org.sessiontracking.application.enrolment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.ComplianceRow;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.compliance.port.out.ComplianceQuery;
import org.sessiontracking.application.enrolment.port.out.EnrolmentRepository;
import org.sessiontracking.application.support.StoragePorts;
import org.sessiontracking.application.support.StoredData;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.enrolment.Enrolment;
import org.sessiontracking.domain.enrolment.EnrolmentId;
import org.sessiontracking.domain.enrolment.EnrolmentScope;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.registrant.RegistrantKind;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.MissingRecordPolicy;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeDetails;
import org.sessiontracking.domain.user.UserId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link EnrolmentRepository} must do, and how the same adapter's compliance honours
 * enrolments; run against the jOOQ and in-memory adapters. The database is shared: each test enrols its
 * own new types, areas and registrants.
 */
public abstract class EnrolmentRepositoryContract {

    private static final Instant AT = Instant.parse("2026-11-02T08:00:00Z");
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate MAR_31 = LocalDate.of(2026, 3, 31);
    private static final Period QUARTER = new Period(JAN_1, MAR_31);

    protected abstract EnrolmentRepository repository();

    protected abstract StoragePorts ports();

    /** The same adapter's compliance, which must list enrolled registrants at once. */
    protected abstract ComplianceQuery compliance();

    private StoredData data;
    private UserId manager;
    private SessionType fds;
    private String north;

    @BeforeEach
    void references() {
        data = new StoredData(ports());
        manager = data.user("Programme Manager");
        fds = data.sessionType("FDS", 80, ExcusedPolicy.LEFT_OUT);
        north = data.unique("North");
    }

    private Enrolment enrol(SessionType type, EnrolmentScope scope, LocalDate from, Optional<LocalDate> to) {
        Enrolment enrolment = Enrolment.create(repository().nextId(), type.id(), scope, from, to);
        repository().add(enrolment, manager, AT);
        return enrolment;
    }

    private SessionType withMissingPolicy(SessionType type, MissingRecordPolicy policy) {
        SessionTypeDetails d = type.details();
        type.edit(new SessionTypeDetails(d.name(), d.code(), d.description(), d.frequency(), d.durationHours(),
                d.requiredAttendance(), d.excusedPolicy(), d.absenceWarning(), policy), type.topicTracking());
        ports().types().update(type);
        return ports().types().findById(type.id()).orElseThrow();
    }

    private Map<RegistrantId, ComplianceRow> rows(SessionType type) {
        return compliance().list(ComplianceCriteria.of(type.id(), QUARTER), CompliancePolicy.of(type),
                        PageRequest.first(100)).stream()
                .collect(Collectors.toMap(ComplianceRow::registrant, row -> row));
    }

    @Test
    void anAddedEnrolmentIsFoundAndListedWithItsTypeAndWhoAddedIt() {
        Enrolment added = enrol(fds, EnrolmentScope.ofAreas(List.of(north)), JAN_1, Optional.empty());

        Enrolment found = repository().findById(added.id()).orElseThrow();
        assertThat(found.type()).isEqualTo(fds.id());
        assertThat(found.from()).isEqualTo(JAN_1);
        assertThat(found.to()).isEmpty();
        assertThat(found.scope().areas()).containsExactly(north);
        assertThat(found.version()).isEqualTo(Version.NEW);
        EnrolmentRow row = repository().list().stream().filter(listed -> listed.enrolment().id().equals(added.id()))
                .findFirst().orElseThrow();
        assertThat(row.typeName()).isEqualTo(fds.name());
        assertThat(row.createdBy()).isEqualTo("Programme Manager");
        assertThat(row.createdAt()).isEqualTo(AT);
        assertThat(repository().findById(new EnrolmentId(-1))).isEmpty();
        assertThat(repository().anyOf(fds.id())).isTrue();
        assertThat(repository().anyOf(data.sessionType("Other", 80, ExcusedPolicy.LEFT_OUT).id())).isFalse();
    }

    @Test
    void householdAndRegistrantEnrolmentsKeepWhomTheyExpect() {
        RegistrantId household = data.registrant(data.unique("H"), "Dela Cruz household", RegistrantKind.GROUP,
                Optional.empty(), north, true);
        RegistrantId ana = data.registrant("Ana", "South");
        Enrolment households = enrol(fds, EnrolmentScope.ofHouseholds(Set.of(household)), JAN_1, Optional.of(MAR_31));
        Enrolment listed = enrol(fds, EnrolmentScope.ofRegistrants(Set.of(ana)), JAN_1, Optional.empty());

        assertThat(repository().findById(households.id()).orElseThrow().scope().households()).containsExactly(household);
        assertThat(repository().findById(households.id()).orElseThrow().to()).contains(MAR_31);
        assertThat(repository().findById(listed.id()).orElseThrow().scope().registrants()).containsExactly(ana);
    }

    @Test
    void anEndedEnrolmentIsStoredOnceAndAStaleVersionIsRefused() {
        Enrolment added = enrol(fds, EnrolmentScope.ofAreas(List.of(north)), JAN_1, Optional.empty());
        Enrolment first = repository().findById(added.id()).orElseThrow();
        Enrolment second = repository().findById(added.id()).orElseThrow();

        first.endOn(MAR_31);
        repository().update(first);
        second.endOn(JAN_1);

        assertThat(repository().findById(added.id()).orElseThrow().to()).contains(MAR_31);
        assertThatThrownBy(() -> repository().update(second)).isInstanceOf(ConcurrentModificationException.class);
        repository().remove(added.id());
        assertThat(repository().findById(added.id())).isEmpty();
    }

    @Test
    void theExpectedRegistrantsOfASessionAreThoseEnrolledThatDayWhoseAreaItIsOpenTo() {
        String south = data.unique("South");
        RegistrantId household = data.registrant(data.unique("H"), "Reyes household", RegistrantKind.GROUP,
                Optional.empty(), south, true);
        String householdId = ports().registrants().findById(household).orElseThrow().externalId().value();
        RegistrantId ana = data.registrant("Ana " + north, north);
        RegistrantId ben = data.registrant(data.unique("B"), "Ben " + south, RegistrantKind.INDIVIDUAL,
                Optional.of(householdId), south, true);
        RegistrantId gone = data.registrant(data.unique("G"), "Gone " + north, RegistrantKind.INDIVIDUAL,
                Optional.empty(), north, false);
        enrol(fds, EnrolmentScope.ofAreas(List.of(north.toUpperCase())), JAN_1, Optional.of(MAR_31));
        enrol(fds, EnrolmentScope.ofHouseholds(Set.of(household)), LocalDate.of(2026, 2, 1), Optional.empty());

        assertThat(repository().expected(fds.id(), JAN_1, "", 100)).containsExactly(ana);
        assertThat(repository().expected(fds.id(), LocalDate.of(2026, 2, 1), " ", 100)).containsExactlyInAnyOrder(ana, ben);
        assertThat(repository().expected(fds.id(), LocalDate.of(2026, 2, 1), south, 100)).containsExactly(ben);
        assertThat(repository().expected(fds.id(), LocalDate.of(2026, 4, 1), "", 100)).containsExactly(ben);
        assertThat(repository().expected(fds.id(), LocalDate.of(2026, 2, 1), "", 1)).hasSize(1);
        assertThat(repository().expected(fds.id(), JAN_1, "", 100)).doesNotContain(gone);
        SessionId inSouth = data.sessionIn(south, fds, LocalDate.of(2026, 2, 3), SessionStatus.SCHEDULED, manager);
        assertThat(repository().expectedAt(inSouth, 100)).containsExactly(ben);
        assertThat(repository().expectedAt(new SessionId(-1), 100)).isEmpty();
    }

    @Test
    void anEnrolledRegistrantWithoutAnyRecordIsListedWithTheirMissingRecordsAsNoDataByDefault() {
        RegistrantId ana = data.registrant("Ana", north);
        RegistrantId ben = data.registrant("Ben", north);
        SessionId held = data.sessionIn(north, fds, LocalDate.of(2026, 1, 15), SessionStatus.COMPLETED, manager);
        data.sessionIn("", fds, LocalDate.of(2026, 2, 15), SessionStatus.COMPLETED, manager);
        data.sessionIn(north, fds, LocalDate.of(2026, 3, 15), SessionStatus.SCHEDULED, manager);
        data.sessionIn(north, fds, LocalDate.of(2026, 3, 16), SessionStatus.CANCELLED, manager);
        data.sessionIn(data.unique("Elsewhere"), fds, LocalDate.of(2026, 3, 17), SessionStatus.COMPLETED, manager);
        data.record(held, ben, AttendanceStatus.PRESENT, manager);
        assertThat(rows(fds)).as("without enrolment, only who has a record").containsOnlyKeys(ben);

        enrol(fds, EnrolmentScope.ofAreas(List.of(north)), JAN_1, Optional.empty());

        Map<RegistrantId, ComplianceRow> rows = rows(fds);
        assertThat(rows.get(ana).status()).isEqualTo(ComplianceStatus.NO_DATA);
        assertThat(rows.get(ana).missing()).isEqualTo(2);
        assertThat(rows.get(ana).counted()).isZero();
        assertThat(rows.get(ben).status()).isEqualTo(ComplianceStatus.COMPLIANT);
        assertThat(rows.get(ben).missing()).isEqualTo(1);
        assertThat(rows.get(ben).counted()).isEqualTo(1);
        assertThat(compliance().count(ComplianceCriteria.of(fds.id(), QUARTER), CompliancePolicy.of(fds))).isEqualTo(2);
    }

    @Test
    void underCountsAsAbsentAnEnrolledRegistrantsMissingRecordsCountAsAbsences() {
        SessionType strict = withMissingPolicy(fds, MissingRecordPolicy.COUNTS_AS_ABSENT);
        RegistrantId ana = data.registrant("Ana", north);
        RegistrantId ben = data.registrant("Ben", north);
        SessionId held = data.sessionIn(north, strict, LocalDate.of(2026, 1, 15), SessionStatus.COMPLETED, manager);
        data.sessionIn(north, strict, LocalDate.of(2026, 2, 15), SessionStatus.COMPLETED, manager);
        data.record(held, ben, AttendanceStatus.PRESENT, manager);
        enrol(strict, EnrolmentScope.ofRegistrants(Set.of(ana, ben)), LocalDate.of(2026, 1, 10), Optional.empty());

        Map<RegistrantId, ComplianceRow> rows = rows(strict);
        assertThat(rows.get(ana).status()).isEqualTo(ComplianceStatus.NON_COMPLIANT);
        assertThat(rows.get(ana).counted()).isEqualTo(2);
        assertThat(rows.get(ana).missing()).isEqualTo(2);
        assertThat(rows.get(ben).attended()).isEqualTo(1);
        assertThat(rows.get(ben).counted()).isEqualTo(2);
        assertThat(rows.get(ben).counts().absent()).as("the records' own counts").isZero();
        assertThat(compliance().totals(ComplianceCriteria.of(strict.id(), QUARTER), CompliancePolicy.of(strict))
                .get(ComplianceStatus.NON_COMPLIANT)).isEqualTo(2);
    }

    @Test
    void missingRecordsSinceTheLastDayAttendedMakeARunOfAbsencesOnlyWhenTheyCountAsAbsent() {
        SessionType strict = withMissingPolicy(fds, MissingRecordPolicy.COUNTS_AS_ABSENT);
        RegistrantId ana = data.registrant("Ana", north);   // never recorded: 3 missing
        RegistrantId ben = data.registrant("Ben", north);   // Present, then Absent, then 1 missing
        RegistrantId cora = data.registrant("Cora", north); // 2 missing, then Present
        List<SessionId> held = List.of(
                data.sessionIn(north, strict, LocalDate.of(2026, 1, 15), SessionStatus.COMPLETED, manager),
                data.sessionIn("", strict, LocalDate.of(2026, 2, 15), SessionStatus.COMPLETED, manager),
                data.sessionIn(north, strict, LocalDate.of(2026, 3, 15), SessionStatus.COMPLETED, manager));
        data.record(held.get(0), ben, AttendanceStatus.PRESENT, manager);
        data.record(held.get(1), ben, AttendanceStatus.ABSENT, manager);
        data.record(held.get(2), cora, AttendanceStatus.PRESENT, manager);
        enrol(strict, EnrolmentScope.ofAreas(List.of(north)), JAN_1, Optional.empty());
        ComplianceCriteria inARow = ComplianceCriteria.of(strict.id(), QUARTER)
                .withWarning(ComplianceCriteria.EarlyWarning.ABSENCES_IN_A_ROW);

        assertThat(warned(inARow, new CompliancePolicy(80, ExcusedPolicy.LEFT_OUT, 2,
                MissingRecordPolicy.COUNTS_AS_ABSENT))).containsExactlyInAnyOrder(ana, ben);
        assertThat(warned(inARow, new CompliancePolicy(80, ExcusedPolicy.LEFT_OUT, 3,
                MissingRecordPolicy.COUNTS_AS_ABSENT))).containsExactly(ana);
        assertThat(compliance().count(inARow, new CompliancePolicy(80, ExcusedPolicy.LEFT_OUT, 3,
                MissingRecordPolicy.COUNTS_AS_ABSENT))).isEqualTo(1);
        assertThat(warned(inARow, new CompliancePolicy(80, ExcusedPolicy.LEFT_OUT, 1,
                MissingRecordPolicy.LISTED_AS_NO_RECORD))).as("No record neither extends nor ends a run")
                .containsExactly(ben);
    }

    private List<RegistrantId> warned(ComplianceCriteria criteria, CompliancePolicy policy) {
        return compliance().list(criteria, policy, PageRequest.first(100)).stream().map(ComplianceRow::registrant)
                .toList();
    }
}
