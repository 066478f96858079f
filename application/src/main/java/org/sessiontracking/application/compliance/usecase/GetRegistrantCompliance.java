package org.sessiontracking.application.compliance.usecase;

import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.compliance.AttendanceLine;
import org.sessiontracking.application.compliance.Breakdown;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.compliance.RegistrantSummary;
import org.sessiontracking.application.compliance.port.in.RegistrantComplianceUseCase;
import org.sessiontracking.application.compliance.port.out.ComplianceQuery;
import org.sessiontracking.application.enrolment.EnrolmentRow;
import org.sessiontracking.application.enrolment.port.out.EnrolmentRepository;
import org.sessiontracking.application.exemption.ExemptionNote;
import org.sessiontracking.application.exemption.ExemptionRow;
import org.sessiontracking.application.exemption.port.out.ExemptionRepository;
import org.sessiontracking.application.registrant.port.out.RegistrantRepository;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.attendance.CountedRecords;
import org.sessiontracking.domain.attendance.CountedRecords.AttendanceRecord;
import org.sessiontracking.domain.enrolment.Enrolment;
import org.sessiontracking.domain.exemption.Exemption;
import org.sessiontracking.domain.registrant.Registrant;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.Permission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the registrant's attendance in the period once (one query, whatever the number of months) and
 * applies the compliance rule to it per type: over the whole period and per month or quarter. For types
 * with enrolments, the held sessions the registrant was expected at and has no record of are missing
 * records, counted by the type's missing-record policy as the compliance list counts them.
 */
public final class GetRegistrantCompliance implements RegistrantComplianceUseCase {

    private final ComplianceQuery query;
    private final SessionTypeRepository types;
    private final ExemptionRepository exemptions;
    private final EnrolmentRepository enrolments;
    private final RegistrantRepository registrants;
    private final CurrentActor currentActor;
    private final Clock clock;

