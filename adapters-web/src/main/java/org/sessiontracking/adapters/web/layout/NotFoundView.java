package org.sessiontracking.adapters.web.layout;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.server.HttpStatusCode;

/** Shown inside the main layout for an address that is no screen of the application (a typo, an old bookmark). */
@ParentLayout(MainLayout.class)
@PageTitle("Page not found")
@PermitAll
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        super("not-found", VaadinIcon.QUESTION_CIRCLE_O);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("Page not found", "There is no page at " + shown(event.getLocation().getPath())
                + ". The address may have a typo, or the page has moved: use the menu on the left.");
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
