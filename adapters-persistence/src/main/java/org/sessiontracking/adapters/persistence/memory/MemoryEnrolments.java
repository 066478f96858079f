package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.domain.enrolment.Enrolment;
import org.sessiontracking.domain.registrant.Registrant;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import org.sessiontracking.domain.attendance.CountedRecords;
import org.sessiontracking.domain.exemption.Exemption;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.Session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The enrolments of a type as compliance reads them in memory, with the domain's rule of whom they expect. */
final class MemoryEnrolments {

    private MemoryEnrolments() {
    }

    /** The type's enrolments; call within the store's lock. */
    static List<Enrolment> of(MemoryStore store, SessionTypeId type) {
        return store.enrolments.all().stream().map(MemoryEnrolmentRepository.Stored::enrolment)
                .filter(enrolment -> enrolment.type().equals(type)).toList();
    }

    /**
     * Every registrant the type's enrolments expect on some day of [from, to], with their missing records
     * there ({@link CountedRecords#missing}); empty when the type has no enrolment.
     */
    static Map<RegistrantId, Integer> missing(MemoryStore store, SessionTypeId type, LocalDate from, LocalDate to) {
        Map<RegistrantId, Integer> missing = new HashMap<>();
        missingDates(store, type, from, to).forEach((registrant, dates) -> missing.put(registrant, dates.size()));
        return missing;
    }

    /** As {@link #missing}, with the date of each missing record (one per session). */
    static Map<RegistrantId, List<LocalDate>> missingDates(MemoryStore store, SessionTypeId type, LocalDate from,
                                                           LocalDate to) {
        List<Enrolment> enrolments = of(store, type);
        Map<RegistrantId, List<LocalDate>> missing = new HashMap<>();
        if (enrolments.isEmpty()) {
            return missing;
        }
        List<Session> sessions = store.sessions.all().stream().filter(session -> session.typeId().equals(type)
                && !session.date().isBefore(from) && !session.date().isAfter(to)).toList();
        List<Exemption> exemptions = store.exemptions.all().stream().map(MemoryExemptionRepository.Stored::exemption)
                .toList();
        for (Registrant registrant : store.registrants.all()) {
            if (!registrant.active() || enrolments.stream().noneMatch(enrolment -> enrolment.overlaps(from, to)
                    && enrolment.scope().includes(registrant.id(), registrant.details().area(), registrant.groupId()))) {
                continue;
            }
            String area = registrant.details().area();
            List<LocalDate> dates = new ArrayList<>();
            for (Session session : sessions) {
                boolean enrolled = expects(enrolments, registrant, session.date());
                boolean recorded = store.attendance.contains(new MemoryStore.AttendanceKey(session.id(), registrant.id()));
                boolean exempt = exemptions.stream().anyMatch(exemption -> exemption.covers(registrant.id(), area,
                        session.typeId(), session.date()));
                if (CountedRecords.missing(new CountedRecords.ExpectedSession(session.typeId(), session.date(),
                        session.status(), session.area()), type, from, to, area, enrolled, recorded, exempt)) {
                    dates.add(session.date());
                }
            }
            missing.put(registrant.id(), dates);
        }
        return missing;
    }

    static boolean expects(List<Enrolment> enrolments, Registrant registrant, LocalDate day) {
        return Enrolment.expects(enrolments, registrant.id(), registrant.details().area(), registrant.groupId(),
                registrant.active(), day);
    }
}
