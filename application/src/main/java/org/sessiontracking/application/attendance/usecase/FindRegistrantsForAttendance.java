package org.sessiontracking.application.attendance.usecase;

import org.sessiontracking.application.attendance.RegistrantQuery;
import org.sessiontracking.application.attendance.RegistrantSummary;
import org.sessiontracking.application.attendance.port.in.FindRegistrantsForAttendanceUseCase;
import org.sessiontracking.application.attendance.port.out.AttendanceRegistrants;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.user.Permission;

import java.util.List;

public final class FindRegistrantsForAttendance implements FindRegistrantsForAttendanceUseCase {

    private final AttendanceRegistrants registrants;
    private final CurrentActor currentActor;

    public FindRegistrantsForAttendance(AttendanceRegistrants registrants, CurrentActor currentActor) {
        this.registrants = registrants;
        this.currentActor = currentActor;
    }

    @Override
    public List<RegistrantSummary> search(RegistrantQuery query, PageRequest page) {
        currentActor.get().require(Permission.READ);
        return registrants.search(query, page);
    }

    @Override
    public int count(RegistrantQuery query) {
        currentActor.get().require(Permission.READ);
        return registrants.count(query);
    }

    @Override
    public List<String> areas() {
        currentActor.get().require(Permission.READ);
        return registrants.areas();
    }
}
