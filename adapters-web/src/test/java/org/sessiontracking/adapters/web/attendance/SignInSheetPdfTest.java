package org.sessiontracking.adapters.web.attendance;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.attendance.SignInSheet;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SignInSheetPdfTest {

    private static SignInSheet sheet(List<SignInSheet.Line> roster) {
        return new SignInSheet(42, "FDS - March 2026 - Barangay 12", "Family Development Session",
                LocalDate.of(2026, 3, 10), Optional.of(LocalTime.of(9, 0)), Optional.of(LocalTime.of(11, 0)),
                "Barangay Hall", "Barangay 12", List.of("Fe Dela Cruz", "Nena of Partner NGO"), Optional.of("Nutrition"),
                roster);
    }

    private static List<SignInSheet.Line> roster(int size) {
        List<SignInSheet.Line> roster = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            roster.add(new SignInSheet.Line("R-%04d".formatted(i), "Registrant %04d".formatted(i), "Household " + i / 4));
        }
        return roster;
    }

    private static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    @Test
    void fiveHundredRegistrantsFillPagesThatEachRepeatTheHeaderAndSayTheirNumber() throws IOException {
        byte[] pdf = SignInSheetPdf.render(sheet(roster(500)), SignInSheetPdf.Paper.A4);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isEqualTo(SignInSheetPdf.pages(500, SignInSheetPdf.Paper.A4)).isGreaterThan(10);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= pages; page++) {
                String text = text(document, page);
                assertThat(text).as("page %d", page).contains("SIGN-IN SHEET", "FDS - March 2026 - Barangay 12",
                        "Tuesday 10 March 2026, 09:00\u201311:00", "Barangay Hall (Barangay 12)",
                        "Fe Dela Cruz, Nena of Partner NGO", "Nutrition", "External ID", "Household", "Signature",
                        "Page " + page + " of " + pages);
                assertThat(document.getPage(page - 1).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
                all.append(text);
            }
            int last = -1;
            for (int i = 1; i <= 500; i++) {
                int at = all.indexOf("R-%04d Registrant %04d".formatted(i, i));
                assertThat(at).as("registrant %d in roster order", i).isGreaterThan(last);
                last = at;
            }
        }
    }

    @Test
    void letterPaperHasLetterPagesAndEmptyLinesForPeopleNotListed() throws IOException {
        byte[] pdf = SignInSheetPdf.render(sheet(roster(3)), SignInSheetPdf.Paper.LETTER);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle size = document.getPage(0).getMediaBox();
            assertThat(size.getWidth()).isEqualTo(PDRectangle.LETTER.getWidth());
            assertThat(size.getHeight()).isEqualTo(PDRectangle.LETTER.getHeight());
            assertThat(text(document, 1)).contains("Page 1 of 1", SignInSheetPdf.INSTRUCTIONS.substring(0, 40),
                    "3 registrants on the roster");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Sign-in sheet: FDS - March 2026 - Barangay 12");
        }
    }

    @Test
    void aFullLastPageGetsAnotherPageOfEmptyLines() {
        int perPage = SignInSheetPdf.linesPerPage(SignInSheetPdf.Paper.LETTER);
        assertThat(SignInSheetPdf.pages(0, SignInSheetPdf.Paper.LETTER)).isEqualTo(1);
        assertThat(SignInSheetPdf.pages(perPage - SignInSheetPdf.MIN_EMPTY_LINES, SignInSheetPdf.Paper.LETTER))
                .isEqualTo(1);
        assertThat(SignInSheetPdf.pages(perPage - SignInSheetPdf.MIN_EMPTY_LINES + 1, SignInSheetPdf.Paper.LETTER))
                .isEqualTo(2);
    }

    @Test
    void namesInAnyScriptPrintAndCharactersTheFontLacksShowAsQuestionMarks() throws IOException {
        byte[] pdf = SignInSheetPdf.render(sheet(List.of(
                new SignInSheet.Line("R-1", "Nguy\u1ec5n Th\u1ecb Minh", "H\u1ed9 gia \u0111\u00ecnh"),
                new SignInSheet.Line("R-2", "\u0410\u043d\u043d\u0430 \u041a\u0443\u0437\u043d\u0435\u0446\u043e\u0432\u0430", ""),
                new SignInSheet.Line("R-3", "\u0391\u03bb\u03ad\u03be\u03b1\u03bd\u03b4\u03c1\u03bf\u03c2", ""),
                new SignInSheet.Line("R-4", "\u738b\u5c0f\u660e", "tab\there"),
                new SignInSheet.Line("R-5", "Maria Concepcion Alejandra de los Santos y Villanueva-Macapagal", ""),
                new SignInSheet.Line("PH-4PS-2026-000123456", "Long Id", ""))),
                SignInSheetPdf.Paper.A4);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = text(document, 1);
            assertThat(text).contains("Nguy\u1ec5n Th\u1ecb Minh", "\u0410\u043d\u043d\u0430 \u041a\u0443\u0437",
                    "\u0391\u03bb\u03ad\u03be\u03b1\u03bd\u03b4\u03c1\u03bf\u03c2", "R-4 ???", "tab here",
                    "R-5 Maria Concepcion Alejandra de los");
            assertThat(text).as("a long external id is set smaller, not cut").contains("PH-4PS-2026-000123456 Long Id");
            assertThat(text).doesNotContain("Villanueva-Macapagal").containsPattern("R-5 Maria Concepcion[^\\n]*\u2026");
        }
    }
}
