package org.sessiontracking.adapters.persistence.sessiontype;

import org.junit.jupiter.api.Test;
import org.sessiontracking.adapters.persistence.support.TestDatabase;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.sessiontype.SessionTypeFilter;
import org.sessiontracking.application.sessiontype.SessionTypeRepositoryContract;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.domain.sessiontype.Frequency;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.Topic;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

class JooqSessionTypeRepositoryTest extends SessionTypeRepositoryContract {

    private final JooqSessionTypeRepository repository = new JooqSessionTypeRepository(TestDatabase.dsl(),
            Clock.systemUTC());

    @Override
    protected SessionTypeRepository repository() {
        return repository;
    }

    @Test
    void theFourPreconfiguredTypesExistAfterMigration() {
        SessionType fds = repository.findByCode("FDS").orElseThrow();
        assertThat(fds.name()).isEqualTo("Family Development Session");
        assertThat(fds.details().frequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(fds.details().durationHours()).isEqualByComparingTo("2");
        assertThat(fds.details().requiredAttendance()).isEqualTo(85);
        assertThat(fds.offeredTopics()).extracting(Topic::name)
                .containsExactly("Nutrition", "Education", "Financial Literacy", "Health", "Child Protection");

        assertThat(repository.findByName("Training Session").orElseThrow().offeredTopics()).extracting(Topic::name)
                .containsExactly("Business Skills", "Agriculture", "Digital Literacy");
        assertThat(repository.findByName("Group Meeting").orElseThrow().details().frequency())
                .isEqualTo(Frequency.BI_WEEKLY);
        SessionType workshop = repository.findByName("Workshop").orElseThrow();
        assertThat(workshop.details().frequency()).isEqualTo(Frequency.ONE_TIME);
        assertThat(workshop.details().requiredAttendance()).isEqualTo(90);
        assertThat(workshop.topicTracking()).isFalse();
        assertThat(repository.list(SessionTypeFilter.ALL, PageRequest.first(100))).extracting(SessionType::name)
                .contains("Training Session", "Group Meeting", "Family Development Session", "Workshop");
    }
}
