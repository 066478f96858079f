package org.sessiontracking.adapters.web.compliance;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.CurriculumRow;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.compliance.port.in.CurriculumCompletionUseCase;
import org.sessiontracking.application.sessiontype.SessionTypeFilter;
import org.sessiontracking.application.sessiontype.port.in.ListSessionTypesUseCase;
import org.sessiontracking.domain.compliance.CurriculumCompletion;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.sessiontype.Topic;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sessiontracking.domain.sessiontype.SessionTypeBuilder.aSessionType;

class CurriculumViewTest {

    private static final SessionType FDS = aSessionType().id(3).name("Family Development Session").code("FDS")
            .topics("Nutrition", "Health", "Education").build();
    private static final SessionType MEETING = aSessionType().id(4).name("Group Meeting").withoutTopicTracking()
            .build();

    private static CurriculumRow row(long id, String name, String... covered) {
        Set<String> names = Set.of(covered);
        return new CurriculumRow(new RegistrantId(id), "X" + id, name, "North", CurriculumCompletion.of(FDS.topics(),
                FDS.topics().stream().filter(t -> names.contains(t.name())).map(Topic::id).collect(Collectors.toSet())));
    }

    private final List<CurriculumRow> rows = List.of(row(1, "Ana", "Nutrition", "Health", "Education"),
            row(2, "Ben", "Health"));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);
    private final List<Optional<Period>> periodsAsked = new ArrayList<>();
    private final CurriculumCompletionUseCase curriculum = new CurriculumCompletionUseCase() {
        public List<CurriculumRow> list(SessionTypeId type, Optional<Period> period, boolean completedOnly,
                                        PageRequest page) {
            periodsAsked.add(period);
            if (period.isPresent()) {
                return List.of(rows.getLast());
            }
            return rows.stream().filter(row -> !completedOnly || row.completion().complete())
                    .skip(page.offset()).limit(page.limit()).toList();
        }

        public int count(SessionTypeId type, Optional<Period> period, boolean completedOnly) {
            periodsAsked.add(period);
            if (period.isPresent()) {
                return 1;
            }
            return (int) rows.stream().filter(row -> !completedOnly || row.completion().complete()).count();
        }
    };

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes());
        ListSessionTypesUseCase types = new ListSessionTypesUseCase() {
            public List<SessionType> list(SessionTypeFilter filter, PageRequest page) {
                return List.of(MEETING, FDS);
            }

            public int count(SessionTypeFilter filter) {
                return 2;
            }

            public Optional<SessionType> get(SessionTypeId id) {
                return Optional.empty();
            }
        };
        UI.getCurrent().add(new CurriculumView(curriculum, types, CLOCK));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsCoveredAndMissingTopicsAndFiltersWhoCompletedTheCurriculum() {
        Grid<CurriculumRow> grid = _get(Grid.class, spec -> spec.withId("curriculum-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid, 1)).containsExactly("Ben (X2)", "North", "33.3%", "Health",
                "Nutrition, Education");
        _setValue(_get(Checkbox.class, spec -> spec.withId("curriculum-completed-only")), true);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).startsWith("Ana (X1)", "North", "100.0%");
    }

    @Test
    @SuppressWarnings("unchecked")
    void allTimeIsTheDefaultAndAChosenPeriodIsAskedFor() {
        Select<PeriodPreset> preset = _get(Select.class, spec -> spec.withId("curriculum-period"));
        assertThat(preset.getValue()).isEqualTo(PeriodPreset.ALL_TIME);
        _assertNone(DatePicker.class, spec -> spec.withId("curriculum-from"));
        assertThat(periodsAsked).isNotEmpty().allMatch(Optional::isEmpty);

        _setValue(preset, PeriodPreset.THIS_YEAR);
        Grid<CurriculumRow> grid = _get(Grid.class, spec -> spec.withId("curriculum-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).startsWith("Ben (X2)");
        assertThat(periodsAsked.getLast())
                .contains(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 29)));
        assertThat(_get(Span.class, spec -> spec.withId("curriculum-total")).getText()).isEqualTo("1 registrants");

        _setValue(_get(DatePicker.class, spec -> spec.withId("curriculum-from")), LocalDate.of(2026, 3, 1));
        assertThat(preset.getValue()).isEqualTo(PeriodPreset.CUSTOM);
        assertThat(periodsAsked.getLast())
                .contains(new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 11, 29)));

        _setValue(preset, PeriodPreset.ALL_TIME);
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(periodsAsked.getLast()).isEmpty();
    }
}
