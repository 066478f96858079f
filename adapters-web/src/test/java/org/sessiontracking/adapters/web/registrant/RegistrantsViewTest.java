package org.sessiontracking.adapters.web.registrant;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.common.tabular.ImportProblem;
import org.sessiontracking.application.registrant.InMemoryRegistrants;
import org.sessiontracking.application.registrant.RegistrantSummary;
import org.sessiontracking.application.registrant.usecase.EditRegistrant;
import org.sessiontracking.application.registrant.usecase.ImportRegistrants;
import org.sessiontracking.application.registrant.usecase.SearchRegistrants;
import org.sessiontracking.application.support.FixedActor;
import org.sessiontracking.domain.user.Role;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class RegistrantsViewTest {

    private final InMemoryRegistrants registrants = new InMemoryRegistrants();
    private final FixedActor actor = FixedActor.signedIn(Role.MANAGER);
    private final Clock clock = Clock.fixed(LocalDate.of(2026, 11, 29).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    private final RegistrantUseCases useCases = new RegistrantUseCases(new SearchRegistrants(registrants, actor),
            new EditRegistrant(registrants, actor, clock), new ImportRegistrants(registrants, actor, clock), actor::get);

    @BeforeEach
    void setUp() throws IOException {
        MockVaadin.setup(new Routes());
        try (InputStream sample = ImportRegistrantsDialog.class.getResourceAsStream(ImportRegistrantsDialog.SAMPLE)) {
            new ImportRegistrantsDialog(useCases.importer(), imported -> { }).importFile(sample.readAllBytes());
        }
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private void show() {
        UI.getCurrent().add(new RegistrantsView(useCases));
    }

    @SuppressWarnings("unchecked")
    private Grid<RegistrantSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("registrants-grid"));
    }

    private RegistrantSummary stored(String externalId) {
        return registrants.findByExternalIds(List.of(externalId)).getFirst();
    }

    @Test
    void theGridListsRegistrantsByNameAndSearchesByIdOrName() {
        show();
        assertThat(GridKt._size(grid())).isEqualTo(13);
        assertThat(_get(Span.class, spec -> spec.withId("registrant-count")).getText()).isEqualTo("13 registrants");
        assertThat(GridKt._getFormattedRow(grid(), 0)).containsSequence("IND-2024-0004", "Ana Dela Cruz", "Individual",
                "Dela Cruz Household (HH-2024-0002)", "Barangay Santo Niño", "Female", "28 Feb 1990");

        _setValue(_get(TextField.class, spec -> spec.withId("registrant-search")), "hh-2024");
        assertThat(GridKt._size(grid())).isEqualTo(3);
        _setValue(_get(TextField.class, spec -> spec.withId("registrant-search")), "bautista");
        assertThat(GridKt._size(grid())).isEqualTo(3);
        assertThat(_get(Span.class, spec -> spec.withId("registrant-count")).getText()).isEqualTo("3 registrants");
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersByArea() {
        show();
        ComboBox<String> area = _get(ComboBox.class, spec -> spec.withId("area-filter"));
        _setValue(area, "Poblacion");
        assertThat(GridKt._size(grid())).isEqualTo(4);
    }

    @Test
    void aManagerCorrectsANameInTheDialog() {
        show();
        GridKt._clickItem(grid(), 0);
        _setValue(_get(TextField.class, spec -> spec.withId("registrant-full-name")), "Ana Dela Cruz-Reyes");
        _click(_get(Button.class, spec -> spec.withId("save-registrant")));

        assertThat(stored("IND-2024-0004").fullName()).isEqualTo("Ana Dela Cruz-Reyes");
        assertThat(_find(RegistrantDialog.class)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aManagerDesignatesAHouseholdsGranteeAmongItsMembers() {
        show();
        _setValue(_get(TextField.class, spec -> spec.withId("registrant-search")), "HH-2024-0001");
        GridKt._clickItem(grid(), 0);
        ComboBox<RegistrantSummary.GroupRef> grantee = _get(ComboBox.class, spec -> spec.withId("registrant-grantee"));
        assertThat(grantee.isVisible()).isTrue();
        assertThat(grantee.getValue()).isNull();
        assertThat(_find(ComboBox.class, spec -> spec.withId("registrant-household"))).as("a household belongs to none")
                .isEmpty();
        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions(grantee))
                .containsExactly("Lola Ester Santos (IND-2024-0003)", "Maria Santos (IND-2024-0001)",
                        "Santos, Jose Jr. (IND-2024-0002)");
        RegistrantSummary maria = stored("IND-2024-0001");
        _setValue(grantee, new RegistrantSummary.GroupRef(maria.id(), maria.externalId(), maria.fullName()));
        _click(_get(Button.class, spec -> spec.withId("save-registrant")));

        assertThat(stored("HH-2024-0001").granteeId()).contains(stored("IND-2024-0001").id());
        GridKt._clickItem(grid(), 0);
        assertThat(_get(ComboBox.class, spec -> spec.withId("registrant-grantee")).getValue())
                .isEqualTo(new RegistrantSummary.GroupRef(stored("IND-2024-0001").id(), "IND-2024-0001", "Maria Santos"));
    }

    @Test
    void anIndividualHasNoGranteeField() {
        show();
        GridKt._clickItem(grid(), 0);
        assertThat(_find(ComboBox.class, spec -> spec.withId("registrant-grantee"))).isEmpty();
        assertThat(_find(ComboBox.class, spec -> spec.withId("registrant-household"))).hasSize(1);
    }

    @Test
    void aRefusedValueIsShownNextToItsFieldAndTheDialogStaysOpen() {
        show();
        GridKt._clickItem(grid(), 0);
        TextField name = _get(TextField.class, spec -> spec.withId("registrant-full-name"));
        _setValue(name, "   ");
        _click(_get(Button.class, spec -> spec.withId("save-registrant")));

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Full name is required");
        assertThat(name.getValue()).isEqualTo("   ");
        assertThat(_find(RegistrantDialog.class)).hasSize(1);
        assertThat(stored("IND-2024-0004").fullName()).isEqualTo("Ana Dela Cruz");
    }

    @Test
    void aViewerSeesTheRegistrantReadOnlyAndNoImport() {
        actor.switchTo(FixedActor.signedIn(Role.VIEWER).get());
        show();
        assertThat(_find(Button.class, spec -> spec.withId("import-registrants"))).isEmpty();
        GridKt._clickItem(grid(), 0);
        assertThat(_get(TextField.class, spec -> spec.withId("registrant-full-name")).isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("save-registrant"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theImportDialogListsEveryProblemOrTheCounts() {
        show();
        _click(_get(Button.class, spec -> spec.withId("import-registrants")));
        ImportRegistrantsDialog dialog = _get(ImportRegistrantsDialog.class);

        dialog.importFile(("external_id,full_name,kind,group_external_id,area,sex,birth_date\n"
                + "IND-9,Someone,PERSON,,,,\nIND-9,Twice,INDIVIDUAL,,,,2020-02-30\n").getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.outcomeText()).startsWith("Nothing was imported: the file has 3 problems.");
        Grid<ImportProblem> problems = _get(Grid.class, spec -> spec.withId("import-problems"));
        assertThat(GridKt._size(problems)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(problems, 0)).containsExactly("2", "kind",
                "Kind must be INDIVIDUAL or HOUSEHOLD (or GROUP), got 'PERSON'");

        dialog.importFile(("external_id,full_name,kind,group_external_id,area,sex,birth_date\n"
                + "IND-9,Someone New,INDIVIDUAL,,Poblacion,,\nIND-2024-0010,Noel Villanueva,INDIVIDUAL,,Malinis,,\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.outcomeText()).isEqualTo("Imported 2 registrants: 1 created, 1 updated, 0 unchanged.");
        assertThat(problems.isVisible()).isFalse();
        assertThat(GridKt._size(grid())).isEqualTo(14);
        assertThat(_find(Div.class, spec -> spec.withId("import-outcome"))).hasSize(1);
    }
}
