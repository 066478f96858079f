package org.sessiontracking.bootstrap.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Paper, where there is no network: print a session's sign-in sheet and read the PDF back. */
class SignInSheetJourneyTest extends BrowserTest {

    @Autowired
    private DSLContext db;

    private final String prefix = "Pap" + Long.toString(System.nanoTime(), 36);

    private long registrant(String externalId, String name) {
        return db.fetchSingle("insert into registrant (external_id, full_name, kind, area, created_at, updated_at) "
                + "values (?, ?, 'INDIVIDUAL', 'Barangay 12', now(), now()) returning id", externalId, name)
                .get(0, Long.class);
    }

    @Test
    void aSessionsSignInSheetPrintsItsRosterByNameWithTheIdsTheImportReads() throws IOException {
        long session = db.fetchSingle("insert into session (session_type_id, title, session_date, duration_hours, "
                + "location, facilitator_id, status, created_at, updated_at) values ((select id from session_type "
                + "where code = 'FDS'), ?, date '2026-03-14', 2, 'Barangay Hall', (select id from app_user where "
                + "username = ?), 'SCHEDULED', now(), now()) returning id", "FDS - March 2026 - " + prefix, ADMIN)
                .get(0, Long.class);
        for (long registrant : new long[]{registrant(prefix + "-2", "Zeny " + prefix + " Reyes"),
                registrant(prefix + "-1", "Ana " + prefix + " Santos"),
                registrant(prefix + "-3", "\u041c\u0430\u0440\u0438\u044f " + prefix + " Nguy\u1ec5n")}) {
            db.execute("insert into attendance (session_id, registrant_id, status, recorded_by, recorded_at) values "
                    + "(?, ?, 'ABSENT', (select id from app_user where username = ?), now())", session, registrant, ADMIN);
        }
        signInAsAdministrator();
        page.navigate(url("sessions/" + session));
        waitForVaadin();
        page.locator("#session-tabs vaadin-tab").filter(new Locator.FilterOptions().setHasText("Attendance")).click();

        page.locator("#print-sheet").click();
        assertThat(page.locator("#print-sheet-summary")).containsText("the 3 registrants on this session's attendance sheet");
        page.locator("#print-sheet-paper vaadin-radio-button").filter(new Locator.FilterOptions()
                .setHasText("US Letter")).click();
        waitForVaadin();
        Download download = page.waitForDownload(() -> page.locator("#print-sheet-download").click());

        assertThat(download.suggestedFilename()).isEqualTo("sign-in-sheet-fds-march-2026-" + prefix.toLowerCase()
                + "-letter.pdf");
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.LETTER.getHeight());
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("FDS - March 2026 - " + prefix, "Saturday 14 March 2026", "Barangay Hall",
                    "Family Development Session", "External ID", "Signature", "Page 1 of 1");
            int ana = text.indexOf(prefix + "-1 Ana " + prefix + " Santos");
            int zeny = text.indexOf(prefix + "-2 Zeny " + prefix + " Reyes");
            int maria = text.indexOf(prefix + "-3 \u041c\u0430\u0440\u0438\u044f " + prefix + " Nguy\u1ec5n");
            assertThat(ana).isPositive().isLessThan(zeny);
            assertThat(zeny).isLessThan(maria);
        }

        // the import dialog beside it shows the format with this session's ids and offers the sample file
        page.locator("#print-sheet-close").click();
        page.locator("#import-sheet").click();
        assertThat(page.locator("#sign-in-sheet-example")).containsText("external_id,status,reason\n" + prefix
                + "-1,Present,");
        Download sample = page.waitForDownload(() -> page.locator("#sign-in-sheet-sample").click());
        assertThat(Files.readString(sample.path())).contains(prefix + "-1,Absent", prefix + "-2,Absent", prefix + "-3,Absent");
    }
}
