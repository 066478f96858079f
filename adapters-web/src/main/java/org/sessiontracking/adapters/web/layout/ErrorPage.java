package org.sessiontracking.adapters.web.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** What the error pages share: an icon, a heading, a line of explanation and a way on (home, or try again). */
abstract class ErrorPage extends VerticalLayout {

    private final H2 heading = new H2();
    private final Paragraph explanation = new Paragraph();

    ErrorPage(String id, VaadinIcon icon) {
        this(id, icon, homeLink(id));
    }

    /** @param way where the page offers to go from here */
    ErrorPage(String id, VaadinIcon icon, Component way) {
        setId(id);
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        Icon symbol = icon.create();
        symbol.setSize("64px");
        symbol.addClassNames(LumoUtility.TextColor.TERTIARY);
        heading.addClassNames(LumoUtility.Margin.NONE);
        heading.setId(id + "-heading");
        explanation.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.TextAlignment.CENTER);
        explanation.getStyle().set("max-width", "36em");
        explanation.setId(id + "-message");
        add(symbol, heading, explanation, way);
    }

    private static RouterLink homeLink(String id) {
        RouterLink home = new RouterLink("Back to the start page", HomeView.class);
        home.setId(id + "-home");
        return home;
    }

    void show(String title, String text) {
        heading.setText(title);
        explanation.setText(text);
    }

    /** The address as the user typed it, shortened so that a long one does not break the page. */
    static String shown(String path) {
        String address = "/" + path;
        return address.length() > 80 ? address.substring(0, 80) + "…" : address;
    }
}
