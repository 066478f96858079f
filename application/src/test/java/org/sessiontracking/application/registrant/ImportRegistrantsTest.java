package org.sessiontracking.application.registrant;

import org.junit.jupiter.api.Test;
import org.sessiontracking.application.common.tabular.ImportProblem;
import org.sessiontracking.application.registrant.port.in.ImportRegistrantsUseCase.Command;
import org.sessiontracking.application.registrant.port.in.ImportRegistrantsUseCase.ImportResult;
import org.sessiontracking.application.registrant.port.in.ImportRegistrantsUseCase.Imported;
import org.sessiontracking.application.registrant.port.in.ImportRegistrantsUseCase.Rejected;
import org.sessiontracking.application.registrant.usecase.ImportRegistrants;
import org.sessiontracking.application.support.FixedActor;
import org.sessiontracking.domain.common.AccessDeniedException;
import org.sessiontracking.domain.registrant.RegistrantKind;
import org.sessiontracking.domain.registrant.Sex;
import org.sessiontracking.domain.user.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportRegistrantsTest {

    static final String HEADER = "external_id,full_name,kind,group_external_id,area,sex,birth_date";
    static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 11, 29).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    private final InMemoryRegistrants registrants = new InMemoryRegistrants();
    private final FixedActor actor = FixedActor.signedIn(Role.MANAGER);
    private final ImportRegistrants importer = new ImportRegistrants(registrants, actor, TODAY);

    private ImportResult importing(String... lines) {
        return importer.importRegistrants(new Command(Table.of(lines)));
    }

    private List<ImportProblem> problems(String... lines) {
        ImportResult result = importing(lines);
        assertThat(result).isInstanceOf(Rejected.class);
        assertThat(registrants.size()).as("nothing is stored when a file is rejected").isEqualTo(storedBefore);
        return ((Rejected) result).problems();
    }

    private int storedBefore;

    private RegistrantSummary stored(String externalId) {
        return registrants.findByExternalIds(List.of(externalId)).getFirst();
    }

    private void givenStored(String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = HEADER;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        assertThat(importing(lines)).isInstanceOf(Imported.class);
        storedBefore = registrants.size();
    }

    @Test
    void createsHouseholdsAndTheirMembersAndSaysHowMany() {
        ImportResult result = importing(HEADER,
                "IND-1,Maria Santos,INDIVIDUAL,HH-1,Barangay 12,F,1985-03-14",
                "HH-1,Santos Household,HOUSEHOLD,,Barangay 12,,",
                "IND-2,Jose Santos,individual,HH-1,Barangay 12,male,");

        assertThat(result).isEqualTo(new Imported(3, 0, 0));
        RegistrantSummary maria = stored("IND-1");
        assertThat(maria.group()).map(RegistrantSummary.GroupRef::externalId).contains("HH-1");
        assertThat(maria.sex()).contains(Sex.FEMALE);
        assertThat(maria.birthDate()).contains(LocalDate.of(1985, 3, 14));
        assertThat(stored("HH-1").kind()).isEqualTo(RegistrantKind.GROUP);
        assertThat(stored("IND-2").sex()).contains(Sex.MALE);
        assertThat(stored("IND-2").birthDate()).isEmpty();
    }

    @Test
    void reimportUpdatesByExternalIdAndCountsCreatedUpdatedAndUnchanged() {
        givenStored("HH-1,Santos Household,HOUSEHOLD,,Barangay 12,,", "IND-1,Maria Santos,INDIVIDUAL,HH-1,Barangay 12,F,");

        ImportResult result = importing(HEADER,
                "HH-1,Santos Household,HOUSEHOLD,,Barangay 12,,",
                "IND-1,Maria Santos-Reyes,INDIVIDUAL,HH-1,Barangay 3,F,1985-03-14",
                "IND-9,Pedro Penduko,INDIVIDUAL,,Barangay 3,M,");

        assertThat(result).isEqualTo(new Imported(1, 1, 1));
        assertThat(stored("IND-1").fullName()).isEqualTo("Maria Santos-Reyes");
        assertThat(stored("IND-1").area()).isEqualTo("Barangay 3");
    }

    @Test
    void columnsMayComeInAnyOrderAndCaseAndTheActiveColumnIsOptional() {
        ImportResult result = importing(" Birth Date ,SEX,Area,Group-External-Id,KIND,Full_Name,External_ID,active",
                "2001-02-03,O,Poblacion,,Individual,Alex Cruz,IND-7,no");
        assertThat(result).isEqualTo(new Imported(1, 0, 0));
        RegistrantSummary alex = stored("IND-7");
        assertThat(alex.sex()).contains(Sex.OTHER);
        assertThat(alex.area()).isEqualTo("Poblacion");
        assertThat(alex.active()).isFalse();
    }

    @Test
    void everyProblemIsReportedWithItsLineAndColumnAndNothingIsStored() {
        List<ImportProblem> problems = problems(HEADER,
                "IND-1,Maria Santos,INDIVIDUAL,,Barangay 12,F,1985-13-01",
                "IND-2,,PERSON,,Barangay 12,X,2030-01-01",
                "IND 3,Ok Name,INDIVIDUAL,,,,",
                "IND-4,Fine Person,INDIVIDUAL,,,,14/03/1985");

        assertThat(problems).extracting(ImportProblem::line, ImportProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "birth_date"),
                org.assertj.core.groups.Tuple.tuple(3, "kind"),
                org.assertj.core.groups.Tuple.tuple(3, "full_name"),
                org.assertj.core.groups.Tuple.tuple(3, "sex"),
                org.assertj.core.groups.Tuple.tuple(3, "birth_date"),
                org.assertj.core.groups.Tuple.tuple(4, "external_id"),
                org.assertj.core.groups.Tuple.tuple(5, "birth_date"));
        assertThat(problems.get(0).message())
                .isEqualTo("Birth date must be a date written yyyy-mm-dd (e.g. 1985-03-14), got '1985-13-01'");
        assertThat(problems.get(1).message()).isEqualTo("Kind must be INDIVIDUAL or HOUSEHOLD (or GROUP), got 'PERSON'");
        assertThat(problems.get(2).message()).isEqualTo("Full name is required");
        assertThat(problems.get(4).message()).isEqualTo("Birth date cannot be in the future, got 2030-01-01");
        assertThat(registrants.size()).isZero();
    }

    @Test
    void anExternalIdTwiceInOneFileIsReportedOnTheSecondLine() {
        List<ImportProblem> problems = problems(HEADER,
                "IND-1,Maria Santos,INDIVIDUAL,,,,",
                "IND-2,Jose Santos,INDIVIDUAL,,,,",
                "IND-1,Maria Again,INDIVIDUAL,,,,");
        assertThat(problems).containsExactly(new ImportProblem(4, "external_id",
                "External id 'IND-1' is already on line 2: each registrant may appear only once"));
    }

    @Test
    void aWrongHeaderNamesTheUnknownAndTheMissingColumns() {
        List<ImportProblem> problems = problems("id,full_name,kind,group_external_id,area,sex,birth_date,age",
                "IND-1,Maria,INDIVIDUAL,,,,,40");
        assertThat(problems).extracting(ImportProblem::line).containsOnly(1);
        assertThat(problems).extracting(ImportProblem::column).containsExactly("id", "age", "external_id");
        assertThat(problems.get(0).message()).startsWith("Unknown column 'id' (column 1). The columns are: external_id,");
        assertThat(problems.get(2).message()).startsWith("The header has no 'external_id' column");
    }

    @Test
    void aColumnNamedTwiceIsReported() {
        assertThat(problems(HEADER + ",Area", "IND-1,Maria,INDIVIDUAL,,A,,,B")).containsExactly(new ImportProblem(1,
                "area", "Column 'area' appears twice in the header (columns 5 and 8)"));
    }

    @Test
    void anEmptyFileAndAFileWithOnlyTheHeaderAreRejected() {
        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.message()).startsWith("The file is empty. Its first line must be the header row: "
                    + "external_id,full_name,kind,group_external_id,area,sex,birth_date,active");
        });
        assertThat(problems(HEADER)).containsExactly(new ImportProblem(1, "",
                "The file has a header row but no registrants below it"));
    }

    @Test
    void aRowWithTheWrongNumberOfValuesIsReported() {
        assertThat(problems(HEADER, "IND-1,Santos,Maria,INDIVIDUAL,,,,")).containsExactly(new ImportProblem(2, "",
                "This row has 8 values but the header has 7 columns. Put values that contain a comma in double quotes."));
    }

    @Test
    void aGroupMustBeAHouseholdInTheFileOrAlreadyStored() {
        givenStored("HH-DB,Stored Household,HOUSEHOLD,,,,", "IND-DB,Stored Person,INDIVIDUAL,,,,");

        List<ImportProblem> problems = problems(HEADER,
                "IND-1,Joins Stored Household,INDIVIDUAL,HH-DB,,,",
                "IND-2,Joins Unknown,INDIVIDUAL,HH-NONE,,,",
                "IND-3,Joins Stored Person,INDIVIDUAL,IND-DB,,,",
                "IND-4,Joins Person In File,INDIVIDUAL,IND-1,,,",
                "HH-2,Household In Household,HOUSEHOLD,HH-DB,,,",
                "IND-5,Joins Itself,INDIVIDUAL,IND-5,,,");

        assertThat(problems).containsExactly(
                new ImportProblem(3, "group_external_id", "Household 'HH-NONE' is neither in this file nor among the registrants"),
                new ImportProblem(4, "group_external_id", "'IND-DB' is an individual, not a household: only households can have members"),
                new ImportProblem(5, "group_external_id", "'IND-1' is an individual, not a household: only households can have members"),
                new ImportProblem(6, "group_external_id", "A household cannot belong to another household ('HH-DB')"),
                new ImportProblem(7, "group_external_id", "'IND-5' is an individual, not a household: only households can have members"));
    }

    @Test
    void theFileDecidesTheKindOfAGroupItAlsoLists() {
        givenStored("IND-X,Was A Person,INDIVIDUAL,,,,");
        assertThat(importing(HEADER, "IND-X,Now A Household,HOUSEHOLD,,,,", "IND-1,Member,INDIVIDUAL,IND-X,,,"))
                .isEqualTo(new Imported(1, 1, 0));
        assertThat(stored("IND-1").group()).map(RegistrantSummary.GroupRef::externalId).contains("IND-X");
    }

    @Test
    void aStoredHouseholdCannotBecomeAnIndividualWhileMembersOutsideTheFileRemain() {
        givenStored("HH-1,Household,HOUSEHOLD,,,,", "IND-1,Member One,INDIVIDUAL,HH-1,,,",
                "IND-2,Member Two,INDIVIDUAL,HH-1,,,");

        assertThat(problems(HEADER, "HH-1,Now A Person,INDIVIDUAL,,,,", "IND-1,Member One,INDIVIDUAL,,,,"))
                .containsExactly(new ImportProblem(2, "kind", "'HH-1' is a household with 1 member not in this file "
                        + "(e.g. IND-2): add them to the file with another household, or keep it a HOUSEHOLD"));

        assertThat(importing(HEADER, "HH-1,Now A Person,INDIVIDUAL,,,,", "IND-1,Member One,INDIVIDUAL,,,,",
                "IND-2,Member Two,INDIVIDUAL,,,,")).isEqualTo(new Imported(0, 3, 0));
        assertThat(stored("HH-1").kind()).isEqualTo(RegistrantKind.INDIVIDUAL);
    }

    @Test
    void anUnreadableFileIsReportedWhereItBreaksAfterTheRowProblemsFoundSoFar() {
        ImportResult result = importer.importRegistrants(new Command(Table.of(HEADER,
                "IND-1,Maria,INDIVIDUAL,,,,1985-02-30").thenUnreadable(7, "A quoted value is never closed")));
        assertThat(result).isEqualTo(new Rejected(List.of(
                new ImportProblem(2, "birth_date", "Birth date must be a date written yyyy-mm-dd (e.g. 1985-03-14), got '1985-02-30'"),
                new ImportProblem(7, "", "A quoted value is never closed"))));
        assertThat(registrants.size()).isZero();
    }

    @Test
    void onlyManagersAndAdministratorsMayImport() {
        actor.switchTo(FixedActor.signedIn(Role.STAFF).get());
        assertThatThrownBy(() -> importing(HEADER, "IND-1,Maria,INDIVIDUAL,,,,"))
                .isInstanceOf(AccessDeniedException.class);
        actor.switchTo(FixedActor.signedIn(Role.ADMINISTRATOR).get());
        assertThat(importing(HEADER, "IND-1,Maria,INDIVIDUAL,,,,")).isEqualTo(new Imported(1, 0, 0));
    }
}
