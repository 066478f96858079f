package org.sessiontracking.domain.attendance;

import org.junit.jupiter.api.Test;
import org.sessiontracking.domain.common.AccessDeniedException;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sessiontracking.domain.attendance.AttendanceSessionBuilder.aSession;
import static org.sessiontracking.domain.attendance.AttendanceStatus.ABSENT;
import static org.sessiontracking.domain.attendance.AttendanceStatus.EXCUSED;
import static org.sessiontracking.domain.attendance.AttendanceStatus.PRESENT;

class AttendanceSheetTest {

    private static final Instant AT = Instant.parse("2026-03-14T16:00:00Z");
    private static final Actor FACILITATOR = new Actor(new UserId(10), "Field Officer", Role.STAFF);
    private static final Actor OTHER_STAFF = new Actor(new UserId(11), "Other Officer", Role.STAFF);
    private static final Actor CO_FACILITATOR = new Actor(new UserId(12), "Co Officer", Role.STAFF);
    private static final Actor MANAGER = new Actor(new UserId(20), "Manager", Role.MANAGER);
    private static final Actor VIEWER = new Actor(new UserId(30), "Auditor", Role.VIEWER);

    private static RegistrantId r(long id) {
        return new RegistrantId(id);
    }

    private static AttendanceRecord stored(long registrant, AttendanceStatus status, int version) {
        return new AttendanceRecord(aSession().build().id(), r(registrant), status, "", FACILITATOR.id(),
                AT.minusSeconds(3600), new Version(version));
    }

    private static AttendanceSheet sheet(AttendanceRecord... records) {
        return AttendanceSheet.reconstitute(aSession().build(), List.of(records));
    }

    @Test
    void bulkAddSkipsRegistrantsAlreadyOnTheSessionAndDuplicatesInTheRequest() {
        AttendanceSheet sheet = sheet(stored(1, ABSENT, 2));

        List<RegistrantId> added = sheet.add(List.of(r(1), r(2), r(3), r(2)), PRESENT, "", FACILITATOR, AT);

        assertThat(added).containsExactly(r(2), r(3));
        assertThat(sheet.records()).hasSize(3);
        assertThat(sheet.record(r(1)).orElseThrow().status()).isEqualTo(ABSENT);
        assertThat(sheet.record(r(2)).orElseThrow().status()).isEqualTo(PRESENT);
        assertThat(sheet.writes()).extracting(AttendanceSheet.Write::registrant).containsExactly(r(2), r(3));
        assertThat(sheet.writes()).allSatisfy(write -> {
            assertThat(write.expected()).isEmpty();
            assertThat(write.change().isAddition()).isTrue();
            assertThat(write.change().newStatus()).contains(PRESENT);
        });
    }

    @Test
    void aStatusChangeIsOneHistoryEntryFromTheStoredStatusOnTheStoredVersion() {
        AttendanceSheet sheet = sheet(stored(1, PRESENT, 4));

        assertThat(sheet.record(r(1), EXCUSED, "sick child", FACILITATOR, AT)).isTrue();

        AttendanceSheet.Write write = sheet.writes().getFirst();
        assertThat(write.expected()).contains(new Version(4));
        assertThat(write.change()).isEqualTo(new AttendanceChange(aSession().build().id(), r(1), Optional.of(PRESENT),
                Optional.of(EXCUSED), "sick child", FACILITATOR.id(), AT));
        assertThat(sheet.record(r(1)).orElseThrow().version()).isEqualTo(new Version(5));
        assertThat(sheet.counts()).isEqualTo(new AttendanceCounts(0, 0, 1));
    }

    @Test
    void theSameStatusAndReasonAgainIsNoChange() {
        AttendanceSheet sheet = sheet(stored(1, PRESENT, 0));
        assertThat(sheet.record(r(1), PRESENT, "  ", FACILITATOR, AT)).isFalse();
        assertThat(sheet.writes()).isEmpty();
    }

    @Test
    void severalChangesBeforeSavingBecomeOneWriteFromFirstToLast() {
        AttendanceSheet sheet = sheet(stored(1, PRESENT, 1));
        sheet.record(r(1), ABSENT, "", FACILITATOR, AT);
        sheet.record(r(1), EXCUSED, "travel", FACILITATOR, AT);

        assertThat(sheet.writes()).singleElement().satisfies(write -> {
            assertThat(write.change().oldStatus()).contains(PRESENT);
            assertThat(write.change().newStatus()).contains(EXCUSED);
            assertThat(write.expected()).contains(new Version(1));
        });
        assertThat(sheet.record(r(1)).orElseThrow().version()).isEqualTo(new Version(2));
    }

    @Test
    void addedThenRemovedBeforeSavingStoresNothing() {
        AttendanceSheet sheet = sheet();
        sheet.add(List.of(r(7)), PRESENT, "", FACILITATOR, AT);
        sheet.remove(r(7), "", FACILITATOR, AT);
        assertThat(sheet.writes()).isEmpty();
        assertThat(sheet.records()).isEmpty();
    }

    @Test
    void aRemovalIsKeptInTheHistoryWithTheOldStatus() {
        AttendanceSheet sheet = sheet(stored(1, ABSENT, 3));
        sheet.remove(r(1), "wrong person", MANAGER, AT);
        assertThat(sheet.writes()).singleElement().satisfies(write -> {
            assertThat(write.change().isRemoval()).isTrue();
            assertThat(write.change().oldStatus()).contains(ABSENT);
            assertThat(write.change().reason()).isEqualTo("wrong person");
            assertThat(write.expected()).contains(new Version(3));
        });
        assertThat(sheet.records()).isEmpty();
    }

