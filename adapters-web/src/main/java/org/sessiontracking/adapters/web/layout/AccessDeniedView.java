package org.sessiontracking.adapters.web.layout;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.server.HttpStatusCode;

/**
 * Shown inside the main layout when a signed-in user opens a screen their role may not open (e.g.
 * Configuration > Users as Staff), instead of Vaadin's bare "Could not navigate".
 */
@ParentLayout(MainLayout.class)
@PageTitle("No access")
@PermitAll
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView() {
        super("access-denied", VaadinIcon.LOCK);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("You have no access to this page", "Your role does not allow opening " + shown(event.getLocation().getPath())
                + ". The menu on the left shows what you can open; if you need this page, ask an administrator.");
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
