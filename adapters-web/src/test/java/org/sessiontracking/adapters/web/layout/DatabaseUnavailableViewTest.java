package org.sessiontracking.adapters.web.layout;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.common.StorageUnavailableException;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableViewTest {

    /** A page that needs the database while it is down. */
    @Route("needs-the-database")
    public static class NeedsTheDatabase extends Div {
        public NeedsTheDatabase() {
            throw StorageUnavailableException.unreachable(new SQLException("Connection refused", "08001"));
        }
    }

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes(new HashSet<>(Set.of(NeedsTheDatabase.class)),
                new HashSet<>(Set.of(DatabaseUnavailableView.class)), true));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void aPageOpenedWhileTheDatabaseIsDownSaysSoPlainlyAndOffersToTryAgain() {
        UI.getCurrent().navigate("needs-the-database");

        assertThat(_get(Paragraph.class, spec -> spec.withId("database-unavailable-message")).getText())
                .isEqualTo("The database cannot be reached just now. Nothing saved before is lost: try again in a moment.");
        assertThat(_get(Anchor.class, spec -> spec.withId("database-unavailable-retry")).getHref())
                .isEqualTo("/needs-the-database");
        assertThat(_get(DatabaseUnavailableView.class, spec -> spec.withId("database-unavailable")).getElement()
                .getTextRecursively())
                .doesNotContain("SQLException").doesNotContain("Connection refused");
    }
}
