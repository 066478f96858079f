package org.sessiontracking.adapters.web.sessiontype;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.sessiontype.InMemorySessionTypeRepository;
import org.sessiontracking.application.sessiontype.SessionTypeFilter;
import org.sessiontracking.application.sessiontype.usecase.AddTopic;
import org.sessiontracking.application.sessiontype.usecase.CreateSessionType;
import org.sessiontracking.application.sessiontype.usecase.EditSessionType;
import org.sessiontracking.application.sessiontype.usecase.ListSessionTypes;
import org.sessiontracking.application.sessiontype.usecase.MoveTopic;
import org.sessiontracking.application.sessiontype.usecase.ReactivateSessionType;
import org.sessiontracking.application.sessiontype.usecase.RenameTopic;
import org.sessiontracking.application.sessiontype.usecase.RestoreTopic;
import org.sessiontracking.application.sessiontype.usecase.RetireSessionType;
import org.sessiontracking.application.sessiontype.usecase.RetireTopic;
import org.sessiontracking.application.sessiontype.port.in.CreateSessionTypeUseCase;
import org.sessiontracking.application.sessiontype.port.in.SessionTypeVersion;
import org.sessiontracking.application.support.FixedActor;
import org.sessiontracking.domain.sessiontype.HouseholdRule;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.Topic;
import org.sessiontracking.domain.user.Role;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sessiontracking.domain.sessiontype.SessionTypeBuilder.aSessionType;

class SessionTypesViewTest {

