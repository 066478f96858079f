package org.sessiontracking.adapters.web.registrant;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.sessiontracking.adapters.web.csv.CsvTable;
import org.sessiontracking.adapters.web.csv.CsvUpload;
import org.sessiontracking.application.common.tabular.ImportProblem;
import org.sessiontracking.application.registrant.RegistrantCsvFormat;
import org.sessiontracking.application.registrant.port.in.ImportRegistrantsUseCase;
import org.sessiontracking.application.registrant.port.in.ImportRegistrantsUseCase.ImportResult;
import org.sessiontracking.application.registrant.port.in.ImportRegistrantsUseCase.Imported;
import org.sessiontracking.application.registrant.port.in.ImportRegistrantsUseCase.Rejected;

import java.io.ByteArrayInputStream;
import java.util.function.Consumer;

/**
 * "Import CSV": explains the columns, offers the sample file, takes one upload and shows either how
 * many registrants were created, updated and unchanged, or every problem of the file (line,
 * column, message) in a grid, in which case nothing was stored. The file is held in memory while
 * it is checked (a 100,000-row file is about 6 MB); its rows are parsed one at a time.
 */
final class ImportRegistrantsDialog extends Dialog {

    static final String SAMPLE = "registrants-sample.csv";
    static final int MAX_FILE_BYTES = 50 * 1024 * 1024;

    private final ImportRegistrantsUseCase importer;
    private final Consumer<Imported> onImported;
    private final Div outcome = new Div();
    private final Grid<ImportProblem> problems = new Grid<>();

    ImportRegistrantsDialog(ImportRegistrantsUseCase importer, Consumer<Imported> onImported) {
        this.importer = importer;
        this.onImported = onImported;
        setHeaderTitle("Import registrants from CSV");
        setId("import-registrants-dialog");
        setWidth("820px");
        setMaxWidth("100%");

        UnorderedList columns = new UnorderedList();
        for (RegistrantCsvFormat.Column column : RegistrantCsvFormat.Column.values()) {
            ListItem item = new ListItem();
            Span name = new Span(column.header());
            name.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
            item.add(name, new Span(": " + column.description()));
            columns.add(item);
        }
        Paragraph intro = new Paragraph("A UTF-8 CSV file with a header row. Registrants with a new external id "
                + "are created, known ones are updated. The whole file is checked first: if anything is wrong, "
                + "nothing is stored and every problem is listed.");
        Anchor sample = new Anchor(DownloadHandler.forClassResource(ImportRegistrantsDialog.class, SAMPLE, SAMPLE),
                "Download a sample file");
        sample.setId("registrants-sample");
        sample.getElement().setAttribute("download", true);

        Upload upload = CsvUpload.ofOneFile("registrants-upload", MAX_FILE_BYTES, this::importFile);
        upload.setDropLabel(new Span("Drop a CSV file here (at most 50 MB)"));
        upload.addFileRejectedListener(event -> showText(event.getErrorMessage(), true));

        outcome.setId("import-outcome");
        problems.setId("import-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        problems.addColumn(ImportProblem::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::column).setHeader("Column").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::message).setHeader("Problem").setFlexGrow(1);
        problems.setHeight("320px");
        problems.setVisible(false);

        add(intro, columns, sample, upload, outcome, problems);
        Button close = new Button("Close", event -> close());
        close.setId("close-import");
        getFooter().add(close);
    }

    /** Checks and, when nothing is wrong, stores the uploaded file; shows what happened. */
    void importFile(byte[] data) {
        ImportResult result;
        try (CsvTable table = CsvTable.of(new ByteArrayInputStream(data))) {
            result = importer.importRegistrants(new ImportRegistrantsUseCase.Command(table));
        }
        switch (result) {
            case Imported imported -> {
                problems.setVisible(false);
                showText(String.format("Imported %,d registrants: %,d created, %,d updated, %,d unchanged.",
                        imported.total(), imported.created(), imported.updated(), imported.unchanged()), false);
                onImported.accept(imported);
            }
            case Rejected rejected -> {
                int count = rejected.problems().size();
                showText(String.format("Nothing was imported: the file has %,d %s. Correct the file and upload it again.",
                        count, count == 1 ? "problem" : "problems"), true);
                problems.setItems(rejected.problems());
                problems.setVisible(true);
            }
        }
    }

    private void showText(String text, boolean error) {
        outcome.removeAll();
        com.vaadin.flow.component.icon.Icon icon = (error ? VaadinIcon.WARNING : VaadinIcon.CHECK_CIRCLE).create();
        outcome.add(icon, new Span(" " + text));
        outcome.getStyle().set("color", error ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
    }

    String outcomeText() {
        return outcome.getElement().getTextRecursively().strip();
    }
}
