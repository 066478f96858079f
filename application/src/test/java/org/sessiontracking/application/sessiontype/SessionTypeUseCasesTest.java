package org.sessiontracking.application.sessiontype;

import org.junit.jupiter.api.Test;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.DuplicateException;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.sessiontype.port.in.AddTopicUseCase;
import org.sessiontracking.application.sessiontype.port.in.CreateSessionTypeUseCase;
import org.sessiontracking.application.sessiontype.port.in.EditSessionTypeUseCase;
import org.sessiontracking.application.sessiontype.port.in.MoveTopicUseCase;
import org.sessiontracking.application.sessiontype.port.in.RenameTopicUseCase;
import org.sessiontracking.application.sessiontype.port.in.SessionTypeVersion;
import org.sessiontracking.application.sessiontype.port.in.TopicRef;
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
import org.sessiontracking.application.support.FixedActor;
import org.sessiontracking.domain.common.AccessDeniedException;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeDetails;
import org.sessiontracking.domain.sessiontype.Topic;
import org.sessiontracking.domain.user.Role;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sessiontracking.domain.sessiontype.SessionTypeBuilder.aSessionType;

class SessionTypeUseCasesTest {

    private final InMemorySessionTypeRepository repository = new InMemorySessionTypeRepository();
    private final FixedActor actor = FixedActor.signedIn(Role.ADMINISTRATOR);

    private final CreateSessionType create = new CreateSessionType(repository, actor);
    private final EditSessionType edit = new EditSessionType(repository, actor);

    private SessionType createFds() {
        return create.create(new CreateSessionTypeUseCase.Command(aSessionType().details(), true,
                List.of("Nutrition", "Education", "Financial Literacy", "Health")));
    }

    private static SessionTypeVersion seen(SessionType type) {
        return new SessionTypeVersion(type.id(), type.version());
    }

    @Test
    void anAdministratorCreatesATypeWithTopicsAsInStepOne() {
        SessionType fds = createFds();
        assertThat(fds.name()).isEqualTo("Family Development Session");
        assertThat(fds.details().requiredAttendance()).isEqualTo(80);
        assertThat(fds.offeredTopics()).extracting(Topic::name)
                .containsExactly("Nutrition", "Education", "Financial Literacy", "Health");
        assertThat(new ListSessionTypes(repository, actor).count(SessionTypeFilter.ALL)).isEqualTo(1);
    }

    @Test
    void aSecondTypeWithTheSameNameIsRefusedOnTheNameField() {
        createFds();
        SessionTypeDetails sameName = aSessionType().name("family development SESSION").code("X").details();
        assertThatThrownBy(() -> create.create(new CreateSessionTypeUseCase.Command(sameName, false, List.of())))
                .isInstanceOf(DuplicateException.class)
                .hasMessage("A session type named 'Family Development Session' already exists")
                .satisfies(e -> assertThat(((DuplicateException) e).field()).contains("name"));
    }

    @Test
    void aTakenCodeIsRefusedOnTheCodeField() {
        createFds();
        SessionTypeDetails sameCode = aSessionType().name("Other").code("fds").details();
        assertThatThrownBy(() -> create.create(new CreateSessionTypeUseCase.Command(sameCode, false, List.of())))
                .hasMessage("Code 'FDS' is already used by 'Family Development Session'");
    }

    @Test
    void aNameThatIsAnotherTypesCodeIsRefusedOnTheNameField() {
        createFds();
        SessionTypeDetails namedLikeTheCode = aSessionType().name("fds").code("FDS2").details();
        assertThatThrownBy(() -> create.create(new CreateSessionTypeUseCase.Command(namedLikeTheCode, false, List.of())))
                .isInstanceOf(DuplicateException.class)
                .hasMessage("'FDS' is the code of 'Family Development Session': a name must differ from every other "
                        + "type's code, as rules may name a type by either")
                .satisfies(e -> assertThat(((DuplicateException) e).field()).contains("name"));

        SessionType other = create.create(new CreateSessionTypeUseCase.Command(
                aSessionType().name("Other").code("OTH").details(), false, List.of()));
        assertThatThrownBy(() -> edit.edit(new EditSessionTypeUseCase.Command(other.id(), other.version(),
                aSessionType().name("FDS").code("OTH").details(), false)))
                .satisfies(e -> assertThat(((DuplicateException) e).field()).contains("name"));
        assertThat(repository.findById(other.id()).orElseThrow().name()).isEqualTo("Other");
    }

    @Test
    void aCodeThatIsAnotherTypesNameIsRefusedOnTheCodeField() {
        create.create(new CreateSessionTypeUseCase.Command(aSessionType().name("Meeting").code(null).details(),
                false, List.of()));
        SessionTypeDetails codedLikeTheName = aSessionType().name("Group Meeting").code("MEETING").details();
        assertThatThrownBy(() -> create.create(new CreateSessionTypeUseCase.Command(codedLikeTheName, false, List.of())))
                .isInstanceOf(DuplicateException.class)
                .hasMessage("'Meeting' is the name of another session type: a code must differ from every other "
                        + "type's name, as rules may name a type by either")
                .satisfies(e -> assertThat(((DuplicateException) e).field()).contains("code"));

        SessionType fds = createFds();
        assertThatThrownBy(() -> edit.edit(new EditSessionTypeUseCase.Command(fds.id(), fds.version(),
                aSessionType().code("meeting").details(), true)))
                .satisfies(e -> assertThat(((DuplicateException) e).field()).contains("code"));
        assertThat(repository.findById(fds.id()).orElseThrow().details().code()).contains("FDS");
    }