    private final InMemorySessionTypeRepository repository = new InMemorySessionTypeRepository();
    private final FixedActor admin = FixedActor.signedIn(Role.ADMINISTRATOR);
    private final SessionTypeUseCases useCases = new SessionTypeUseCases(new ListSessionTypes(repository, admin),
            new CreateSessionType(repository, admin), new EditSessionType(repository, admin),
            new RetireSessionType(repository, admin), new ReactivateSessionType(repository, admin),
            new AddTopic(repository, admin), new RenameTopic(repository, admin), new MoveTopic(repository, admin),
            new RetireTopic(repository, admin), new RestoreTopic(repository, admin));

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes());
        useCases.create().create(new CreateSessionTypeUseCase.Command(aSessionType().name("Group Meeting").code("MEETING")
                .withoutTopicTracking().details(), false, List.of()));
        UI.getCurrent().add(new SessionTypesView(useCases));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @SuppressWarnings("unchecked")
    private Grid<SessionType> grid() {
        return _get(Grid.class, spec -> spec.withId("session-types-grid"));
    }

    private void fillStepOne(String name, int required) {
        _click(_get(Button.class, spec -> spec.withId("create-session-type")));
        _setValue(_get(TextField.class, spec -> spec.withId("type-name")), name);
        _setValue(_get(TextField.class, spec -> spec.withId("type-required-attendance")), String.valueOf(required));
    }

    private void addTopic(String name) {
        _setValue(_get(TextField.class, spec -> spec.withId("new-topic")), name);
        _click(_get(Button.class, spec -> spec.withId("add-topic")));
    }

    private SessionType stored(String name) {
        return repository.findByName(name).orElseThrow();
    }

    @Test
    void theGridListsTheTypesAndFiltersByName() {
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid(), 0))
                .containsSequence("Group Meeting", "MEETING", "Monthly", "2 h", "80%", "No", "0");
        _setValue(_get(TextField.class, spec -> spec.withId("type-filter")), "nothing like it");
        assertThat(GridKt._size(grid())).isZero();
    }

    @Test
    void anAdministratorCreatesATypeWithTopicsAsInStepOne() {
        fillStepOne("FDS", 80);
        _setValue(_get(Checkbox.class, spec -> spec.withId("type-topic-tracking")), true);
        addTopic("Nutrition");
        addTopic("Education");
        addTopic("Financial Literacy");
        addTopic("Health");
        _click(_get(Button.class, spec -> spec.withId("save-session-type")));

        SessionType fds = stored("FDS");
        assertThat(fds.details().requiredAttendance()).isEqualTo(80);
        assertThat(fds.offeredTopics()).extracting(Topic::name)
                .containsExactly("Nutrition", "Education", "Financial Literacy", "Health");
        assertThat(GridKt._size(grid())).isEqualTo(2);
        assertThat(_find(SessionTypeDialog.class)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorChoosesHowAHouseholdsComplianceFollowsFromItsMembers() {
        fillStepOne("FDS", 80);
        Select<HouseholdRule> rule = _get(Select.class, spec -> spec.withId("type-household-rule"));
        assertThat(rule.getValue()).isEqualTo(HouseholdRule.EVERY_MEMBER);
        _setValue(rule, HouseholdRule.GRANTEE);
        _click(_get(Button.class, spec -> spec.withId("save-session-type")));
        assertThat(stored("FDS").details().householdRule()).isEqualTo(HouseholdRule.GRANTEE);

        List<String> names = GridKt._findAll(grid()).stream().map(SessionType::name).toList();
        GridKt._clickItem(grid(), names.indexOf("FDS"));
        Select<HouseholdRule> reopened = _get(Select.class, spec -> spec.withId("type-household-rule"));
        assertThat(reopened.getValue()).isEqualTo(HouseholdRule.GRANTEE);
    }

    @Test
    void theTopicsEditorAppearsOnlyWithTopicTracking() {
        fillStepOne("Workshop", 90);
        assertThat(_find(TopicsEditor.class)).isEmpty();
        _setValue(_get(Checkbox.class, spec -> spec.withId("type-topic-tracking")), true);
        assertThat(_find(TopicsEditor.class)).hasSize(1);
    }

    @Test
    void aRefusedValueIsShownNextToItsFieldAndNothingIsStoredOrLost() {
        fillStepOne("Skills Training", 120);
        _click(_get(Button.class, spec -> spec.withId("save-session-type")));

        TextField required = _get(TextField.class, spec -> spec.withId("type-required-attendance"));
        assertThat(required.isInvalid()).isTrue();
        assertThat(required.getErrorMessage()).isEqualTo("Required attendance must be between 0 and 100");
        assertThat(_get(TextField.class, spec -> spec.withId("type-name")).getValue()).isEqualTo("Skills Training");
        assertThat(repository.count(SessionTypeFilter.ALL)).isEqualTo(1);
    }

    @Test
    void aDecimalRequiredAttendanceIsRefusedWithItsOwnMessageNeverReadAsAnotherNumber() {
        for (String decimal : List.of("5.5", "50.5", "5,5")) {
            fillStepOne("Skills Training " + decimal, 80);
            TextField required = _get(TextField.class, spec -> spec.withId("type-required-attendance"));
            _setValue(required, decimal);
            _click(_get(Button.class, spec -> spec.withId("save-session-type")));

            assertThat(required.isInvalid()).as(decimal).isTrue();
            assertThat(required.getErrorMessage()).as(decimal)
                    .isEqualTo("Required attendance is a whole percentage, e.g. 80");
            assertThat(required.getValue()).isEqualTo(decimal);
            assertThat(repository.count(SessionTypeFilter.ALL)).as(decimal).isEqualTo(1);
            _click(_get(Button.class, spec -> spec.withId("cancel-session-type")));
        }
        fillStepOne("Skills Training", 80);
        _setValue(_get(TextField.class, spec -> spec.withId("type-required-attendance")), " 55 ");
        _click(_get(Button.class, spec -> spec.withId("save-session-type")));
        assertThat(stored("Skills Training").details().requiredAttendance()).isEqualTo(55);
    }

    @Test
    void theNameCodeAndDescriptionCountTheirCharactersAgainstTheLimitAsTheUserTypes() {
        _click(_get(Button.class, spec -> spec.withId("create-session-type")));
        TextField name = _get(TextField.class, spec -> spec.withId("type-name"));
        assertThat(name.getMaxLength()).as("nothing typed is cut off").isZero();
        assertThat(name.getHelperText()).isEqualTo("e.g. Family Development Session · 0/100");
        _setValue(name, "Skills Training");
        assertThat(name.getHelperText()).isEqualTo("e.g. Family Development Session · 15/100");
        _setValue(name, "x".repeat(101));
        assertThat(name.getHelperText()).endsWith("101/100: 1 too many");

        TextField code = _get(TextField.class, spec -> spec.withId("type-code"));
        _setValue(code, "SKL");
        assertThat(code.getHelperText()).endsWith(" · 3/12");
        TextArea description = _get(TextArea.class, spec -> spec.withId("type-description"));
        _setValue(description, "abc");
        assertThat(description.getHelperText()).isEqualTo("3/1000");
    }

    @Test
    void aNameOverTheLimitIsRefusedWithTheDomainsMessageOnTheFieldAndNothingIsCut() {
        fillStepOne("x".repeat(101), 80);
        _click(_get(Button.class, spec -> spec.withId("save-session-type")));
        TextField name = _get(TextField.class, spec -> spec.withId("type-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Name must be at most 100 characters, got 101");
        assertThat(name.getValue()).hasSize(101);
        assertThat(repository.count(SessionTypeFilter.ALL)).isEqualTo(1);

        _setValue(name, "Skills Training");
        _setValue(_get(TextField.class, spec -> spec.withId("type-code")), "ABCDEFGHIJKLM");
        _click(_get(Button.class, spec -> spec.withId("save-session-type")));
        TextField code = _get(TextField.class, spec -> spec.withId("type-code"));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).startsWith("Code must be 1 to 12 letters");
        assertThat(name.isInvalid()).isFalse();
    }

    @Test
    void aNameThatIsAnotherTypesCodeIsShownOnTheNameFieldAsTheUseCaseSaysIt() {
        fillStepOne("meeting", 75);
        _click(_get(Button.class, spec -> spec.withId("save-session-type")));
        TextField name = _get(TextField.class, spec -> spec.withId("type-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).startsWith("'MEETING' is the code of 'Group Meeting'");

        useCases.create().create(new CreateSessionTypeUseCase.Command(aSessionType().name("Yoga").code(null)
                .withoutTopicTracking().details(), false, List.of()));
        _setValue(name, "Skills Training");
        _setValue(_get(TextField.class, spec -> spec.withId("type-code")), "yoga");
        _click(_get(Button.class, spec -> spec.withId("save-session-type")));
        TextField code = _get(TextField.class, spec -> spec.withId("type-code"));
        assertThat(name.isInvalid()).isFalse();
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).startsWith("'Yoga' is the name of another session type");
        assertThat(repository.count(SessionTypeFilter.ALL)).isEqualTo(2);
    }

    @Test
    void aTakenNameIsShownOnTheNameField() {
        fillStepOne("group meeting", 75);
        _click(_get(Button.class, spec -> spec.withId("save-session-type")));
        TextField name = _get(TextField.class, spec -> spec.withId("type-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("A session type named 'Group Meeting' already exists");
        assertThat(repository.count(SessionTypeFilter.ALL)).isEqualTo(1);
    }

    @Test
    void aDuplicateDraftTopicIsRefusedNextToTheTopicField() {
        fillStepOne("FDS", 80);
        _setValue(_get(Checkbox.class, spec -> spec.withId("type-topic-tracking")), true);
        addTopic("Health");
        addTopic("HEALTH");
        TextField newTopic = _get(TextField.class, spec -> spec.withId("new-topic"));
        assertThat(newTopic.isInvalid()).isTrue();
        assertThat(newTopic.getErrorMessage()).isEqualTo("Topic 'Health' already exists");
        assertThat(newTopic.getValue()).isEqualTo("HEALTH");
    }

    @Test
    void topicsOfAStoredTypeAreSavedAsTheyAreAdded() {
        useCases.create().create(new CreateSessionTypeUseCase.Command(aSessionType().details(), true,
                List.of("Nutrition")));
        grid().getDataProvider().refreshAll();
        List<String> names = GridKt._findAll(grid()).stream().map(SessionType::name).toList();
        GridKt._clickItem(grid(), names.indexOf("Family Development Session"));

        addTopic("Child Protection");

        assertThat(stored("Family Development Session").offeredTopics()).extracting(Topic::name)
                .containsExactly("Nutrition", "Child Protection");
    }

    @Test
    void savingOverSomeoneElsesChangeKeepsTheInputAndSaysSo() {
        SessionType meeting = stored("Group Meeting");
        GridKt._clickItem(grid(), 0);
        useCases.retire().retire(new SessionTypeVersion(
                meeting.id(), meeting.version()));

        _setValue(_get(TextField.class, spec -> spec.withId("type-required-attendance")), "60");
        _click(_get(Button.class, spec -> spec.withId("save-session-type")));

        Div conflict = _get(Div.class, spec -> spec.withId("conflict-message"));
        assertThat(_get(conflict, Span.class).getText())
                .contains("was changed by someone else");
        assertThat(_get(TextField.class, spec -> spec.withId("type-required-attendance")).getValue()).isEqualTo("60");
        assertThat(stored("Group Meeting").details().requiredAttendance()).isEqualTo(80);
    }
}
