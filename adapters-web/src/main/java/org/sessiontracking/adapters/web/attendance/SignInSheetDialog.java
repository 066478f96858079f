package org.sessiontracking.adapters.web.attendance;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.sessiontracking.adapters.web.common.Notifications;
import org.sessiontracking.adapters.web.csv.CsvUpload;
import org.sessiontracking.application.attendance.AttendanceView;

import java.io.ByteArrayInputStream;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * "Import sign-in sheet": first says what the file must look like (columns, header, status words,
 * encoding) and offers a sample to download, built from the session's roster when it has one; then
 * takes the file. A sheet with problems is refused with every problem by line (ImportProblemsDialog)
 * and this dialog stays open for the corrected file.
 */
final class SignInSheetDialog extends Dialog {

    /**
     * @param attendance the session's stored attendance now, for the sample (read when it is downloaded)
     * @param importer   imports the uploaded bytes; true when the sheet was stored
     */
    SignInSheetDialog(AttendanceView shown, Supplier<AttendanceView> attendance, Predicate<byte[]> importer) {
        setId("sign-in-sheet-dialog");
        setHeaderTitle("Import sign-in sheet");
        setWidth("min(44em, 95vw)");

        Paragraph intro = new Paragraph("A CSV file with one registrant per line. The first line is the header:");
        Pre header = new Pre(String.join(",", SignInSheetCsv.COLUMNS));
        header.setId("sign-in-sheet-header");
        header.getStyle().set("margin", "0").set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-s)");
        UnorderedList columns = new UnorderedList(
                new ListItem("external_id: the registrant's external id, as on the Registrants screen"),
                new ListItem("status: Present, Absent or Excused, or P, A, E (upper or lower case)"),
                new ListItem(shown.session().reasonRequired()
                        ? "reason: required on every line: this session is completed, so each change is a correction"
                        : "reason: optional; give one for Excused"));
        columns.setId("sign-in-sheet-columns");
        Pre example = new Pre(SignInSheetCsv.example(shown.rows().stream().map(row -> row.registrant().externalId())
                .toList()));
        example.setId("sign-in-sheet-example");
        example.getStyle().set("margin", "0").set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-s)");
        Div details = new Div(new Paragraph("Save it as UTF-8 (in a spreadsheet: \"CSV UTF-8\"). Other columns are "
                + "ignored, so the attendance exported with Export CSV can be edited and imported back. Registrants "
                + "already on the session get the sheet's status; the others are added. If any line has a problem, "
                + "nothing is stored and every problem is listed by line."));
        details.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");

        boolean fromRoster = !shown.rows().isEmpty();
        Anchor sample = new Anchor(DownloadHandler.fromInputStream(event -> {
            AttendanceView now = attendance.get();
            byte[] csv = SignInSheetCsv.sample(now.rows());
            return new DownloadResponse(new ByteArrayInputStream(csv), SignInSheetCsv.sampleFileName(now),
                    "text/csv;charset=utf-8", csv.length);
        }), "");
        com.vaadin.flow.component.icon.Icon download = VaadinIcon.DOWNLOAD_ALT.create();
        download.setSize("var(--lumo-icon-size-s)");
        sample.add(download, new Span(" Download sample"));
        sample.setId("sign-in-sheet-sample");
        sample.getElement().setAttribute("download", true);
        Div sampleNote = new Div(fromRoster
                ? "The sample lists this session's registrants with their current status: change the statuses and import it."
                : "The sample's external ids are made up: put your registrants' ids in their place.");
        sampleNote.setId("sign-in-sheet-sample-note");
        sampleNote.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Div sampleBox = new Div(sample, sampleNote);
        sampleBox.getStyle().set("margin", "var(--lumo-space-s) 0 var(--lumo-space-m)");

        Upload upload = CsvUpload.ofOneFile("sign-in-sheet-upload", SignInSheetCsv.MAX_BYTES, bytes -> {
            if (importer.test(bytes)) {
                close();
            }
        });
        Button choose = new Button("Choose CSV file…", VaadinIcon.UPLOAD.create());
        choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        upload.setUploadButton(choose);
        upload.setDropLabel(new Span("or drop the file here"));
        upload.addFileRejectedListener(event -> Notifications.error(event.getErrorMessage()));
        upload.setWidthFull();

        add(intro, header, columns, new Paragraph("For example:"), example, details, sampleBox, upload);
        Button cancel = new Button("Close", event -> close());
        cancel.setId("sign-in-sheet-close");
        getFooter().add(cancel);
    }
}
