package org.sessiontracking.bootstrap.wiring;

import org.sessiontracking.adapters.web.registrant.RegistrantUseCases;
import org.sessiontracking.application.registrant.port.in.EditRegistrantUseCase;
import org.sessiontracking.application.registrant.port.in.FindRegistrantsUseCase;
import org.sessiontracking.application.registrant.port.in.ImportRegistrantsUseCase;
import org.sessiontracking.application.registrant.port.in.SearchRegistrantsUseCase;
import org.sessiontracking.application.registrant.port.out.RegistrantImportStore;
import org.sessiontracking.application.registrant.port.out.RegistrantRepository;
import org.sessiontracking.application.registrant.usecase.EditRegistrant;
import org.sessiontracking.application.registrant.usecase.FindRegistrants;
import org.sessiontracking.application.registrant.usecase.ImportRegistrants;
import org.sessiontracking.application.registrant.usecase.SearchRegistrants;
import org.sessiontracking.application.user.port.in.CurrentUserUseCase;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * Registrants: one transactional bean per use case over the chosen persistence adapter (an import
 * is one transaction: all rows or none), and the screens' bundle. {@link FindRegistrantsUseCase}
 * and {@link SearchRegistrantsUseCase} are also for other features (adding registrants to sessions).
 */
@Configuration(proxyBeanMethods = false)
public class RegistrantWiring {

    @Bean
    SearchRegistrantsUseCase searchRegistrantsUseCase(UseCaseTransactions tx, RegistrantRepository repository,
                                                      CurrentActor actor) {
        return tx.transactional(SearchRegistrantsUseCase.class, new SearchRegistrants(repository, actor));
    }

    @Bean
    FindRegistrantsUseCase findRegistrantsUseCase(UseCaseTransactions tx, RegistrantRepository repository,
                                                  CurrentActor actor) {
        return tx.transactional(FindRegistrantsUseCase.class, new FindRegistrants(repository, actor));
    }

    @Bean
    EditRegistrantUseCase editRegistrantUseCase(UseCaseTransactions tx, RegistrantRepository repository,
                                                CurrentActor actor, Clock clock) {
        return tx.transactional(EditRegistrantUseCase.class, new EditRegistrant(repository, actor, clock));
    }

    @Bean
    ImportRegistrantsUseCase importRegistrantsUseCase(UseCaseTransactions tx, RegistrantImportStore store,
                                                      CurrentActor actor, Clock clock) {
        return tx.transactional(ImportRegistrantsUseCase.class, new ImportRegistrants(store, actor, clock));
    }

    @Bean
    RegistrantUseCases registrantUseCases(SearchRegistrantsUseCase search, EditRegistrantUseCase edit,
                                          ImportRegistrantsUseCase importer, CurrentUserUseCase currentUser) {
        return new RegistrantUseCases(search, edit, importer, currentUser);
    }
}
