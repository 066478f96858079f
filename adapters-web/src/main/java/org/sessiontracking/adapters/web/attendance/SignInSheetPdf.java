package org.sessiontracking.adapters.web.attendance;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.sessiontracking.application.attendance.SignInSheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link SignInSheet} as a printable PDF (PDFBox): on every page the session's details, how
 * to fill the sheet in and the table's header; one line per registrant of the roster (number, external
 * id, name, household, boxes for Present, Absent and Excused, room to sign), then empty lines for people
 * who are not on it (the rest of the last page, at least {@value #MIN_EMPTY_LINES}); "Page 2 of 5" at
 * the foot. The external id is the one the sign-in sheet import reads, so the ticked sheet is typed
 * into a CSV of external_id and status and imported.
 *
 * <p>Text is set in DejaVu Sans Condensed, embedded (only the glyphs used), which covers Latin,
 * Greek, Cyrillic and more; a character it has no glyph for (e.g. Chinese) prints as "?" rather than
 * failing the whole sheet. An external id or name too long for its column is set smaller; text that still does not fit is cut with an
 * ellipsis.
 */
final class SignInSheetPdf {

    /** The paper sizes offered. */
    enum Paper {
        A4("A4", PDRectangle.A4),
        LETTER("US Letter", PDRectangle.LETTER);

        final String label;
        final PDRectangle size;

        Paper(String label, PDRectangle size) {
            this.label = label;
            this.size = size;
        }
    }

    static final int MIN_EMPTY_LINES = 5;
    static final String INSTRUCTIONS = "Tick one box per person: P = Present, A = Absent, E = Excused. "
            + "Someone not listed: write their external id and name on an empty line.";

    private static final String FONT_DIRECTORY = "fonts/";
    private static final byte[] REGULAR = resource("DejaVuSansCondensed.ttf");
    private static final byte[] BOLD = resource("DejaVuSansCondensed-Bold.ttf");
    /** Which characters the fonts have (both fonts cover the same ones). */
    private static final CmapLookup GLYPHS = cmap(REGULAR);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private static final float MARGIN = 36;
    private static final float HEADER_HEIGHT = 92;
    private static final float TABLE_HEADER_HEIGHT = 18;
    private static final float ROW_HEIGHT = 20;
    private static final float FOOTER_BASELINE = 22;
    private static final float PAD = 3;
    private static final float NUMBER_WIDTH = 26;
    private static final float ID_WIDTH = 80;
    private static final float BOX_COLUMN_WIDTH = 20;
    private static final float BOX_SIZE = 9;
    private static final float SIGNATURE_WIDTH = 118;
    private static final float GRAY_TEXT = 0.35f;
    private static final float RULE = 0.6f;
    private static final float STRIPE = 0.94f;

    private final SignInSheet sheet;
    private final Paper paper;
    private final PDRectangle size;
    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private final float tableWidth;
    private final float nameWidth;
    private final float householdWidth;

    private SignInSheetPdf(SignInSheet sheet, Paper paper, PDDocument document) throws IOException {
        this.sheet = sheet;
        this.paper = paper;
        this.size = paper.size;
        this.document = document;
        this.regular = PDType0Font.load(document, new ByteArrayInputStream(REGULAR), true);
        this.bold = PDType0Font.load(document, new ByteArrayInputStream(BOLD), true);
        this.tableWidth = size.getWidth() - 2 * MARGIN;
        float flexible = tableWidth - NUMBER_WIDTH - ID_WIDTH - 3 * BOX_COLUMN_WIDTH - SIGNATURE_WIDTH;
        this.nameWidth = flexible * 0.58f;
        this.householdWidth = flexible - nameWidth;
    }

    /** The sheet as PDF bytes. */
    static byte[] render(SignInSheet sheet, Paper paper) {
        try (PDDocument document = new PDDocument()) {
            new SignInSheetPdf(sheet, paper, document).write();
            document.getDocumentInformation().setTitle("Sign-in sheet: " + printable(sheet.title()));
            document.getDocumentInformation().setCreator("Session Tracking");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The sign-in sheet could not be written", e);
        }
    }

    /** How many lines fit on one page of this paper. */
    static int linesPerPage(Paper paper) {
        float tableTop = paper.size.getHeight() - MARGIN - HEADER_HEIGHT - TABLE_HEADER_HEIGHT;
        return (int) Math.floor((tableTop - MARGIN) / ROW_HEIGHT);
    }

    /** The number of pages for a roster of this many registrants: the empty lines included. */
    static int pages(int registrants, Paper paper) {
        int perPage = linesPerPage(paper);
        return Math.max(1, (registrants + MIN_EMPTY_LINES + perPage - 1) / perPage);
    }

    private void write() throws IOException {
        int perPage = linesPerPage(paper);
        int pages = pages(sheet.roster().size(), paper);
        for (int page = 0; page < pages; page++) {
            PDPage pdfPage = new PDPage(size);
            document.addPage(pdfPage);
            try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                header(content);
                float top = size.getHeight() - MARGIN - HEADER_HEIGHT;
                tableHeader(content, top);
                float y = top - TABLE_HEADER_HEIGHT;
                for (int line = 0; line < perPage; line++) {
                    int index = page * perPage + line;
                    row(content, y, index, index < sheet.roster().size() ? sheet.roster().get(index) : null);
                    y -= ROW_HEIGHT;
                }
                footer(content, page + 1, pages);
            }
        }
    }

    private void header(PDPageContentStream content) throws IOException {
        float left = MARGIN;
        float y = size.getHeight() - MARGIN - 9;
        text(content, regular, 9, GRAY_TEXT, left, y, "SIGN-IN SHEET");
        String type = fit(regular, 9, sheet.typeName(), tableWidth / 2);
        text(content, regular, 9, GRAY_TEXT, size.getWidth() - MARGIN - width(regular, 9, type), y, type);
        y -= 19;
        text(content, bold, 14, 0, left, y, fit(bold, 14, sheet.title(), tableWidth));
        y -= 17;
        labelled(content, left, y, "Date", when(), "Location", where());
        y -= 14;
        labelled(content, left, y, "Facilitator", sheet.facilitators().isEmpty() ? "\u2013"
                : String.join(", ", sheet.facilitators()), "Topic", sheet.topic().orElse("\u2013"));
        y -= 16;
        text(content, regular, 8.5f, GRAY_TEXT, left, y, fit(regular, 8.5f, INSTRUCTIONS, tableWidth));
    }

    /** Two "Label: value" pairs on one line, the second starting at the middle. */
    private void labelled(PDPageContentStream content, float x, float y, String label, String value,
                          String secondLabel, String secondValue) throws IOException {
        float half = tableWidth / 2;
        pair(content, x, y, label, value, half - 8);
        pair(content, x + half, y, secondLabel, secondValue, half);
    }

    private void pair(PDPageContentStream content, float x, float y, String label, String value, float room)
            throws IOException {
        String shownLabel = label + ": ";
        float labelWidth = width(bold, 10, shownLabel);
        text(content, bold, 10, 0, x, y, shownLabel);
        text(content, regular, 10, 0, x + labelWidth, y, fit(regular, 10, value, room - labelWidth));
    }

    private String when() {
        String date = DATE.format(sheet.date());
        if (sheet.startTime().isPresent() && sheet.endTime().isPresent()) {
            return date + ", " + TIME.format(sheet.startTime().get()) + "\u2013" + TIME.format(sheet.endTime().get());
        }
        return sheet.startTime().map(start -> date + ", " + TIME.format(start)).orElse(date);
    }

    private String where() {
        if (sheet.location().isBlank()) {
            return sheet.area().isBlank() ? "\u2013" : sheet.area();
        }
        return sheet.area().isBlank() ? sheet.location() : sheet.location() + " (" + sheet.area() + ")";
    }

    private void tableHeader(PDPageContentStream content, float top) throws IOException {
        float bottom = top - TABLE_HEADER_HEIGHT;
        content.setNonStrokingColor(0.85f);
        content.addRect(MARGIN, bottom, tableWidth, TABLE_HEADER_HEIGHT);
        content.fill();
        float baseline = bottom + 5.5f;
        float x = MARGIN;
        List<String> names = List.of("#", "External ID", "Name", "Household", "P", "A", "E", "Signature");
        List<Float> widths = columnWidths();
        for (int i = 0; i < names.size(); i++) {
            boolean box = i >= 4 && i <= 6;
            float textX = box ? x + (widths.get(i) - width(bold, 9, names.get(i))) / 2 : x + PAD;
            text(content, bold, 9, 0, textX, baseline, names.get(i));
            x += widths.get(i);
        }
        verticalRules(content, top, bottom);
        horizontalRule(content, top);
        horizontalRule(content, bottom);
    }

    /** One line of the table: a registrant of the roster, or an empty line (null) for someone not on it. */
    private void row(PDPageContentStream content, float top, int index, SignInSheet.Line line) throws IOException {
        float bottom = top - ROW_HEIGHT;
        if (index % 2 == 1) {
            content.setNonStrokingColor(STRIPE);
            content.addRect(MARGIN, bottom, tableWidth, ROW_HEIGHT);
            content.fill();
        }
        List<Float> widths = columnWidths();
        float baseline = bottom + 6.5f;
        float x = MARGIN;
        if (line != null) {
            text(content, regular, 8, GRAY_TEXT, x + PAD, baseline, Integer.toString(index + 1));
            x += widths.get(0);
            // a long id or name is set smaller before it is cut: the id is what the import reads back, and
            // people look for their own name
            float idSize = sizeToFit(line.externalId(), widths.get(1) - 2 * PAD, 9.5f, 8f, 6.5f);
            text(content, regular, idSize, 0, x + PAD, baseline, fit(regular, idSize, line.externalId(),
                    widths.get(1) - 2 * PAD));
            x += widths.get(1);
            float nameSize = sizeToFit(line.name(), widths.get(2) - 2 * PAD, 9.5f, 8f);
            text(content, regular, nameSize, 0, x + PAD, baseline, fit(regular, nameSize, line.name(),
                    widths.get(2) - 2 * PAD));
            x += widths.get(2);
            text(content, regular, 8.5f, 0, x + PAD, baseline, fit(regular, 8.5f, line.household(), widths.get(3) - 2 * PAD));
        }
        x = MARGIN + widths.get(0) + widths.get(1) + widths.get(2) + widths.get(3);
        content.setStrokingColor(0f);
        content.setLineWidth(0.8f);
        for (int box = 0; box < 3; box++) {
            content.addRect(x + (BOX_COLUMN_WIDTH - BOX_SIZE) / 2, bottom + (ROW_HEIGHT - BOX_SIZE) / 2, BOX_SIZE, BOX_SIZE);
            x += BOX_COLUMN_WIDTH;
        }
        content.stroke();
        verticalRules(content, top, bottom);
        horizontalRule(content, bottom);
    }

    /** The first of the sizes (largest first) at which the text fits, or the last. */
    private float sizeToFit(String text, float room, float... sizes) throws IOException {
        for (float size : sizes) {
            if (width(regular, size, text) <= room) {
                return size;
            }
        }
        return sizes[sizes.length - 1];
    }

    private void footer(PDPageContentStream content, int page, int pages) throws IOException {
        String number = "Page " + page + " of " + pages;
        float numberWidth = width(regular, 8.5f, number);
        text(content, regular, 8.5f, 0, size.getWidth() - MARGIN - numberWidth, FOOTER_BASELINE, number);
        String about = "Session " + sheet.sessionId() + ": " + sheet.title() + " \u00b7 " + sheet.roster().size()
                + (sheet.roster().size() == 1 ? " registrant" : " registrants") + " on the roster";
        text(content, regular, 8, GRAY_TEXT, MARGIN, FOOTER_BASELINE,
                fit(regular, 8, about, tableWidth - numberWidth - 12));
    }

    private List<Float> columnWidths() {
        return List.of(NUMBER_WIDTH, ID_WIDTH, nameWidth, householdWidth, BOX_COLUMN_WIDTH, BOX_COLUMN_WIDTH,
                BOX_COLUMN_WIDTH, SIGNATURE_WIDTH);
    }

    private void verticalRules(PDPageContentStream content, float top, float bottom) throws IOException {
        content.setStrokingColor(0.55f);
        content.setLineWidth(RULE);
        float x = MARGIN;
        content.moveTo(x, top);
        content.lineTo(x, bottom);
        for (float width : columnWidths()) {
            x += width;
            content.moveTo(x, top);
            content.lineTo(x, bottom);
        }
        content.stroke();
    }

    private void horizontalRule(PDPageContentStream content, float y) throws IOException {
        content.setStrokingColor(0.55f);
        content.setLineWidth(RULE);
        content.moveTo(MARGIN, y);
        content.lineTo(MARGIN + tableWidth, y);
        content.stroke();
    }

    private static void text(PDPageContentStream content, PDFont font, float fontSize, float gray, float x, float y,
                             String text) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        content.setNonStrokingColor(gray);
        content.beginText();
        content.setFont(font, fontSize);
        content.newLineAtOffset(x, y);
        content.showText(printable(text));
        content.endText();
    }

    private static float width(PDFont font, float fontSize, String text) throws IOException {
        return font.getStringWidth(printable(text)) / 1000 * fontSize;
    }

    /** The text as it prints, cut with an ellipsis to fit the width. */
    private static String fit(PDFont font, float fontSize, String text, float room) throws IOException {
        String shown = printable(text);
        if (width(font, fontSize, shown) <= room) {
            return shown;
        }
        int end = shown.length();
        while (end > 0 && width(font, fontSize, shown.substring(0, end).stripTrailing() + "\u2026") > room) {
            end = shown.offsetByCodePoints(end, -1);
        }
        return shown.substring(0, end).stripTrailing() + "\u2026";
    }

    /** Control characters as spaces, and "?" for each character the font has no glyph for. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)) {
                out.append(' ');
            } else if (GLYPHS.getGlyphId(codePoint) == 0) {
                out.append('?');
            } else {
                out.appendCodePoint(codePoint);
            }
        });
        return out.toString();
    }

    private static byte[] resource(String name) {
        try (InputStream in = SignInSheetPdf.class.getResourceAsStream(FONT_DIRECTORY + name)) {
            if (in == null) {
                throw new IllegalStateException("The font " + name + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CmapLookup cmap(byte[] font) {
        try {
            TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font));
            return parsed.getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
