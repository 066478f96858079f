package org.sessiontracking.bootstrap.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser's Back, Forward and reload around unsaved attendance (issue 9, "Navigation shows one
 * session and means another"): whatever the leave dialog is answered, the address bar names the
 * screen that is shown, Back and Forward move between screens, and a reload opens that same screen.
 * Sessions are opened from the sessions grid, as a user would, so the history holds real entries.
 */
class UnsavedAttendanceNavigationTest extends BrowserTest {

    @Autowired
    private DSLContext db;

    private final String tag = "Nav" + Long.toString(System.nanoTime(), 36);
    private final String location = "Barangay 12 " + tag;
    private final List<String> nativeDialogs = new ArrayList<>();
    private Screen first;
    private Screen second;

    /** A screen as the user sees it: the address it should have and the text that tells it apart. */
    private record Screen(String path, String selector, String text) {
    }

    /** True when the focused element, followed into shadow roots, lies inside a Vaadin dialog. */
    private static final String FOCUS_IN_A_DIALOG = """
            () => {
              let node = document.activeElement;
              while (node && node.shadowRoot && node.shadowRoot.activeElement) node = node.shadowRoot.activeElement;
              for (; node; node = node.assignedSlot || node.parentElement
                  || (node.getRootNode() instanceof ShadowRoot ? node.getRootNode().host : null)) {
                if (node.localName && node.localName.startsWith('vaadin-dialog')) return true;
              }
              return false;
            }""";

    private final Screen sessionsList = new Screen("sessions", "#view-title", "Sessions");

    @BeforeEach
    void twoSessionsWithAttendance() {
        long registrant = db.resultQuery("insert into registrant (external_id, full_name, kind, area, created_at, "
                + "updated_at) values (?, ?, 'INDIVIDUAL', 'Barangay 12', now(), now()) returning id",
                tag + "-1", tag + " Ana Santos").fetchOne(0, Long.class);
        first = session("FDS - March 2026 - " + tag + " first", "2026-03-14", registrant);
        second = session("FDS - April 2026 - " + tag + " second", "2026-04-11", registrant);
        // a reload or a closed tab with unsaved changes asks the browser's own question: noted and
        // answered "leave", so a question where nothing is unsaved shows in the assertions
        page.onDialog(dialog -> {
            nativeDialogs.add(dialog.type());
            dialog.accept();
        });
    }

    private Screen session(String title, String date, long registrant) {
        long id = db.resultQuery("insert into session (session_type_id, title, session_date, duration_hours, location, "
                + "facilitator_id, status, created_at, updated_at) values ((select id from session_type where code = "
                + "'FDS'), ?, cast(? as date), 2, ?, (select id from app_user where username = ?), 'IN_PROGRESS', "
                + "now(), now()) returning id", title, date, location, ADMIN).fetchOne(0, Long.class);
        db.execute("insert into attendance (session_id, registrant_id, status, recorded_by, recorded_at) values "
                + "(?, ?, 'PRESENT', (select id from app_user where username = ?), now())", id, registrant, ADMIN);
        return new Screen("sessions/" + id, "#session-heading", title);
    }

    @Test
    void stayThenDiscardKeepsTheAddressOnWhatTheScreenShows() {
        openFirstSessionFromTheList();
        markAbsent();

        page.goBack();
        assertThat(page.locator("#leave-stay")).isVisible();
        assertShows(first);
        page.locator("#leave-stay").click();
        assertThat(page.locator("#leave-stay")).hasCount(0);
        assertShows(first);
        assertThat(page.locator("#unsaved-changes")).hasText("1 unsaved change");

        page.locator("#discard-changes").click();
        assertThat(page.locator("#unsaved-changes")).hasText("All changes saved");
        assertShows(first);

        toTheSecondSessionThroughTheListAndBackTwice();
        page.goForward();
        assertShows(sessionsList);
        page.goForward();
        assertShows(second);
        reloadShows(second);
        page.goBack();
        assertShows(sessionsList);
        reloadShows(sessionsList);
        assertThat(nativeDialogs).isEmpty();
    }

