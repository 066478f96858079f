package org.sessiontracking.adapters.web.compliance;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
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

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
    private final CurriculumCompletionUseCase curriculum = new CurriculumCompletionUseCase() {
        public List<CurriculumRow> list(SessionTypeId type, Optional<Period> period, boolean completedOnly,
                                        PageRequest page) {
            return rows.stream().filter(row -> !completedOnly || row.completion().complete())
                    .skip(page.offset()).limit(page.limit()).toList();
        }

        public int count(SessionTypeId type, Optional<Period> period, boolean completedOnly) {
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
        UI.getCurrent().add(new CurriculumView(curriculum, types));
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
}
