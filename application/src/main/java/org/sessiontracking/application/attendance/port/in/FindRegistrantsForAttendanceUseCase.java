package org.sessiontracking.application.attendance.port.in;

import org.sessiontracking.application.attendance.RegistrantQuery;
import org.sessiontracking.application.attendance.RegistrantSummary;
import org.sessiontracking.application.common.PageRequest;

import java.util.List;

/** The "Add registrants" dialog looks for registrants, groups and areas. */
public interface FindRegistrantsForAttendanceUseCase {

    List<RegistrantSummary> search(RegistrantQuery query, PageRequest page);

    int count(RegistrantQuery query);

    List<String> areas();
}