    public GetRegistrantCompliance(ComplianceQuery query, SessionTypeRepository types, ExemptionRepository exemptions,
                                   EnrolmentRepository enrolments, RegistrantRepository registrants,
                                   CurrentActor currentActor, Clock clock) {
        this.query = query;
        this.types = types;
        this.exemptions = exemptions;
        this.enrolments = enrolments;
        this.registrants = registrants;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Override
    public RegistrantCompliance get(RegistrantId registrant, Period period) {
        currentActor.get().require(Permission.READ);
        RegistrantSummary summary = query.registrant(registrant)
                .orElseThrow(() -> new NotFoundException("The registrant no longer exists"));
        List<AttendanceLine> attendance = query.attendanceOf(registrant, period);
        List<Exemption> theirs = exemptions.list().stream().map(ExemptionRow::exemption)
                .filter(exemption -> exemption.overlaps(period.from(), period.to())).toList();
        Map<SessionId, Exemption> covering = new HashMap<>();
        for (AttendanceLine line : attendance) {
            theirs.stream().filter(exemption -> exemption.covers(registrant, summary.area(), line.type(), line.date()))
                    .findFirst().ifPresent(exemption -> covering.put(line.session(), exemption));
        }
        List<AttendanceRecord> records = attendance.stream()
                .map(line -> new AttendanceRecord(line.type(), line.date(), line.cancelled(), line.status(),
                        covering.containsKey(line.session()))).toList();
        Map<SessionId, String> exempted = new HashMap<>();
        for (int i = 0; i < attendance.size(); i++) {
            AttendanceRecord record = records.get(i);
            if (CountedRecords.exempted(record, record.type(), period.from(), period.to())) {
                exempted.put(attendance.get(i).session(), covering.get(attendance.get(i).session()).describe());
            }
        }
        Map<SessionTypeId, List<Enrolment>> enrolled = enrolledIn(registrant, summary.area(), period);
        List<CountedRecords.ExpectedSession> missing = missing(registrant, summary.area(), period, theirs, enrolled);
        // a type is listed when at least one of its records counts (cancelled sessions count for nobody), or
        // was left out by an exemption (to say so), or one of its enrolments expects the registrant in the period
        Set<SessionTypeId> countedTypes = records.stream()
                .filter(record -> CountedRecords.counts(record, record.type(), period.from(), period.to())
                        || CountedRecords.exempted(record, record.type(), period.from(), period.to()))
                .map(AttendanceRecord::type).collect(Collectors.toCollection(LinkedHashSet::new));
        countedTypes.addAll(enrolled.keySet());
        LocalDate today = LocalDate.now(clock);
        List<TypeCompliance> perType = new ArrayList<>();
        for (SessionTypeId typeId : countedTypes) {
            perType.add(compliance(ComplianceTypes.load(types, typeId), period, records, missing, today,
                    note(typeId, attendance, records, exempted)));
        }
        perType.sort(Comparator.comparing(TypeCompliance::typeName, String.CASE_INSENSITIVE_ORDER));
        return new RegistrantCompliance(summary, period, perType, attendance, exempted);
    }

    /**
     * The held sessions of the period where an enrolment expected the registrant and they have no record
     * (and no exemption of theirs covers the session), as {@link CountedRecords#missing} decides.
     */
    private List<CountedRecords.ExpectedSession> missing(RegistrantId registrant, String area, Period period,
                                                          List<Exemption> theirs,
                                                          Map<SessionTypeId, List<Enrolment>> enrolled) {
        if (enrolled.isEmpty()) {
            return List.of();
        }
        return query.unrecordedSessionsOf(registrant, period).stream()
                .filter(session -> CountedRecords.missing(session, session.type(), period.from(), period.to(), area,
                        enrolled.getOrDefault(session.type(), List.of()).stream()
                                .anyMatch(enrolment -> enrolment.includes(session.date())), false,
                        theirs.stream().anyMatch(exemption -> exemption.covers(registrant, area, session.type(),
                                session.date()))))
                .toList();
    }

    /**
     * Per type, its enrolments of the period whose scope includes the (active) registrant, as the compliance
     * list lists enrolled registrants (with {@link Enrolment#includes(LocalDate)}: {@link Enrolment#expects}).
     */
    private Map<SessionTypeId, List<Enrolment>> enrolledIn(RegistrantId registrant, String area, Period period) {
        List<Enrolment> overlapping = enrolments.list().stream().map(EnrolmentRow::enrolment)
                .filter(enrolment -> enrolment.overlaps(period.from(), period.to())).toList();
        if (overlapping.isEmpty()) {
            return Map.of();
        }
        Registrant person = registrants.findById(registrant)
                .orElseThrow(() -> new NotFoundException("The registrant no longer exists"));
        if (!person.active()) {
            return Map.of();
        }
        return overlapping.stream().filter(enrolment -> enrolment.scope().includes(registrant, area, person.groupId()))
                .collect(Collectors.groupingBy(Enrolment::type));
    }

    private static int missingIn(List<CountedRecords.ExpectedSession> missing, SessionTypeId type, Period part) {
        return (int) missing.stream().filter(session -> session.type().equals(type) && part.contains(session.date()))
                .count();
    }

    /** How many of the type's records exemptions left out, and which exemptions, if any. */
    private static Optional<ExemptionNote> note(SessionTypeId type, List<AttendanceLine> attendance,
                                                List<AttendanceRecord> records, Map<SessionId, String> exempted) {
        int sessions = 0;
        Set<String> why = new LinkedHashSet<>();
        for (int i = 0; i < attendance.size(); i++) {
            String exemption = exempted.get(attendance.get(i).session());
            if (exemption != null && records.get(i).type().equals(type)) {
                sessions++;
                why.add(exemption);
            }
        }
        return sessions == 0 ? Optional.empty() : Optional.of(new ExemptionNote(sessions, List.copyOf(why)));
    }

    private static TypeCompliance compliance(SessionType type, Period period, List<AttendanceRecord> records,
                                             List<CountedRecords.ExpectedSession> missing, LocalDate today,
                                             Optional<ExemptionNote> exempt) {
        CompliancePolicy policy = CompliancePolicy.of(type);
        Breakdown breakdown = Breakdown.of(type.details().frequency());
        List<PeriodCompliance> perPeriod = new ArrayList<>();
        for (Period part : breakdown.periods(period)) {
            AttendanceCounts inPart = CountedRecords.tally(records, type.id(), part.from(), part.to());
            // a month still to come is left out unless it already holds records
            if (!part.from().isAfter(today) || inPart.records() > 0) {
                perPeriod.add(new PeriodCompliance(part, policy.evaluate(inPart, missingIn(missing, type.id(), part))));
            }
        }
        return new TypeCompliance(type.id(), type.name(),
                policy.evaluate(CountedRecords.tally(records, type.id(), period.from(), period.to()),
                        missingIn(missing, type.id(), period)), breakdown, perPeriod, exempt);
    }
}
