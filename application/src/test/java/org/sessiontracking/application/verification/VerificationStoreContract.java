package org.sessiontracking.application.verification;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.attendance.port.out.LateCorrectionLog;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.ComplianceRow;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.compliance.port.out.ComplianceQuery;
import org.sessiontracking.application.compliance.port.out.FrozenCompliance;
import org.sessiontracking.application.support.StoragePorts;
import org.sessiontracking.application.support.StoredData;
import org.sessiontracking.application.verification.port.out.FrozenComplianceLists;
import org.sessiontracking.application.verification.port.out.LateCorrectionRepository;
import org.sessiontracking.application.verification.port.out.VerificationPeriodRepository;
import org.sessiontracking.domain.attendance.AttendanceChange;
import org.sessiontracking.domain.attendance.AttendanceRecord;
import org.sessiontracking.domain.attendance.AttendanceSheet;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.UserId;
import org.sessiontracking.domain.verification.CorrectionState;
import org.sessiontracking.domain.verification.LateCorrection;
import org.sessiontracking.domain.verification.PeriodDraft;
import org.sessiontracking.domain.verification.PeriodEvent;
import org.sessiontracking.domain.verification.VerificationPeriod;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sessiontracking.domain.attendance.AttendanceStatus.ABSENT;
import static org.sessiontracking.domain.attendance.AttendanceStatus.EXCUSED;
import static org.sessiontracking.domain.attendance.AttendanceStatus.PRESENT;

/**
 * What every adapter of the verification ports must do (periods, late corrections, frozen lists), run
 * against the jOOQ adapter on PostgreSQL and the in-memory adapter. Above all: a frozen list is the
 * live list as it was at the closing, and never changes after corrections.
 */
public abstract class VerificationStoreContract {

    private static final Instant CLOSED_AT = Instant.parse("2026-04-06T09:00:00Z");
    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

    protected abstract StoragePorts ports();

    protected abstract VerificationPeriodRepository periods();

    protected abstract LateCorrectionRepository corrections();

    protected abstract LateCorrectionLog log();

    protected abstract FrozenComplianceLists frozen();

    protected abstract FrozenCompliance frozenCompliance();

    protected abstract ComplianceQuery compliance();

    protected abstract org.sessiontracking.application.eligibility.port.out.EligibilityFacts eligibilityFacts();

    /** The same adapter's enrolments, which a frozen list honours as the live list does. */
    protected abstract org.sessiontracking.application.enrolment.port.out.EnrolmentRepository enrolments();

    private StoredData data;
    private UserId officer;
    private Actor manager;
    private SessionType fds;
    private CompliancePolicy policy;

    @BeforeEach
    void arrange() {
        data = new StoredData(ports());
        officer = data.user("Field Officer");
        manager = new Actor(data.user("Programme Manager"), "Programme Manager", Role.MANAGER);
        fds = data.sessionType("FDS", 75, ExcusedPolicy.LEFT_OUT);
        policy = CompliancePolicy.of(fds);
    }

    private VerificationPeriod march() {
        VerificationPeriod period = VerificationPeriod.create(periods().nextId(), fds.id(),
                new PeriodDraft("March 2026", MARCH_1, MARCH_31, LocalDate.of(2026, 4, 5)));
        periods().add(period);
        return periods().findById(period.id()).orElseThrow();
    }

    private void correct(SessionId session, RegistrantId registrant, AttendanceStatus to, String reason) {
        AttendanceRecord current = ports().attendance().findBySession(session).stream()
                .filter(record -> record.registrant().equals(registrant)).findFirst().orElseThrow();
        ports().attendance().store(session, List.of(new AttendanceSheet.Write(new AttendanceChange(session,
                registrant, Optional.of(current.status()), Optional.of(to), reason, officer,
                CLOSED_AT.plusSeconds(3600)), Optional.of(current.version()))));
    }

    private PeriodEvent closed(VerificationPeriod period) {
        VerificationPeriod loaded = periods().findById(period.id()).orElseThrow();
        PeriodEvent closing = loaded.close(manager, CLOSED_AT, 0);
        periods().update(loaded);
        return closing;
    }

    private List<FrozenRow> all(VerificationPeriod period, int version) {
        List<FrozenRow> rows = new ArrayList<>();
        frozen().forEach(period.id(), version, rows::add);
        return rows;
    }