    @Test
    void aTypesNameMayEqualItsOwnCode() {
        SessionType workshop = create.create(new CreateSessionTypeUseCase.Command(
                aSessionType().name("Workshop").code("WORKSHOP").details(), false, List.of()));
        SessionType edited = edit.edit(new EditSessionTypeUseCase.Command(workshop.id(), workshop.version(),
                aSessionType().name("WORKSHOP").code("workshop").details(), false));
        assertThat(edited.name()).isEqualTo("WORKSHOP");
    }

    @Test
    void onlyAdministratorsConfigureTypesAndNothingIsStoredOtherwise() {
        SessionType fds = createFds();
        actor.switchTo(FixedActor.signedIn(Role.STAFF).get());
        assertThatThrownBy(() -> createFds()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> new RetireSessionType(repository, actor).retire(seen(fds)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(repository.count(SessionTypeFilter.ALL)).isEqualTo(1);
        assertThat(repository.findById(fds.id()).orElseThrow().active()).isTrue();
        assertThat(new ListSessionTypes(repository, actor).list(SessionTypeFilter.ALL, PageRequest.first(10)))
                .hasSize(1);
    }

    @Test
    void editingATypeSomeoneElseChangedIsAConflict() {
        SessionType fds = createFds();
        new RetireSessionType(repository, actor).retire(seen(fds));
        EditSessionTypeUseCase.Command stale = new EditSessionTypeUseCase.Command(fds.id(), fds.version(),
                aSessionType().requiredAttendance(100).details(), true);
        assertThatThrownBy(() -> edit.edit(stale))
                .isInstanceOf(ConcurrentModificationException.class)
                .hasMessageContaining("was changed by someone else");
        assertThat(repository.findById(fds.id()).orElseThrow().details().requiredAttendance()).isEqualTo(80);
    }

    @Test
    void editingChangesTheSettingsAndReturnsTheNewVersion() {
        SessionType fds = createFds();
        SessionType edited = edit.edit(new EditSessionTypeUseCase.Command(fds.id(), fds.version(),
                aSessionType().requiredAttendance(85).details(), true));
        assertThat(edited.details().requiredAttendance()).isEqualTo(85);
        assertThat(edited.version()).isEqualTo(fds.version().next());
    }

    @Test
    void topicsAreAddedRenamedMovedRetiredAndRestored() {
        SessionType fds = createFds();
        fds = new AddTopic(repository, actor).addTopic(new AddTopicUseCase.Command(seen(fds), "Child Protection"));
        Topic nutrition = fds.topics().getFirst();
        fds = new RenameTopic(repository, actor).renameTopic(
                new RenameTopicUseCase.Command(seen(fds), nutrition.id(), "Nutrition and Health"));
        fds = new RenameTopic(repository, actor).renameTopic(
                new RenameTopicUseCase.Command(seen(fds), fds.topics().get(3).id(), "Health Care"));
        Topic childProtection = fds.topics().get(4);
        fds = new MoveTopic(repository, actor).moveTopic(new MoveTopicUseCase.Command(seen(fds), childProtection.id(), 0));
        fds = new RetireTopic(repository, actor).retireTopic(new TopicRef(seen(fds), nutrition.id()));

        assertThat(fds.topics()).extracting(Topic::name).containsExactly(
                "Child Protection", "Nutrition and Health", "Education", "Financial Literacy", "Health Care");
        assertThat(fds.offeredTopics()).extracting(Topic::name)
                .containsExactly("Child Protection", "Education", "Financial Literacy", "Health Care");

        fds = new RestoreTopic(repository, actor).restoreTopic(new TopicRef(seen(fds), nutrition.id()));
        assertThat(fds.offeredTopics()).hasSize(5);
    }

    @Test
    void aRefusedTopicChangeLeavesTheTypeAsItWas() {
        SessionType fds = createFds();
        AddTopic addTopic = new AddTopic(repository, actor);
        assertThatThrownBy(() -> addTopic.addTopic(new AddTopicUseCase.Command(seen(fds), "HEALTH")))
                .isInstanceOf(DomainException.class)
                .hasMessage("Topic 'Health' already exists");
        SessionType stored = repository.findById(fds.id()).orElseThrow();
        assertThat(stored.topics()).hasSize(4);
        assertThat(stored.version()).isEqualTo(fds.version());
    }

    @Test
    void aRetiredTypeCanBeReactivated() {
        SessionType fds = createFds();
        fds = new RetireSessionType(repository, actor).retire(seen(fds));
        assertThat(fds.active()).isFalse();
        assertThat(repository.count(SessionTypeFilter.ACTIVE)).isZero();
        fds = new ReactivateSessionType(repository, actor).reactivate(seen(fds));
        assertThat(fds.active()).isTrue();
    }
}
