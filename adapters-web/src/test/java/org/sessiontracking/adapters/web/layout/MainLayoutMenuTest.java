package org.sessiontracking.adapters.web.layout;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.menu.MenuEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Only one menu item is ever the current one: an item with entries beneath it does not match their pages. */
class MainLayoutMenuTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void anItemMatchesThePagesBeneathItUnlessAnotherEntryLivesThere() {
        SideNav nav = MainLayout.sideNav(List.of(entry("sessions", "Sessions"), entry("compliance", "Compliance"),
                entry("compliance/enrolment", "Enrolment"), entry("graduation", "Graduation")));

        Map<String, Boolean> matchNested = nav.getItems().stream()
                .collect(Collectors.toMap(SideNavItem::getLabel, SideNavItem::isMatchNested));
        assertThat(matchNested).containsExactlyInAnyOrderEntriesOf(Map.of("Sessions", true, "Compliance", false,
                "Enrolment", true, "Graduation", true));
    }

    private static MenuEntry entry(String path, String title) {
        return new MenuEntry(path, title, null, null, null);
    }
}