    @Test
    void removingARegistrantWithoutARecordIsRefused() {
        assertThatThrownBy(() -> sheet().remove(r(9), "", FACILITATOR, AT))
                .isInstanceOf(DomainException.class)
                .hasMessage("Registrant 9 has no attendance record in this session");
    }

    @Test
    void aCancelledSessionTakesNoAttendance() {
        AttendanceSheet sheet = AttendanceSheet.reconstitute(aSession().phase(SessionPhase.CANCELLED).build(), List.of());
        assertThatThrownBy(() -> sheet.add(List.of(r(1)), PRESENT, "", MANAGER, AT))
                .isInstanceOf(DomainException.class)
                .hasMessage("Session 'FDS - March 2026 - Barangay 12' is cancelled: it takes no attendance");
        assertThat(sheet.writes()).isEmpty();
    }

    @Test
    void correctingACompletedSessionNeedsAReason() {
        AttendanceSheet sheet = AttendanceSheet.reconstitute(aSession().phase(SessionPhase.COMPLETED).build(),
                List.of(stored(1, ABSENT, 0)));
        assertThatThrownBy(() -> sheet.record(r(1), PRESENT, " ", FACILITATOR, AT))
                .isInstanceOf(DomainException.class)
                .hasMessage("Session 'FDS - March 2026 - Barangay 12' is completed: give a reason for correcting its attendance")
                .satisfies(e -> assertThat(((DomainException) e).field()).contains("reason"));
        assertThat(sheet.record(r(1), PRESENT, "arrived late, signed the sheet", FACILITATOR, AT)).isTrue();
    }

    @Test
    void excusedWithoutAReasonIsAllowedButPointedOut() {
        AttendanceSheet sheet = sheet();
        sheet.add(List.of(r(1)), EXCUSED, "", FACILITATOR, AT);
        assertThat(sheet.record(r(1)).orElseThrow().excusedWithoutReason()).isTrue();
    }

    @Test
    void staffRecordOnlySessionsTheyFacilitateOrCoFacilitate() {
        AttendanceSession session = aSession().coFacilitator(CO_FACILITATOR.id()).build();
        assertThat(session.recordableBy(FACILITATOR)).isTrue();
        assertThat(session.recordableBy(CO_FACILITATOR)).isTrue();
        assertThat(session.recordableBy(MANAGER)).isTrue();
        assertThat(session.recordableBy(OTHER_STAFF)).isFalse();
        assertThat(session.recordableBy(VIEWER)).isFalse();

        AttendanceSheet sheet = AttendanceSheet.reconstitute(session, List.of());
        assertThatThrownBy(() -> sheet.add(List.of(r(1)), PRESENT, "", OTHER_STAFF, AT))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("You may record attendance only for sessions you facilitate or co-facilitate");
        assertThatThrownBy(() -> sheet.record(r(1), PRESENT, "", VIEWER, AT))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Your role (Viewer) may not record attendance");
    }

    @Test
    void aSessionRunByAnExternalFacilitatorIsRecordedByItsUserCoFacilitatorsAndManagersOnly() {
        AttendanceSession session = aSession().withoutUserFacilitator().coFacilitator(CO_FACILITATOR.id()).build();
        assertThat(session.facilitator()).isEmpty();
        assertThat(session.recordableBy(CO_FACILITATOR)).isTrue();
        assertThat(session.recordableBy(MANAGER)).isTrue();
        assertThat(session.recordableBy(FACILITATOR)).isFalse();
        assertThat(session.recordableBy(OTHER_STAFF)).isFalse();
    }

    @Test
    void aTooLongReasonIsRefusedOnTheReasonField() {
        assertThatThrownBy(() -> sheet().add(List.of(r(1)), EXCUSED, "x".repeat(501), FACILITATOR, AT))
                .isInstanceOf(DomainException.class)
                .hasMessage("Reason must be at most 500 characters, got 501");
    }

    @Test
    void theSessionsRateIsTheComplianceRuleByTheTypesExcusedPolicy() {
        AttendanceCounts counts = AttendanceCounts.of(List.of(PRESENT, PRESENT, PRESENT, ABSENT, EXCUSED, PRESENT));
        assertThat(counts).isEqualTo(new AttendanceCounts(4, 1, 1));
        assertThat(counts.summary()).isEqualTo("Present 4 · Absent 1 · Excused 1");
        assertThat(counts.under(new CompliancePolicy(80, ExcusedPolicy.LEFT_OUT)).rateText()).isEqualTo("80.0%");
        assertThat(counts.under(new CompliancePolicy(80, ExcusedPolicy.COUNTS_AS_PRESENT)).rateText()).isEqualTo("83.3%");
        assertThat(counts.under(new CompliancePolicy(80, ExcusedPolicy.COUNTS_AS_ABSENT)).rateText()).isEqualTo("66.7%");
        assertThat(AttendanceCounts.NONE.under(new CompliancePolicy(80, ExcusedPolicy.LEFT_OUT)).rateText())
                .isEqualTo("\u2013");
    }
}
