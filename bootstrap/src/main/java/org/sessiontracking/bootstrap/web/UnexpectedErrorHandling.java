package org.sessiontracking.bootstrap.web;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.sessiontracking.adapters.web.common.UnexpectedErrorHandler;
import org.springframework.stereotype.Component;

/** Installs the one handler for errors the screens did not expect, in every new Vaadin session. */
@Component
class UnexpectedErrorHandling implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new UnexpectedErrorHandler()));
    }
}
