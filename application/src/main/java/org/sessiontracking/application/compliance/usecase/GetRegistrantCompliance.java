package org.sessiontracking.application.compliance.usecase;

import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.compliance.AttendanceLine;
import org.sessiontracking.application.compliance.Breakdown;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.compliance.RegistrantSummary;
import org.sessiontracking.application.compliance.port.in.RegistrantComplianceUseCase;
import org.sessiontracking.application.compliance.port.out.ComplianceQuery;
import org.sessiontracking.application.exemption.ExemptionNote;
import org.sessiontracking.application.exemption.ExemptionRow;
import org.sessiontracking.application.exemption.port.out.ExemptionRepository;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.attendance.CountedRecords;
import org.sessiontracking.domain.attendance.CountedRecords.AttendanceRecord;
import org.sessiontracking.domain.exemption.Exemption;
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
 * applies the compliance rule to it per type: over the whole period and per month or quarter.
 */
public final class GetRegistrantCompliance implements RegistrantComplianceUseCase {

    private final ComplianceQuery query;
    private final SessionTypeRepository types;
    private final ExemptionRepository exemptions;
    private final CurrentActor currentActor;
    private final Clock clock;

    public GetRegistrantCompliance(ComplianceQuery query, SessionTypeRepository types, ExemptionRepository exemptions,
                                   CurrentActor currentActor, Clock clock) {
        this.query = query;
        this.types = types;
        this.exemptions = exemptions;
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
        // a type is listed when at least one of its records counts (cancelled sessions count for nobody), or
        // was left out by an exemption (to say so)
        Set<SessionTypeId> countedTypes = records.stream()
                .filter(record -> CountedRecords.counts(record, record.type(), period.from(), period.to())
                        || CountedRecords.exempted(record, record.type(), period.from(), period.to()))
                .map(AttendanceRecord::type).collect(Collectors.toCollection(LinkedHashSet::new));
        LocalDate today = LocalDate.now(clock);
        List<TypeCompliance> perType = new ArrayList<>();
        for (SessionTypeId typeId : countedTypes) {
            perType.add(compliance(ComplianceTypes.load(types, typeId), period, records, today,
                    note(typeId, attendance, records, exempted)));
        }
        perType.sort(Comparator.comparing(TypeCompliance::typeName, String.CASE_INSENSITIVE_ORDER));
        return new RegistrantCompliance(summary, period, perType, attendance, exempted);
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
                                             LocalDate today, Optional<ExemptionNote> exempt) {
        CompliancePolicy policy = CompliancePolicy.of(type);
        Breakdown breakdown = Breakdown.of(type.details().frequency());
        List<PeriodCompliance> perPeriod = new ArrayList<>();
        for (Period part : breakdown.periods(period)) {
            AttendanceCounts inPart = CountedRecords.tally(records, type.id(), part.from(), part.to());
            // a month still to come is left out unless it already holds records
            if (!part.from().isAfter(today) || inPart.records() > 0) {
                perPeriod.add(new PeriodCompliance(part, policy.evaluate(inPart)));
            }
        }
        return new TypeCompliance(type.id(), type.name(),
                policy.evaluate(CountedRecords.tally(records, type.id(), period.from(), period.to())), breakdown,
                perPeriod, exempt);
    }
}
