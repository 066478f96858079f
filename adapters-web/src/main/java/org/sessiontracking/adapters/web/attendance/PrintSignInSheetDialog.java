package org.sessiontracking.adapters.web.attendance;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.sessiontracking.application.attendance.SignInSheet;
import org.sessiontracking.application.attendance.port.in.PrintSignInSheetUseCase;
import org.sessiontracking.domain.session.SessionId;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Set;

/**
 * "Print sign-in sheet": says what the sheet holds, lets the user choose the paper and downloads the
 * PDF, built when it is downloaded (so it lists the roster as stored then).
 */
final class PrintSignInSheetDialog extends Dialog {

    /** Countries where US Letter is the usual paper; elsewhere A4 is offered first. */
    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT",
            "DO", "PR");

    private final PrintSignInSheetUseCase print;
    private final SessionId session;
    private final Anchor download = new Anchor();

    PrintSignInSheetDialog(PrintSignInSheetUseCase print, SessionId session, Locale locale) {
        this.print = print;
        this.session = session;
        setId("print-sheet-dialog");
        setHeaderTitle("Print sign-in sheet");
        setWidth("min(36em, 95vw)");

        int registrants = print.sheet(session).roster().size();
        Paragraph what = new Paragraph(registrants == 0
                ? "Nobody is on this session's attendance sheet yet, so the sheet has only empty lines. Add the "
                  + "expected registrants on the Attendance tab first to print their names."
                : "A PDF with the " + registrants + (registrants == 1 ? " registrant" : " registrants")
                  + " on this session's attendance sheet, by name, with their external id and household, boxes for "
                  + "Present, Absent and Excused and room to sign; empty lines at the end for people not listed. "
                  + "Unsaved changes on the Attendance tab are not on it.");
        what.setId("print-sheet-summary");
        Paragraph back = new Paragraph("Back at the office, type the ticked boxes into a CSV file (external_id, "
                + "status) and bring it in with Import sign-in sheet.");
        back.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");

        RadioButtonGroup<SignInSheetPdf.Paper> paper = new RadioButtonGroup<>("Paper");
        paper.setId("print-sheet-paper");
        paper.setItems(SignInSheetPdf.Paper.values());
        paper.setItemLabelGenerator(choice -> choice.label + " (" + SignInSheetPdf.pages(registrants, choice)
                + (SignInSheetPdf.pages(registrants, choice) == 1 ? " page)" : " pages)"));
        paper.setValue(LETTER_COUNTRIES.contains(locale.getCountry()) ? SignInSheetPdf.Paper.LETTER
                : SignInSheetPdf.Paper.A4);
        paper.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                offer(event.getValue());
            }
        });

        Button downloadButton = new Button("Download PDF", VaadinIcon.DOWNLOAD_ALT.create());
        downloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        download.add(downloadButton);
        download.setId("print-sheet-download");
        download.getElement().setAttribute("download", true);
        offer(paper.getValue());

        add(what, paper, back);
        Button close = new Button("Close", event -> close());
        close.setId("print-sheet-close");
        getFooter().add(close, download);
    }

    private void offer(SignInSheetPdf.Paper paper) {
        download.setHref(DownloadHandler.fromInputStream(event -> {
            SignInSheet sheet = print.sheet(session);
            byte[] pdf = SignInSheetPdf.render(sheet, paper);
            return new DownloadResponse(new ByteArrayInputStream(pdf), AttendanceCsv.slug("sign-in-sheet-",
                    sheet.title(), session) + "-" + paper.name().toLowerCase(Locale.ROOT) + ".pdf", "application/pdf",
                    pdf.length);
        }));
    }
}
