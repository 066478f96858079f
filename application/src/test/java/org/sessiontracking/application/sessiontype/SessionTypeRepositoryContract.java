package org.sessiontracking.application.sessiontype;

import org.junit.jupiter.api.Test;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.DuplicateException;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.common.PageRequest.SortOrder;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.Frequency;
import org.sessiontracking.domain.sessiontype.HouseholdRule;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeDetails;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.sessiontype.Topic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link SessionTypeRepository} must do. Run against the jOOQ adapter on a real
 * PostgreSQL, the in-memory adapter and the use-case tests' fake, so that use-case tests on the fake can be trusted.
 * Names carry a per-test prefix because the real database may hold other types.
 */
public abstract class SessionTypeRepositoryContract {

    protected abstract SessionTypeRepository repository();

    private final String prefix = "T" + UUID.randomUUID().toString().substring(0, 8) + " ";

    private SessionType newType(String name, String code, int required, String... topics) {
        SessionTypeRepository repository = repository();
        List<Topic> initial = new ArrayList<>();
        for (String topic : topics) {
            initial.add(new Topic(repository.nextTopicId(), topic, true));
        }
        SessionTypeDetails details = new SessionTypeDetails(prefix + name, Optional.ofNullable(code), "about " + name,
                Frequency.MONTHLY, new BigDecimal("1.5"), required, ExcusedPolicy.COUNTS_AS_ABSENT, 4,
                HouseholdRule.GRANTEE);
        return SessionType.create(repository.nextId(), details, topics.length > 0, initial);
    }

