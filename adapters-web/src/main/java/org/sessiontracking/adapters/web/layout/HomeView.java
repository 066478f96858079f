package org.sessiontracking.adapters.web.layout;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/** The address after sign-in: forwards to the first screen of the menu that the user's role may open. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
        if (!entries.isEmpty()) {
            event.forwardTo(entries.getFirst().path().replaceFirst("^/", ""));
        } else {
            setText("There is nothing your role can open yet. Ask your administrator.");
        }
    }
}
