package org.sessiontracking.application.compliance.port.out;

import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.AttendanceLine;
import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.ComplianceRow;
import org.sessiontracking.application.compliance.CurriculumRow;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.compliance.RegistrantSummary;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionType;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Compliance computed by the store for many registrants at once (set-based: one aggregate over the
 * attendance of the type's non-cancelled sessions in the period, never one registrant at a time).
 * The status it computes must equal {@link org.sessiontracking.domain.compliance.Compliance}'s.
 */
public interface ComplianceQuery {

    /** One page of the list; sort properties are {@link ComplianceCriteria.SortProperty} names. */
    List<ComplianceRow> list(ComplianceCriteria criteria, CompliancePolicy policy, PageRequest page);

    int count(ComplianceCriteria criteria, CompliancePolicy policy);

    /** How many registrants of the list (ignoring its status filter) have each status; zero ones included. */
    Map<ComplianceStatus, Integer> totals(ComplianceCriteria criteria, CompliancePolicy policy);

    /** Every row of the list, sorted by name then id, streamed (for exports and full-population figures). */
    void forEach(ComplianceCriteria criteria, CompliancePolicy policy, Consumer<ComplianceRow> row);

    /** One registrant's attendance records in the period, latest first, cancelled sessions included. */
    List<AttendanceLine> attendanceOf(RegistrantId registrant, Period period);

    Optional<RegistrantSummary> registrant(RegistrantId registrant);

    /**
     * The sessions of types with enrolments, dated in the period and open to the registrant's area, where the
     * registrant has no record: the candidates for missing records, which the domain decides
     * ({@link org.sessiontracking.domain.attendance.CountedRecords#missing}); by date.
     */
    List<org.sessiontracking.domain.attendance.CountedRecords.ExpectedSession> unrecordedSessionsOf(
            RegistrantId registrant, Period period);

    /**
     * Curriculum completion of the registrants with a record at a non-cancelled session of the
     * topic-tracking {@code type} (in the period, when given), ordered by name.
     */
    List<CurriculumRow> curriculum(SessionType type, Optional<Period> period, boolean completedOnly, PageRequest page);

    int countCurriculum(SessionType type, Optional<Period> period, boolean completedOnly);
}
