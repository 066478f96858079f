package org.sessiontracking.adapters.web.attendance;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.domain.session.SessionId;

/**
 * "sessions/&lt;id&gt;/attendance": a session's Attendance tab on a page of its own, usable before (and
 * besides) the session page's tab sheet. Anyone signed in may look; the tab shows what they may change.
 */
@Route("sessions/:" + SessionAttendancePage.ID_PARAMETER + "/attendance")
@PageTitle("Attendance")
@PermitAll
public class SessionAttendancePage extends VerticalLayout implements BeforeEnterObserver {

    static final String ID_PARAMETER = "sessionId";

    private final AttendanceUseCases useCases;

    public SessionAttendancePage(AttendanceUseCases useCases) {
        this.useCases = useCases;
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String raw = event.getRouteParameters().get(ID_PARAMETER).orElse("");
        SessionId id;
        try {
            id = new SessionId(Long.parseLong(raw));
        } catch (NumberFormatException e) {
            showMissing("There is no session '" + raw + "'.");
            return;
        }
        try {
            AttendanceTab tab = new AttendanceTab(useCases, id);
            H2 title = new H2("Attendance: " + tab.sessionTitle());
            title.setId("attendance-title");
            Anchor back = new Anchor("sessions/" + id.value(), "Back to the session");
            back.setId("back-to-session");
            add(back, title, tab);
            expand(tab);
        } catch (NotFoundException missing) {
            showMissing(missing.getMessage());
        }
    }

    private void showMissing(String message) {
        Paragraph text = new Paragraph(message);
        text.setId("attendance-missing");
        add(text, new Anchor("sessions", "Back to the sessions"));
    }
}
