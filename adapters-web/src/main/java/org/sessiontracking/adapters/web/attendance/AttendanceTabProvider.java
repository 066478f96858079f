package org.sessiontracking.adapters.web.attendance;

import com.vaadin.flow.component.Component;
import org.sessiontracking.adapters.web.session.SessionTabContext;
import org.sessiontracking.adapters.web.session.SessionTabProvider;

import java.time.ZoneId;

/** Puts the Attendance tab on the session page, after Details. */
public final class AttendanceTabProvider implements SessionTabProvider {

    private final AttendanceUseCases useCases;

    public AttendanceTabProvider(AttendanceUseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public String label() {
        return "Attendance";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Component create(SessionTabContext session) {
        return new AttendanceTab(useCases, session.id(), ZoneId.systemDefault(), session.onStored());
    }
}