    private String uniqueCode() {
        return "C" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void storesATypeWithAllItsSettingsAndTopicsInOrder() {
        String code = uniqueCode();
        SessionType fds = newType("FDS", code, 85, "Nutrition", "Education", "Health");
        repository().add(fds);

        SessionType stored = repository().findById(fds.id()).orElseThrow();
        assertThat(stored.details()).isEqualTo(fds.details());
        assertThat(stored.details().durationHours()).isEqualByComparingTo("1.5");
        assertThat(stored.topicTracking()).isTrue();
        assertThat(stored.topics()).isEqualTo(fds.topics());
        assertThat(stored.active()).isTrue();
        assertThat(stored.version()).isEqualTo(Version.NEW);
    }

    @Test
    void findsByNameAndCodeIgnoringCase() {
        String code = uniqueCode();
        SessionType workshop = newType("Workshop", code, 90);
        repository().add(workshop);

        assertThat(repository().findByName((prefix + "WORKSHOP").toLowerCase())).map(SessionType::id)
                .contains(workshop.id());
        assertThat(repository().findByCode(code.toLowerCase())).map(SessionType::id).contains(workshop.id());
        assertThat(repository().findByName(prefix + "Nothing")).isEmpty();
        assertThat(repository().findById(new SessionTypeId(987654321))).isEmpty();
    }

    @Test
    void refusesASecondTypeWithTheSameNameIgnoringCase() {
        repository().add(newType("Meeting", null, 75));
        SessionType twin = newType("MEETING", null, 50);
        assertThatThrownBy(() -> repository().add(twin))
                .isInstanceOf(DuplicateException.class)
                .satisfies(e -> assertThat(((DuplicateException) e).field()).contains("name"));
    }

    @Test
    void refusesASecondTypeWithTheSameCode() {
        String code = uniqueCode();
        repository().add(newType("One", code, 75));
        assertThatThrownBy(() -> repository().add(newType("Two", code, 75)))
                .isInstanceOf(DuplicateException.class)
                .satisfies(e -> assertThat(((DuplicateException) e).field()).contains("code"));
    }

    /** A type named exactly {@code name}, without the test's prefix (for names that are codes). */
    private SessionType namedExactly(String name, String code) {
        SessionTypeDetails details = new SessionTypeDetails(name, Optional.ofNullable(code), "", Frequency.MONTHLY,
                BigDecimal.ONE, 80, ExcusedPolicy.LEFT_OUT);
        return SessionType.create(repository().nextId(), details, false, List.of());
    }

    @Test
    void refusesANameThatIsAnotherTypesCodeIgnoringCase() {
        String code = uniqueCode();
        repository().add(newType("Coded", code, 75));
        assertThatThrownBy(() -> repository().add(namedExactly(code.toLowerCase(), null)))
                .isInstanceOf(DuplicateException.class)
                .satisfies(e -> assertThat(((DuplicateException) e).field()).contains("name"))
                .hasMessageContaining("code");

        SessionType other = namedExactly(uniqueCode(), null);
        repository().add(other);
        SessionType renamed = repository().findById(other.id()).orElseThrow();
        renamed.edit(new SessionTypeDetails(code, Optional.empty(), "", Frequency.MONTHLY, BigDecimal.ONE, 80,
                ExcusedPolicy.LEFT_OUT), false);
        assertThatThrownBy(() -> repository().update(renamed))
                .isInstanceOf(DuplicateException.class)
                .satisfies(e -> assertThat(((DuplicateException) e).field()).contains("name"));
    }

    @Test
    void refusesACodeThatIsAnotherTypesNameIgnoringCase() {
        String name = uniqueCode();
        repository().add(namedExactly(name, null));
        assertThatThrownBy(() -> repository().add(newType("Clashing", name.toLowerCase(), 75)))
                .isInstanceOf(DuplicateException.class)
                .satisfies(e -> assertThat(((DuplicateException) e).field()).contains("code"))
                .hasMessageContaining("name");

        SessionType other = newType("Recoded", uniqueCode(), 75);
        repository().add(other);
        SessionType recoded = repository().findById(other.id()).orElseThrow();
        recoded.edit(new SessionTypeDetails(recoded.name(), Optional.of(name), "", Frequency.MONTHLY, BigDecimal.ONE,
                80, ExcusedPolicy.LEFT_OUT), false);
        assertThatThrownBy(() -> repository().update(recoded))
                .isInstanceOf(DuplicateException.class)
                .satisfies(e -> assertThat(((DuplicateException) e).field()).contains("code"));
    }

    @Test
    void aTypesOwnNameMayBeItsOwnCode() {
        String both = uniqueCode();
        SessionType type = namedExactly(both, both);
        repository().add(type);
        SessionType edited = repository().findById(type.id()).orElseThrow();
        edited.edit(edited.details(), true);
        repository().update(edited);
        assertThat(repository().findById(type.id()).orElseThrow().topicTracking()).isTrue();
    }

    @Test
    void storesTopicChangesAndIncrementsTheVersion() {
        SessionType fds = newType("Curriculum", null, 80, "Nutrition", "Education", "Health");
        repository().add(fds);
        SessionType loaded = repository().findById(fds.id()).orElseThrow();
        List<Topic> topics = loaded.topics();
        loaded.renameTopic(topics.get(0).id(), "Food and Nutrition");
        loaded.moveTopic(topics.get(2).id(), 0);
        loaded.retireTopic(topics.get(1).id());
        loaded.addTopic(repository().nextTopicId(), "Child Protection");
        repository().update(loaded);

        SessionType stored = repository().findById(fds.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(new Version(1));
        assertThat(stored.topics()).extracting(Topic::name)
                .containsExactly("Health", "Food and Nutrition", "Education", "Child Protection");
        assertThat(stored.topics()).extracting(Topic::active).containsExactly(true, true, false, true);
        assertThat(stored.topics().get(1).id()).isEqualTo(topics.get(0).id());
    }

    @Test
    void refusesToOverwriteAChangeSomeoneElseSaved() {
        SessionType type = newType("Contested", null, 80);
        repository().add(type);
        SessionType mine = repository().findById(type.id()).orElseThrow();
        SessionType theirs = repository().findById(type.id()).orElseThrow();
        theirs.retire();
        repository().update(theirs);

        mine.edit(mine.details(), true);
        assertThatThrownBy(() -> repository().update(mine)).isInstanceOf(ConcurrentModificationException.class);
        assertThat(repository().findById(type.id()).orElseThrow().topicTracking()).isFalse();
    }

    @Test
    void listsFiltersSortsAndPages() {
        repository().add(newType("Alpha", null, 90));
        repository().add(newType("Bravo", null, 70, "One", "Two"));
        SessionType charlie = newType("Charlie", null, 80);
        charlie.retire();
        repository().add(charlie);

        SessionTypeFilter mine = new SessionTypeFilter(prefix.strip().toLowerCase(), true);
        assertThat(repository().count(mine)).isEqualTo(3);
        assertThat(repository().count(new SessionTypeFilter(prefix.strip(), false))).isEqualTo(2);

        PageRequest byRequiredDescending = new PageRequest(0, 10, List.of(new SortOrder("requiredAttendance", false)));
        assertThat(repository().list(mine, byRequiredDescending)).extracting(SessionType::name)
                .containsExactly(prefix + "Alpha", prefix + "Charlie", prefix + "Bravo");

        PageRequest secondPageByName = new PageRequest(1, 1, List.of(new SortOrder("name", true)));
        assertThat(repository().list(mine, secondPageByName)).extracting(SessionType::name)
                .containsExactly(prefix + "Bravo");

        PageRequest byTopicCount = new PageRequest(0, 1, List.of(new SortOrder("topicCount", false)));
        assertThat(repository().list(mine, byTopicCount)).extracting(SessionType::name)
                .containsExactly(prefix + "Bravo");
    }
}