    @Test
    void periodsAreStoredWithTheirHistoryAndAStaleUpdateIsRefused() {
        VerificationPeriod march = march();
        VerificationPeriod april = VerificationPeriod.create(periods().nextId(), fds.id(),
                new PeriodDraft("April 2026", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30),
                        LocalDate.of(2026, 5, 5)));
        periods().add(april);
        assertThat(periods().ofType(fds.id())).extracting(VerificationPeriod::name)
                .containsExactly("March 2026", "April 2026");

        VerificationPeriod first = periods().findById(march.id()).orElseThrow();
        VerificationPeriod second = periods().findById(march.id()).orElseThrow();
        first.close(manager, CLOSED_AT, 0);
        periods().update(first);
        second.close(manager, CLOSED_AT, 0);
        assertThatThrownBy(() -> periods().update(second)).isInstanceOf(ConcurrentModificationException.class);

        VerificationPeriod reloaded = periods().findById(march.id()).orElseThrow();
        reloaded.reopen(manager, CLOSED_AT.plusSeconds(60), "Late sheets");
        periods().update(reloaded);
        VerificationPeriod stored = periods().findById(march.id()).orElseThrow();
        assertThat(stored.events()).extracting(PeriodEvent::kind, PeriodEvent::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(PeriodEvent.Kind.CLOSED, ""),
                org.assertj.core.groups.Tuple.tuple(PeriodEvent.Kind.REOPENED, "Late sheets"));
        assertThat(stored.events().getFirst().byName()).isEqualTo("Programme Manager");
        assertThat(stored.events().getFirst().at()).isEqualTo(CLOSED_AT);
        assertThat(stored.version().value()).isEqualTo(2);
    }

    @Test
    void theUnfinishedSessionsAreTheTypesScheduledAndInProgressOnesOfThePeriod() {
        SessionId scheduled = data.session(fds, LocalDate.of(2026, 3, 20), SessionStatus.SCHEDULED, officer);
        SessionId running = data.session(fds, LocalDate.of(2026, 3, 10), SessionStatus.IN_PROGRESS, officer);
        data.session(fds, LocalDate.of(2026, 3, 12), SessionStatus.COMPLETED, officer);
        data.session(fds, LocalDate.of(2026, 4, 2), SessionStatus.SCHEDULED, officer);
        assertThat(periods().unfinishedSessions(fds.id(), MARCH_1, MARCH_31)).extracting(UnfinishedSession::id)
                .containsExactly(running, scheduled);
    }

    @Test
    void aFrozenListOfATypeWithEnrolmentsHoldsItsEnrolledRegistrantsAsTheLiveListDoes() {
        String area = data.unique("North");
        RegistrantId ana = data.registrant("Ana", area);
        RegistrantId ben = data.registrant("Ben", area);
        SessionId held = data.sessionIn(area, fds, LocalDate.of(2026, 3, 5), SessionStatus.COMPLETED, officer);
        data.record(held, ben, PRESENT, officer);
        var enrolments = enrolments();
        enrolments.add(org.sessiontracking.domain.enrolment.Enrolment.create(enrolments.nextId(), fds.id(),
                org.sessiontracking.domain.enrolment.EnrolmentScope.ofAreas(List.of(area)), MARCH_1, Optional.empty()),
                officer, CLOSED_AT);
        VerificationPeriod march = march();

        frozen().freeze(march, closed(march), policy);

        List<FrozenRow> rows = all(march, 1);
        assertThat(rows).extracting(FrozenRow::registrant).contains(ana, ben);
        FrozenRow anas = rows.stream().filter(row -> row.registrant().equals(ana)).findFirst().orElseThrow();
        assertThat(anas.status()).as("enrolled, no record: listed as No record by default")
                .isEqualTo(ComplianceStatus.NO_DATA);
        assertThat(anas.missing()).as("the held session she has no record of").isEqualTo(1);
        List<org.sessiontracking.application.compliance.ComplianceRow> exported = new java.util.ArrayList<>();
        frozenCompliance().forEach(march.id(), 1, org.sessiontracking.application.compliance.ComplianceCriteria.of(fds.id(),
                new org.sessiontracking.application.compliance.Period(march.from(), march.to())), exported::add);
        assertThat(exported).filteredOn(row -> row.registrant().equals(ana)).singleElement()
                .satisfies(row -> assertThat(row.missing()).as("the closed period's export").isEqualTo(1));
    }

    @Test
    void aVersionKeepsTheMissingRecordPolicyItWasClosedWithAndEligibilityReadsItsMissingRecords() {
        String area = data.unique("North");
        RegistrantId ana = data.registrant("Ana", area);
        data.sessionIn(area, fds, LocalDate.of(2026, 3, 5), SessionStatus.COMPLETED, officer);
        var enrolments = enrolments();
        enrolments.add(org.sessiontracking.domain.enrolment.Enrolment.create(enrolments.nextId(), fds.id(),
                org.sessiontracking.domain.enrolment.EnrolmentScope.ofAreas(List.of(area)), MARCH_1, Optional.empty()),
                officer, CLOSED_AT);
        VerificationPeriod march = march();
        CompliancePolicy absent = new CompliancePolicy(policy.requiredPercent(), policy.excusedPolicy(),
                policy.absenceWarning(), org.sessiontracking.domain.sessiontype.MissingRecordPolicy.COUNTS_AS_ABSENT);

        frozen().freeze(march, closed(march), absent);

        assertThat(all(march, 1)).filteredOn(row -> row.registrant().equals(ana)).singleElement()
                .satisfies(row -> assertThat(row.status()).isEqualTo(ComplianceStatus.NON_COMPLIANT));
        org.sessiontracking.application.compliance.Period dates =
                new org.sessiontracking.application.compliance.Period(march.from(), march.to());
        FrozenCompliance.FrozenSource source = frozenCompliance().frozenVersion(fds.id(), dates).orElseThrow();
        assertThat(source.policy().missingRecordPolicy()).as("kept with the version")
                .isEqualTo(org.sessiontracking.domain.sessiontype.MissingRecordPolicy.COUNTS_AS_ABSENT);
        org.sessiontracking.application.eligibility.FactKey key =
                new org.sessiontracking.application.eligibility.FactKey("FDS", dates);
        var facts = eligibilityFacts().factsOf(ana, List.of(new org.sessiontracking.application.eligibility
                .FactRequest(key, fds.id(), dates, java.util.Set.of(), Optional.of(source)))).orElseThrow();
        assertThat(facts.missing()).containsEntry(key, 1);
        assertThat(source.policy().evaluate(facts.counts().getOrDefault(key,
                org.sessiontracking.domain.compliance.AttendanceCounts.NONE), facts.missing().get(key)).status())
                .as("a rule on the frozen facts agrees with the frozen status").isEqualTo(ComplianceStatus.NON_COMPLIANT);
    }

    @Test
    void aFrozenListIsTheLiveListAtTheClosingAndNeverChangesAfterCorrections() {
        SessionId first = data.session(fds, LocalDate.of(2026, 3, 5), SessionStatus.COMPLETED, officer);
        SessionId second = data.session(fds, LocalDate.of(2026, 3, 19), SessionStatus.COMPLETED, officer);
        SessionId april = data.session(fds, LocalDate.of(2026, 4, 2), SessionStatus.COMPLETED, officer);
        RegistrantId maria = data.registrant("Maria Santos", "North");
        RegistrantId jose = data.registrant("Jose Cruz", "South");
        data.record(first, maria, PRESENT, officer);
        data.record(second, maria, ABSENT, officer);
        data.record(first, jose, PRESENT, officer);
        data.record(second, jose, EXCUSED, officer);
        data.record(april, jose, ABSENT, officer);
        VerificationPeriod march = march();

        FrozenVersion v1 = frozen().freeze(march, closed(march), policy);
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.closedBy()).isEqualTo("Programme Manager");
        assertThat(v1.closedAt()).isEqualTo(CLOSED_AT);
        assertThat(v1.policy()).isEqualTo(policy);
        assertThat(v1.totals()).containsEntry(ComplianceStatus.COMPLIANT, 1).containsEntry(ComplianceStatus.NON_COMPLIANT, 1);
        List<ComplianceRow> live = new ArrayList<>();
        compliance().forEach(ComplianceCriteria.of(fds.id(), new Period(MARCH_1, MARCH_31)), policy, live::add);
        List<FrozenRow> frozenV1 = all(march, 1);
        assertThat(frozenV1).extracting(FrozenRow::registrant, FrozenRow::counts, FrozenRow::status)
                .containsExactlyElementsOf(live.stream().map(row -> org.assertj.core.groups.Tuple.tuple(
                        row.registrant(), row.counts(), row.status())).toList());
        assertThat(frozenV1).extracting(FrozenRow::name).containsExactly("Jose Cruz", "Maria Santos");

        // a late correction: Maria was present at the second session after all
        correct(second, maria, PRESENT, "Sheet found");
        assertThat(all(march, 1)).isEqualTo(frozenV1);
        assertThat(frozen().page(march.id(), 1, false, 0, 10)).isEqualTo(frozenV1);

        VerificationPeriod reopened = periods().findById(march.id()).orElseThrow();
        reopened.reopen(manager, CLOSED_AT.plusSeconds(7200), "Sheet found");
        periods().update(reopened);
        VerificationPeriod again = periods().findById(march.id()).orElseThrow();
        PeriodEvent closing = again.close(manager, CLOSED_AT.plusSeconds(9000), 0);
        periods().update(again);
        FrozenVersion v2 = frozen().freeze(again, closing, policy);
        assertThat(v2.totals()).containsEntry(ComplianceStatus.COMPLIANT, 2);
        assertThat(frozen().versions(march.id())).extracting(FrozenVersion::version).containsExactly(1, 2);
        assertThat(all(march, 1)).isEqualTo(frozenV1);

        List<FrozenRow> changed = frozen().page(march.id(), 2, true, 0, 10);
        assertThat(changed).extracting(FrozenRow::registrant).containsExactly(maria);
        assertThat(changed.getFirst().previous()).get().extracting(FrozenRow.Previous::status)
                .isEqualTo(Optional.of(ComplianceStatus.NON_COMPLIANT));
        assertThat(frozen().count(march.id(), 2, true)).isEqualTo(1);
        assertThat(frozen().count(march.id(), 2, false)).isEqualTo(2);
        assertThat(frozen().page(march.id(), 2, false, 0, 10)).filteredOn(row -> row.registrant().equals(jose))
                .allMatch(row -> row.previous().isEmpty());
        assertThatThrownBy(() -> frozen().freeze(again, closing, policy)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void eligibilityFactsOfAClosedPeriodAreItsFrozenCountsUnderItsFrozenPolicy() {
        SessionId session = data.session(fds, LocalDate.of(2026, 3, 5), SessionStatus.COMPLETED, officer);
        RegistrantId jose = data.registrant("Jose Cruz", "South");
        data.record(session, jose, ABSENT, officer);
        Period dates = new Period(MARCH_1, MARCH_31);
        VerificationPeriod march = march();
        assertThat(frozenCompliance().frozenVersion(fds.id(), dates)).as("defined, never closed: live").isEmpty();
        frozen().freeze(march, closed(march), new CompliancePolicy(60, ExcusedPolicy.COUNTS_AS_ABSENT));
        correct(session, jose, PRESENT, "Sheet found");

        FrozenCompliance.FrozenSource source = frozenCompliance().frozenVersion(fds.id(), dates).orElseThrow();
        assertThat(source.version()).isEqualTo(1);
        assertThat(source.policy()).as("the policy the version was judged under")
                .isEqualTo(new CompliancePolicy(60, ExcusedPolicy.COUNTS_AS_ABSENT));
        org.sessiontracking.application.eligibility.FactKey key =
                new org.sessiontracking.application.eligibility.FactKey("FDS", dates);
        var frozenFacts = eligibilityFacts().factsOf(jose, List.of(new org.sessiontracking.application.eligibility
                .FactRequest(key, fds.id(), dates, java.util.Set.of(), Optional.of(source)))).orElseThrow();
        assertThat(frozenFacts.counts().get(key)).isEqualTo(new org.sessiontracking.domain.compliance.AttendanceCounts(0, 1, 0));
        var liveFacts = eligibilityFacts().factsOf(jose, List.of(new org.sessiontracking.application.eligibility
                .FactRequest(key, fds.id(), dates, java.util.Set.of()))).orElseThrow();
        assertThat(liveFacts.counts().get(key)).isEqualTo(new org.sessiontracking.domain.compliance.AttendanceCounts(1, 0, 0));
        List<org.sessiontracking.application.eligibility.RegistrantFacts> everyone = new ArrayList<>();
        eligibilityFacts().forEachRegistrant(List.of(new org.sessiontracking.application.eligibility.FactRequest(key,
                fds.id(), dates, java.util.Set.of(), Optional.of(source))), everyone::add);
        assertThat(everyone).filteredOn(facts -> facts.registrant().equals(jose)).singleElement()
                .satisfies(facts -> assertThat(facts.counts().get(key).absent()).isEqualTo(1));
    }

    @Test
    void aClosedPeriodsExportReadsItsFrozenRowsWithTheCriteriasFilters() {
        SessionId session = data.session(fds, LocalDate.of(2026, 3, 5), SessionStatus.COMPLETED, officer);
        RegistrantId maria = data.registrant("Maria Santos", "North");
        RegistrantId jose = data.registrant("Jose Cruz", "South");
        data.record(session, maria, PRESENT, officer);
        data.record(session, jose, ABSENT, officer);
        VerificationPeriod march = march();
        assertThat(frozenCompliance().periodWithDates(fds.id(), new Period(MARCH_1, MARCH_31)))
                .map(VerificationPeriod::id).contains(march.id());
        assertThat(frozenCompliance().periodWithDates(fds.id(), new Period(MARCH_1, LocalDate.of(2026, 3, 30))))
                .isEmpty();
        frozen().freeze(march, closed(march), policy);
        correct(session, jose, PRESENT, "Sheet found");
        List<ComplianceRow> rows = new ArrayList<>();
        frozenCompliance().forEach(march.id(), 1, ComplianceCriteria.of(fds.id(), new Period(MARCH_1, MARCH_31))
                .withStatus(ComplianceStatus.NON_COMPLIANT), rows::add);
        assertThat(rows).extracting(ComplianceRow::registrant).containsExactly(jose);
        rows.clear();
        frozenCompliance().forEach(march.id(), 1, ComplianceCriteria.of(fds.id(), new Period(MARCH_1, MARCH_31))
                .withArea("north"), rows::add);
        assertThat(rows).extracting(ComplianceRow::registrant).containsExactly(maria);
    }

    @Test
    void lateCorrectionsAreListedPerPeriodAndDecidedOnce() {
        SessionId session = data.session(fds, LocalDate.of(2026, 3, 5), SessionStatus.COMPLETED, officer);
        SessionId outside = data.session(fds, LocalDate.of(2026, 4, 5), SessionStatus.COMPLETED, officer);
        RegistrantId maria = data.registrant("Maria Santos", "North");
        VerificationPeriod march = march();
        assertThat(log().periodOf(session)).map(VerificationPeriod::id).contains(march.id());
        assertThat(log().periodOf(outside)).isEmpty();

        LateCorrection correction = LateCorrection.of(log().nextId(), march.id(), new AttendanceChange(session, maria,
                Optional.of(ABSENT), Optional.of(PRESENT), "Sheet found", officer, CLOSED_AT));
        log().add(List.of(correction));
        assertThat(corrections().pendingOf(march.id())).isEqualTo(1);
        List<LateCorrectionRow> rows = corrections().ofPeriod(march.id());
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().registrantName()).isEqualTo("Maria Santos");
        assertThat(rows.getFirst().changedBy()).isEqualTo("Field Officer");
        assertThat(rows.getFirst().sessionDate()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(rows.getFirst().correction().change()).isEqualTo(correction.change());

        LateCorrection first = corrections().findById(correction.id()).orElseThrow();
        LateCorrection second = corrections().findById(correction.id()).orElseThrow();
        first.reject(manager, CLOSED_AT.plusSeconds(60), "Another session's sheet");
        corrections().update(first);
        second.reject(manager, CLOSED_AT.plusSeconds(60), "Twice");
        assertThatThrownBy(() -> corrections().update(second)).isInstanceOf(ConcurrentModificationException.class);
        LateCorrection stored = corrections().findById(correction.id()).orElseThrow();
        assertThat(stored.state()).isEqualTo(CorrectionState.REJECTED);
        assertThat(stored.decision()).get().extracting(LateCorrection.Decision::note).isEqualTo("Another session's sheet");
        assertThat(corrections().pendingOf(march.id())).isZero();
    }

    @Test
    void pagesOfAFrozenListAreCutInNameOrder() {
        SessionId session = data.session(fds, LocalDate.of(2026, 3, 5), SessionStatus.COMPLETED, officer);
        for (String name : List.of("Carla", "Ana", "Bea")) {
            data.record(session, data.registrant(name + " Reyes", "North"), PRESENT, officer);
        }
        VerificationPeriod march = march();
        frozen().freeze(march, closed(march), policy);
        assertThat(frozen().page(march.id(), 1, false, 1, 1)).extracting(FrozenRow::name).containsExactly("Bea Reyes");
    }
}
