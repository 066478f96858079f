package org.sessiontracking.bootstrap.wiring;

import org.jooq.DSLContext;
import org.sessiontracking.adapters.persistence.casework.JooqCaseRepository;
import org.sessiontracking.adapters.persistence.memory.MemoryPersistence;
import org.sessiontracking.adapters.web.casework.CaseUseCases;
import org.sessiontracking.adapters.web.casework.CasesTabProvider;
import org.sessiontracking.adapters.web.session.SessionTabProvider;
import org.sessiontracking.application.casework.port.in.AssignCaseWorkerUseCase;
import org.sessiontracking.application.casework.port.in.CasesRequiringSessionUseCase;
import org.sessiontracking.application.casework.port.in.CloseCaseUseCase;
import org.sessiontracking.application.casework.port.in.GetCaseUseCase;
import org.sessiontracking.application.casework.port.in.ListCasesUseCase;
import org.sessiontracking.application.casework.port.in.ManageCasePlanUseCase;
import org.sessiontracking.application.casework.port.in.OpenCaseUseCase;
import org.sessiontracking.application.casework.port.out.CaseRepository;
import org.sessiontracking.application.casework.usecase.AssignCaseWorker;
import org.sessiontracking.application.casework.usecase.CloseCase;
import org.sessiontracking.application.casework.usecase.GetCase;
import org.sessiontracking.application.casework.usecase.ListCases;
import org.sessiontracking.application.casework.usecase.ListCasesRequiringSession;
import org.sessiontracking.application.casework.usecase.ManageCasePlan;
import org.sessiontracking.application.casework.usecase.OpenCase;
import org.sessiontracking.application.compliance.port.out.ComplianceFlagRepository;
import org.sessiontracking.application.compliance.port.out.ComplianceQuery;
import org.sessiontracking.application.registrant.port.in.SearchRegistrantsUseCase;
import org.sessiontracking.application.session.port.in.ListSessionsUseCase;
import org.sessiontracking.application.session.port.out.SessionRepository;
import org.sessiontracking.application.sessiontype.port.in.ListSessionTypesUseCase;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.in.CurrentUserUseCase;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Cases: their storage on the chosen persistence adapter, the transactional use cases, and the session page's tab. */
@Configuration(proxyBeanMethods = false)
public class CaseWiring {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = PersistenceChoice.PROPERTY, havingValue = PersistenceChoice.POSTGRES,
            matchIfMissing = true)
    static class OnPostgres {
        @Bean
        CaseRepository caseRepository(DSLContext db) {
            return new JooqCaseRepository(db);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = PersistenceChoice.PROPERTY, havingValue = PersistenceChoice.MEMORY)
    static class InMemory {
        @Bean
        CaseRepository caseRepository(MemoryPersistence memory) {
            return memory.cases();
        }
    }

    @Bean
    OpenCaseUseCase openCaseUseCase(UseCaseTransactions tx, CaseRepository cases, ComplianceFlagRepository flags,
                                    ComplianceQuery query, UserRepository users, CurrentActor actor, Clock clock) {
        return tx.transactional(OpenCaseUseCase.class, new OpenCase(cases, flags, query, users, actor, clock));
    }

    @Bean
    ListCasesUseCase listCasesUseCase(UseCaseTransactions tx, CaseRepository cases, CurrentActor actor, Clock clock) {
        return tx.transactional(ListCasesUseCase.class, new ListCases(cases, actor, clock));
    }

    @Bean
    CasesRequiringSessionUseCase casesRequiringSessionUseCase(UseCaseTransactions tx, CaseRepository cases,
                                                              CurrentActor actor, Clock clock) {
        return tx.transactional(CasesRequiringSessionUseCase.class, new ListCasesRequiringSession(cases, actor, clock));
    }

    @Bean
    GetCaseUseCase getCaseUseCase(UseCaseTransactions tx, CaseRepository cases, ComplianceQuery query,
                                  ComplianceFlagRepository flags, SessionRepository sessions,
                                  SessionTypeRepository types, UserRepository users, CurrentActor actor, Clock clock) {
        return tx.transactional(GetCaseUseCase.class,
                new GetCase(cases, query, flags, sessions, types, users, actor, clock));
    }

    @Bean
    ManageCasePlanUseCase manageCasePlanUseCase(UseCaseTransactions tx, CaseRepository cases,
                                                SessionRepository sessions, SessionTypeRepository types,
                                                CurrentActor actor) {
        return tx.transactional(ManageCasePlanUseCase.class, new ManageCasePlan(cases, sessions, types, actor));
    }

    @Bean
    CloseCaseUseCase closeCaseUseCase(UseCaseTransactions tx, CaseRepository cases, CurrentActor actor, Clock clock) {
        return tx.transactional(CloseCaseUseCase.class, new CloseCase(cases, actor, clock));
    }

    @Bean
    AssignCaseWorkerUseCase assignCaseWorkerUseCase(UseCaseTransactions tx, CaseRepository cases,
                                                    UserRepository users, CurrentActor actor) {
        return tx.transactional(AssignCaseWorkerUseCase.class, new AssignCaseWorker(cases, users, actor));
    }

    @Bean
    CaseUseCases caseUseCases(OpenCaseUseCase open, ListCasesUseCase list, GetCaseUseCase get,
                              ManageCasePlanUseCase plan, CloseCaseUseCase close, AssignCaseWorkerUseCase assign,
                              SearchRegistrantsUseCase registrants, ListSessionTypesUseCase types,
                              ListSessionsUseCase sessions, CurrentUserUseCase currentUser) {
        return new CaseUseCases(open, list, get, plan, close, assign, registrants, types, sessions, currentUser);
    }

    /** The Cases tab of the session page. */
    @Bean
    SessionTabProvider casesTabProvider(CasesRequiringSessionUseCase cases, CurrentUserUseCase currentUser) {
        return new CasesTabProvider(cases, currentUser);
    }
}
