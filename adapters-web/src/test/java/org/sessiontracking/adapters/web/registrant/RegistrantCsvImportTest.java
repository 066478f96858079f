package org.sessiontracking.adapters.web.registrant;

import org.junit.jupiter.api.Test;
import org.sessiontracking.adapters.web.csv.CsvTable;
import org.sessiontracking.application.common.tabular.ImportProblem;
import org.sessiontracking.application.registrant.InMemoryRegistrants;
import org.sessiontracking.application.registrant.RegistrantSummary;
import org.sessiontracking.application.registrant.port.in.ImportRegistrantsUseCase.Command;
import org.sessiontracking.application.registrant.port.in.ImportRegistrantsUseCase.ImportResult;
import org.sessiontracking.application.registrant.port.in.ImportRegistrantsUseCase.Imported;
import org.sessiontracking.application.registrant.port.in.ImportRegistrantsUseCase.Rejected;
import org.sessiontracking.application.registrant.usecase.ImportRegistrants;
import org.sessiontracking.application.support.FixedActor;
import org.sessiontracking.domain.user.Role;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole CSV files, good and broken, through the real parser and the import use case. */
class RegistrantCsvImportTest {

    private static final String HEADER = "external_id,full_name,kind,group_external_id,area,sex,birth_date\n";
    private final InMemoryRegistrants registrants = new InMemoryRegistrants();
    private final ImportRegistrants importer = new ImportRegistrants(registrants, FixedActor.signedIn(Role.MANAGER),
            Clock.fixed(LocalDate.of(2026, 11, 29).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    private ImportResult importing(byte[] file) {
        try (CsvTable table = CsvTable.of(new ByteArrayInputStream(file))) {
            return importer.importRegistrants(new Command(table));
        }
    }

    private ImportResult importing(String file) {
        return importing(file.getBytes(StandardCharsets.UTF_8));
    }

    private List<ImportProblem> problems(String file) {
        return problems(file.getBytes(StandardCharsets.UTF_8));
    }

    private List<ImportProblem> problems(byte[] file) {
        ImportResult result = importing(file);
        assertThat(result).isInstanceOf(Rejected.class);
        assertThat(registrants.size()).isZero();
        return ((Rejected) result).problems();
    }

    private RegistrantSummary stored(String externalId) {
        return registrants.findByExternalIds(List.of(externalId)).getFirst();
    }

    @Test
    void theDocumentedSampleImportsAndIsTheFileTheDialogOffers() throws IOException {
        byte[] documented = Files.readAllBytes(Path.of("..", "docs", "samples", "registrants.csv"));
        try (InputStream offered = ImportRegistrantsDialog.class.getResourceAsStream(ImportRegistrantsDialog.SAMPLE)) {
            assertThat(offered).isNotNull();
            assertThat(offered.readAllBytes()).isEqualTo(documented);
        }

        assertThat(importing(documented)).isEqualTo(new Imported(13, 0, 0));
        assertThat(stored("IND-2024-0002").fullName()).isEqualTo("Santos, Jose Jr.");
        assertThat(stored("IND-2024-0005").fullName()).isEqualTo("Roberto \"Bert\" Dela Cruz");
        assertThat(stored("IND-2024-0006").fullName()).isEqualTo("Peña, María José (called Majo)");
        assertThat(stored("IND-2024-0006").area()).isEqualTo("Barangay Santo Niño");
        assertThat(stored("IND-2024-0003").active()).isFalse();
        assertThat(importing(documented)).as("re-importing the same file changes nothing")
                .isEqualTo(new Imported(0, 0, 13));
    }

    @Test
    void aFileSavedWithAByteOrderMarkAndWindowsLineEndsImports() {
        String file = "\uFEFF" + HEADER.replace("\n", "\r\n") + "HH-1,Household,HOUSEHOLD,,Area 1,,\r\n"
                + "IND-1,\"Cruz, Ana\",INDIVIDUAL,HH-1,Area 1,F,1990-01-31\r\n";
        assertThat(importing(file)).isEqualTo(new Imported(2, 0, 0));
        assertThat(stored("IND-1").fullName()).isEqualTo("Cruz, Ana");
    }

    @Test
    void aWrongHeaderIsReportedOnLineOne() {
        assertThat(problems("id;name;kind\nIND-1;Maria;INDIVIDUAL\n")).extracting(ImportProblem::line).containsOnly(1);
        assertThat(problems("id;name;kind\nIND-1;Maria;INDIVIDUAL\n").getFirst().message())
                .startsWith("Unknown column 'id;name;kind'");
    }

    @Test
    void duplicateIdsAndBadDatesAreReportedTogetherWithTheirLines() {
        List<ImportProblem> problems = problems(HEADER
                + "IND-1,\"Maria\nSantos\",INDIVIDUAL,,,,1985-02-30\n"
                + "IND-2,Jose,INDIVIDUAL,,,,03/14/1985\n"
                + "IND-1,Maria Again,INDIVIDUAL,,,,\n");
        assertThat(problems).extracting(ImportProblem::line, ImportProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "birth_date"),
                org.assertj.core.groups.Tuple.tuple(4, "birth_date"),
                org.assertj.core.groups.Tuple.tuple(5, "external_id"));
        assertThat(problems.get(2).message()).isEqualTo(
                "External id 'IND-1' is already on line 2: each registrant may appear only once");
    }

    @Test
    void anEmptyFileIsRejected() {
        assertThat(problems("").getFirst().message()).startsWith("The file is empty");
        assertThat(problems("\r\n\r\n").getFirst().message()).startsWith("The file is empty");
    }

    @Test
    void aSpreadsheetOrOtherBinaryFileIsRejectedAsNotCsv() {
        byte[] xlsx = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0, (byte) 0xb5, 0x55, (byte) 0xd9, 0x1c};
        assertThat(problems(xlsx)).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.message()).startsWith("This is not a CSV text file");
        });
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpensAfterEarlierRowProblems() {
        List<ImportProblem> problems = problems(HEADER + "IND-1,Maria,PERSON,,,,\nIND-2,\"Jose,INDIVIDUAL,,,,\n");
        assertThat(problems).extracting(ImportProblem::line).containsExactly(2, 3);
        assertThat(problems.get(1).message()).startsWith("A quoted value that starts on this line is never closed");
    }
}
