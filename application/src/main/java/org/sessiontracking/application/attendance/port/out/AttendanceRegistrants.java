package org.sessiontracking.application.attendance.port.out;

import org.sessiontracking.application.attendance.RegistrantQuery;
import org.sessiontracking.application.attendance.RegistrantSummary;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.domain.registrant.RegistrantId;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What attendance recording reads of registrants: to find them, add them in bulk and show their names. */
public interface AttendanceRegistrants {

    /** Active registrants matching the query, by name then external id. */
    List<RegistrantSummary> search(RegistrantQuery query, PageRequest page);

    int count(RegistrantQuery query);

    /** The active members of a group (household), by name. */
    List<RegistrantSummary> membersOf(RegistrantId group);

    /** The active individual registrants of an area (exact, ignoring case), by name. */
    List<RegistrantSummary> inArea(String area);

    /** The areas that have registrants, sorted. */
    List<String> areas();

    /** The registrants with these ids (active or not); unknown ids are left out. */
    Map<RegistrantId, RegistrantSummary> byIds(Collection<RegistrantId> ids);

    /** The registrants with these external ids (exact); unknown ids are left out. */
    Map<String, RegistrantSummary> byExternalIds(Collection<String> externalIds);
}
