package org.sessiontracking.adapters.persistence.registrant;

import org.junit.jupiter.api.Test;
import org.sessiontracking.adapters.persistence.support.TestDatabase;
import org.sessiontracking.application.registrant.RegistrantFilter;
import org.sessiontracking.application.registrant.RegistrantRepositoryContract;
import org.sessiontracking.application.registrant.port.out.RegistrantImportStore;
import org.sessiontracking.application.registrant.port.out.RegistrantRepository;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

class JooqRegistrantRepositoryTest extends RegistrantRepositoryContract {

    private final JooqRegistrantRepository repository = new JooqRegistrantRepository(TestDatabase.dsl(), Clock.systemUTC());
    private final JooqRegistrantImportStore importStore = new JooqRegistrantImportStore(TestDatabase.dsl(),
            Clock.systemUTC());

    @Override
    protected RegistrantRepository repository() {
        return repository;
    }

    @Override
    protected RegistrantImportStore importStore() {
        return importStore;
    }

    @Test
    void searchTextsAreInlinedWithLikeWildcardsEscaped() {
        String sql = TestDatabase.dsl().renderInlined(TestDatabase.dsl().selectOne()
                .where(JooqRegistrantRepository.matching(RegistrantFilter.text("50%_o'k"))));
        assertThat(sql).contains("'50!%!_o''k%'").contains("ilike '%50!%!_o''k%' escape '!'");
        assertThat(repository.search(RegistrantFilter.text("%"), org.sessiontracking.application.common.PageRequest.first(5)))
                .as("a percent sign matches itself, not everything").allSatisfy(found ->
                        assertThat(found.fullName() + found.externalId()).contains("%"));
    }
}