    @Test
    void stayThenSaveAllKeepsBackForwardAndReloadOnTheScreenShown() {
        openFirstSessionFromTheList();
        markAbsent();
        // the tabs are one screen under one address; the edits in the hidden tab still ask before leaving
        sessionTab("Details");
        assertShows(first);

        page.goBack();
        page.locator("#leave-stay").click();
        assertShows(first);
        attendanceTab();
        assertThat(page.locator("#unsaved-changes")).hasText("1 unsaved change");
        page.locator("#save-attendance").click();
        assertThat(page.locator("#unsaved-changes")).hasText("All changes saved");
        assertShows(first);

        // saved: Back leaves without asking
        page.goBack();
        assertShows(sessionsList);
        page.goForward();
        assertShows(first);
        toTheSecondSessionThroughTheListAndBackTwice();
        reloadShows(first);
        attendanceTab();
        assertThat(status("Absent")).hasAttribute("checked", "");
        assertThat(nativeDialogs).isEmpty();
    }

    @Test
    void leavingWithoutSavingByBackShowsThePreviousScreenAndForwardReturns() {
        openFirstSessionFromTheList();
        markAbsent();

        // Escape answers Stay too
        page.goBack();
        assertThat(page.locator("#leave-stay")).isVisible();
        // the dialog answers keys once it has taken the focus (a key pressed before is lost)
        page.waitForFunction(FOCUS_IN_A_DIALOG);
        page.keyboard().press("Escape");
        assertThat(page.locator("#leave-stay")).hasCount(0);
        assertShows(first);

        page.goBack();
        page.locator("#leave-anyway").click();
        assertShows(sessionsList);
        page.goForward();
        assertShows(first);
        attendanceTab();
        assertThat(status("Present")).hasAttribute("checked", "");
        assertThat(page.locator("#unsaved-changes")).hasText("All changes saved");
        // nothing is unsaved on the screens after leaving: a reload asks the browser no question
        reloadShows(first);
        page.goBack();
        assertShows(sessionsList);
        reloadShows(sessionsList);
        assertThat(nativeDialogs).isEmpty();
    }

    private void openFirstSessionFromTheList() {
        signInAsAdministrator();
        openMenu("sessions");
        assertShows(sessionsList);
        openFromTheList(first);
        assertShows(first);
        attendanceTab();
    }

    /** From the first session: "Back to sessions", open the second, then Back to the list and Back to the first. */
    private void toTheSecondSessionThroughTheListAndBackTwice() {
        page.locator("#back-to-sessions").click();
        assertShows(sessionsList);
        openFromTheList(second);
        assertShows(second);
        page.goBack();
        assertShows(sessionsList);
        page.goBack();
        assertShows(first);
    }

    private void openFromTheList(Screen session) {
        fill("session-location-filter", location);
        // the filter answers once typing pauses, then the grid fetches the rows: a click before lands on a row being replaced
        assertThat(page.locator("#sessions-grid")).hasJSProperty("size", 2);
        waitForGrid("sessions-grid");
        gridCell("sessions-grid", session.text()).click();
        assertThat(page.locator(session.selector())).hasText(session.text());
    }

    private void attendanceTab() {
        sessionTab("Attendance");
        assertThat(page.locator("#attendance-grid")).isVisible();
    }

    private void sessionTab(String label) {
        page.locator("#session-tabs vaadin-tab").filter(new Locator.FilterOptions().setHasText(label)).click();
        assertThat(page.locator("#session-tabs vaadin-tab[selected]")).hasText(label);
    }

    private Locator status(String label) {
        return page.locator("#status-" + tag + "-1 vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText(label));
    }

    private void markAbsent() {
        status("Absent").click();
        assertThat(page.locator("#unsaved-changes")).hasText("1 unsaved change");
    }

    /**
     * The address bar names the screen, the screen is that one, and the address opened afresh (what a
     * reload or a bookmark does) shows it too. The fresh copy opens in a second tab of the same
     * sign-in, so this tab keeps its history and its state for the next step.
     */
    private void assertShows(Screen screen) {
        assertThat(page).hasURL(url(screen.path()));
        assertThat(page.locator(screen.selector())).hasText(screen.text());
        waitForVaadin();
        assertThat(page.url()).isEqualTo(url(screen.path()));
        Page fresh = page.context().newPage();
        try {
            fresh.navigate(page.url());
            assertThat(fresh.locator(screen.selector())).hasText(screen.text());
        } finally {
            fresh.close();
        }
    }

    /** A reload of this tab opens the same screen. */
    private void reloadShows(Screen screen) {
        page.reload();
        waitForVaadin();
        assertShows(screen);
    }
}
