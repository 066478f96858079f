package org.sessiontracking.bootstrap.wiring;

import org.sessiontracking.adapters.web.sessiontype.SessionTypeUseCases;
import org.sessiontracking.application.sessiontype.port.in.AddTopicUseCase;
import org.sessiontracking.application.sessiontype.port.in.CreateSessionTypeUseCase;
import org.sessiontracking.application.sessiontype.port.in.EditSessionTypeUseCase;
import org.sessiontracking.application.sessiontype.port.in.ListSessionTypesUseCase;
import org.sessiontracking.application.sessiontype.port.in.MoveTopicUseCase;
import org.sessiontracking.application.sessiontype.port.in.ReactivateSessionTypeUseCase;
import org.sessiontracking.application.sessiontype.port.in.RenameTopicUseCase;
import org.sessiontracking.application.sessiontype.port.in.RestoreTopicUseCase;
import org.sessiontracking.application.sessiontype.port.in.RetireSessionTypeUseCase;
import org.sessiontracking.application.sessiontype.port.in.RetireTopicUseCase;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
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
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Session types: one transactional bean per use case over the chosen persistence adapter, and the screens' bundle. */
@Configuration(proxyBeanMethods = false)
public class SessionTypeWiring {

    @Bean
    ListSessionTypesUseCase listSessionTypesUseCase(UseCaseTransactions tx, SessionTypeRepository repository,
                                                    CurrentActor actor) {
        return tx.transactional(ListSessionTypesUseCase.class, new ListSessionTypes(repository, actor));
    }

    @Bean
    CreateSessionTypeUseCase createSessionTypeUseCase(UseCaseTransactions tx, SessionTypeRepository repository,
                                                      CurrentActor actor) {
        return tx.transactional(CreateSessionTypeUseCase.class, new CreateSessionType(repository, actor));
    }

    @Bean
    EditSessionTypeUseCase editSessionTypeUseCase(UseCaseTransactions tx, SessionTypeRepository repository,
                                                  CurrentActor actor) {
        return tx.transactional(EditSessionTypeUseCase.class, new EditSessionType(repository, actor));
    }

    @Bean
    RetireSessionTypeUseCase retireSessionTypeUseCase(UseCaseTransactions tx, SessionTypeRepository repository,
                                                      CurrentActor actor) {
        return tx.transactional(RetireSessionTypeUseCase.class, new RetireSessionType(repository, actor));
    }

    @Bean
    ReactivateSessionTypeUseCase reactivateSessionTypeUseCase(UseCaseTransactions tx,
                                                              SessionTypeRepository repository, CurrentActor actor) {
        return tx.transactional(ReactivateSessionTypeUseCase.class, new ReactivateSessionType(repository, actor));
    }

    @Bean
    AddTopicUseCase addTopicUseCase(UseCaseTransactions tx, SessionTypeRepository repository, CurrentActor actor) {
        return tx.transactional(AddTopicUseCase.class, new AddTopic(repository, actor));
    }

    @Bean
    RenameTopicUseCase renameTopicUseCase(UseCaseTransactions tx, SessionTypeRepository repository,
                                          CurrentActor actor) {
        return tx.transactional(RenameTopicUseCase.class, new RenameTopic(repository, actor));
    }

    @Bean
    MoveTopicUseCase moveTopicUseCase(UseCaseTransactions tx, SessionTypeRepository repository, CurrentActor actor) {
        return tx.transactional(MoveTopicUseCase.class, new MoveTopic(repository, actor));
    }

    @Bean
    RetireTopicUseCase retireTopicUseCase(UseCaseTransactions tx, SessionTypeRepository repository,
                                          CurrentActor actor) {
        return tx.transactional(RetireTopicUseCase.class, new RetireTopic(repository, actor));
    }

    @Bean
    RestoreTopicUseCase restoreTopicUseCase(UseCaseTransactions tx, SessionTypeRepository repository,
                                            CurrentActor actor) {
        return tx.transactional(RestoreTopicUseCase.class, new RestoreTopic(repository, actor));
    }

    @Bean
    SessionTypeUseCases sessionTypeUseCases(ListSessionTypesUseCase list, CreateSessionTypeUseCase create,
                                            EditSessionTypeUseCase edit, RetireSessionTypeUseCase retire,
                                            ReactivateSessionTypeUseCase reactivate, AddTopicUseCase addTopic,
                                            RenameTopicUseCase renameTopic, MoveTopicUseCase moveTopic,
                                            RetireTopicUseCase retireTopic, RestoreTopicUseCase restoreTopic) {
        return new SessionTypeUseCases(list, create, edit, retire, reactivate, addTopic, renameTopic, moveTopic,
                retireTopic, restoreTopic);
    }
}
