package org.sessiontracking.adapters.web.casework;

import com.vaadin.flow.component.Component;
import org.sessiontracking.adapters.web.session.SessionTabContext;
import org.sessiontracking.adapters.web.session.SessionTabProvider;
import org.sessiontracking.application.casework.port.in.CasesRequiringSessionUseCase;
import org.sessiontracking.application.user.port.in.CurrentUserUseCase;

/** Puts the Cases tab on the session page, after Attendance, for those who work cases. */
public final class CasesTabProvider implements SessionTabProvider {

    private final CasesRequiringSessionUseCase cases;
    private final CurrentUserUseCase currentUser;

    public CasesTabProvider(CasesRequiringSessionUseCase cases, CurrentUserUseCase currentUser) {
        this.cases = cases;
        this.currentUser = currentUser;
    }

    @Override
    public String label() {
        return "Cases";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Component create(SessionTabContext session) {
        if (!currentUser.currentUser().role().worksCases()) {
            return null;
        }
        return new SessionCasesTab(cases, session.id());
    }
}
