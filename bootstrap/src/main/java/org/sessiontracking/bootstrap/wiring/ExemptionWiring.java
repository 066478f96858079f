package org.sessiontracking.bootstrap.wiring;

import org.sessiontracking.adapters.web.exemption.ExemptionUseCases;
import org.sessiontracking.application.attendance.port.out.AttendanceRegistrants;
import org.sessiontracking.application.exemption.port.in.AddExemptionUseCase;
import org.sessiontracking.application.exemption.port.in.EndExemptionUseCase;
import org.sessiontracking.application.exemption.port.in.ExplainExemptionsUseCase;
import org.sessiontracking.application.exemption.port.in.ListExemptionsUseCase;
import org.sessiontracking.application.exemption.port.in.RemoveExemptionUseCase;
import org.sessiontracking.application.exemption.port.out.ExemptionRepository;
import org.sessiontracking.application.exemption.usecase.AddExemption;
import org.sessiontracking.application.exemption.usecase.EndExemption;
import org.sessiontracking.application.exemption.usecase.ExplainExemptions;
import org.sessiontracking.application.exemption.usecase.ListExemptions;
import org.sessiontracking.application.exemption.usecase.RemoveExemption;
import org.sessiontracking.application.sessiontype.port.in.ListSessionTypesUseCase;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Exemptions: one transactional bean per use case over the chosen persistence adapter's repository. */
@Configuration(proxyBeanMethods = false)
public class ExemptionWiring {

    @Bean
    ListExemptionsUseCase listExemptionsUseCase(UseCaseTransactions tx, ExemptionRepository exemptions,
                                                AttendanceRegistrants registrants, CurrentActor actor) {
        return tx.transactional(ListExemptionsUseCase.class, new ListExemptions(exemptions, registrants, actor));
    }

    @Bean
    AddExemptionUseCase addExemptionUseCase(UseCaseTransactions tx, ExemptionRepository exemptions,
                                            AttendanceRegistrants registrants, SessionTypeRepository types,
                                            CurrentActor actor, Clock clock) {
        return tx.transactional(AddExemptionUseCase.class,
                new AddExemption(exemptions, registrants, types, actor, clock));
    }

    @Bean
    EndExemptionUseCase endExemptionUseCase(UseCaseTransactions tx, ExemptionRepository exemptions,
                                            CurrentActor actor) {
        return tx.transactional(EndExemptionUseCase.class, new EndExemption(exemptions, actor));
    }

    @Bean
    RemoveExemptionUseCase removeExemptionUseCase(UseCaseTransactions tx, ExemptionRepository exemptions,
                                                  CurrentActor actor) {
        return tx.transactional(RemoveExemptionUseCase.class, new RemoveExemption(exemptions, actor));
    }

    /** What the Exemptions screen calls. */
    @Bean
    ExemptionUseCases exemptionUseCases(ListExemptionsUseCase list, AddExemptionUseCase add, EndExemptionUseCase end,
                                        RemoveExemptionUseCase remove, ListSessionTypesUseCase types) {
        return new ExemptionUseCases(list, add, end, remove, types);
    }

    @Bean
    ExplainExemptionsUseCase explainExemptionsUseCase(UseCaseTransactions tx, ExemptionRepository exemptions,
                                                      CurrentActor actor) {
        return tx.transactional(ExplainExemptionsUseCase.class, new ExplainExemptions(exemptions, actor));
    }
}
