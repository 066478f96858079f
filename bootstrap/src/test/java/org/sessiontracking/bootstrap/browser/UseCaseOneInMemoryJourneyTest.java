package org.sessiontracking.bootstrap.browser;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.compliance.port.out.ComplianceQuery;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Use case 1 of the guide (sign in, import registrants, create a type, schedule a series, record
 * attendance, read the compliance list: {@link UseCaseOneJourneyTest}) once more, with the application
 * started on the in-memory persistence adapter, {@code sessiontracking.persistence=memory}: the same
 * screens and use cases on other adapters, and no database at all.
 */
@TestPropertySource(properties = "sessiontracking.persistence=memory")
class UseCaseOneInMemoryJourneyTest extends UseCaseOneJourneyTest {

    @Autowired
    private ApplicationContext context;

    @Test
    void theApplicationRunsOnTheMemoryAdapterWithoutAnyDatabase() {
        assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();
        assertThat(context.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
        assertThat(context.getBeanNamesForType(org.jooq.DSLContext.class)).isEmpty();
        assertThat(context.getBean(ComplianceQuery.class).getClass().getPackageName())
                .isEqualTo("org.sessiontracking.adapters.persistence.memory");
        assertThat(context.getBean(UserRepository.class).getClass().getPackageName())
                .isEqualTo("org.sessiontracking.adapters.persistence.memory");
    }
}
