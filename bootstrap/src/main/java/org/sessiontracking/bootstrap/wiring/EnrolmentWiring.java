package org.sessiontracking.bootstrap.wiring;

import org.sessiontracking.adapters.web.enrolment.EnrolmentUseCases;
import org.sessiontracking.application.enrolment.port.in.AddEnrolmentUseCase;
import org.sessiontracking.application.enrolment.port.in.EndEnrolmentUseCase;
import org.sessiontracking.application.enrolment.port.in.ListEnrolmentsUseCase;
import org.sessiontracking.application.enrolment.port.in.RemoveEnrolmentUseCase;
import org.sessiontracking.application.enrolment.port.out.EnrolmentRepository;
import org.sessiontracking.application.enrolment.usecase.AddEnrolment;
import org.sessiontracking.application.enrolment.usecase.EndEnrolment;
import org.sessiontracking.application.enrolment.usecase.ListEnrolments;
import org.sessiontracking.application.enrolment.usecase.RemoveEnrolment;
import org.sessiontracking.application.registrant.port.out.RegistrantRepository;
import org.sessiontracking.application.sessiontype.port.in.ListSessionTypesUseCase;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Enrolment: one transactional bean per use case over the chosen persistence adapter's repository. */
@Configuration(proxyBeanMethods = false)
public class EnrolmentWiring {

    @Bean
    ListEnrolmentsUseCase listEnrolmentsUseCase(UseCaseTransactions tx, EnrolmentRepository enrolments,
                                                RegistrantRepository registrants, CurrentActor actor) {
        return tx.transactional(ListEnrolmentsUseCase.class, new ListEnrolments(enrolments, registrants, actor));
    }

    @Bean
    AddEnrolmentUseCase addEnrolmentUseCase(UseCaseTransactions tx, EnrolmentRepository enrolments,
                                            RegistrantRepository registrants, SessionTypeRepository types,
                                            CurrentActor actor, Clock clock) {
        return tx.transactional(AddEnrolmentUseCase.class,
                new AddEnrolment(enrolments, registrants, types, actor, clock));
    }

    @Bean
    EndEnrolmentUseCase endEnrolmentUseCase(UseCaseTransactions tx, EnrolmentRepository enrolments,
                                            CurrentActor actor) {
        return tx.transactional(EndEnrolmentUseCase.class, new EndEnrolment(enrolments, actor));
    }

    /** What the Enrolment screen calls. */
    @Bean
    EnrolmentUseCases enrolmentUseCases(ListEnrolmentsUseCase list, AddEnrolmentUseCase add, EndEnrolmentUseCase end,
                                        RemoveEnrolmentUseCase remove, ListSessionTypesUseCase types) {
        return new EnrolmentUseCases(list, add, end, remove, types);
    }

    @Bean
    RemoveEnrolmentUseCase removeEnrolmentUseCase(UseCaseTransactions tx, EnrolmentRepository enrolments,
                                                  CurrentActor actor) {
        return tx.transactional(RemoveEnrolmentUseCase.class, new RemoveEnrolment(enrolments, actor));
    }
}
