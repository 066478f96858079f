package org.sessiontracking.bootstrap.wiring;

import org.sessiontracking.adapters.web.graduation.GraduationUseCases;
import org.sessiontracking.application.eligibility.port.in.ManageEligibilityRulesUseCase;
import org.sessiontracking.application.eligibility.port.out.EligibilityExpressions;
import org.sessiontracking.application.eligibility.port.out.EligibilityFacts;
import org.sessiontracking.application.eligibility.port.out.EligibilityRuleRepository;
import org.sessiontracking.application.eligibility.usecase.SavedRuleEvaluation;
import org.sessiontracking.application.graduation.port.in.GraduateUseCase;
import org.sessiontracking.application.graduation.port.in.GraduationHistoryUseCase;
import org.sessiontracking.application.graduation.port.in.GraduationReadinessUseCase;
import org.sessiontracking.application.graduation.port.in.ManageGraduationPathwaysUseCase;
import org.sessiontracking.application.graduation.port.in.RecordAssessmentUseCase;
import org.sessiontracking.application.graduation.port.in.RevokeGraduationUseCase;
import org.sessiontracking.application.graduation.port.out.GraduationPathwayRepository;
import org.sessiontracking.application.graduation.port.out.GraduationRecords;
import org.sessiontracking.application.graduation.port.out.ReadinessQuery;
import org.sessiontracking.application.graduation.usecase.Graduate;
import org.sessiontracking.application.graduation.usecase.GraduationHistory;
import org.sessiontracking.application.graduation.usecase.ListReadiness;
import org.sessiontracking.application.graduation.usecase.ManageGraduationPathways;
import org.sessiontracking.application.graduation.usecase.RecordAssessment;
import org.sessiontracking.application.graduation.usecase.RevokeGraduation;
import org.sessiontracking.application.registrant.port.out.RegistrantRepository;
import org.sessiontracking.application.sessiontype.port.in.ListSessionTypesUseCase;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.in.CurrentUserUseCase;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.application.compliance.port.out.FrozenCompliance;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Graduation pathways, readiness, assessments and graduations: transactional use cases over the chosen adapter. */
@Configuration(proxyBeanMethods = false)
public class GraduationWiring {

    @Bean
    SavedRuleEvaluation savedRuleEvaluation(EligibilityRuleRepository rules, EligibilityFacts facts,
                                            EligibilityExpressions expressions, SessionTypeRepository types,
                                            FrozenCompliance frozen, Clock clock) {
        return new SavedRuleEvaluation(rules, facts, expressions, types, frozen, clock);
    }

    @Bean
    ManageGraduationPathwaysUseCase manageGraduationPathwaysUseCase(UseCaseTransactions tx,
                                                                    GraduationPathwayRepository pathways,
                                                                    SessionTypeRepository types,
                                                                    EligibilityRuleRepository rules,
                                                                    CurrentActor actor) {
        return tx.transactional(ManageGraduationPathwaysUseCase.class,
                new ManageGraduationPathways(pathways, types, rules, actor));
    }

    @Bean
    GraduationReadinessUseCase graduationReadinessUseCase(UseCaseTransactions tx, ReadinessQuery query,
                                                          GraduationPathwayRepository pathways,
                                                          SessionTypeRepository types, SavedRuleEvaluation rules,
                                                          CurrentActor actor) {
        return tx.transactional(GraduationReadinessUseCase.class, new ListReadiness(query, pathways, types, rules, actor));
    }

    @Bean
    RecordAssessmentUseCase recordAssessmentUseCase(UseCaseTransactions tx, GraduationPathwayRepository pathways,
                                                    GraduationRecords records, RegistrantRepository registrants,
                                                    CurrentActor actor, Clock clock) {
        return tx.transactional(RecordAssessmentUseCase.class,
                new RecordAssessment(pathways, records, registrants, actor, clock));
    }

    @Bean
    GraduateUseCase graduateUseCase(UseCaseTransactions tx, ReadinessQuery query, GraduationPathwayRepository pathways,
                                    SessionTypeRepository types, SavedRuleEvaluation rules, GraduationRecords records,
                                    CurrentActor actor, Clock clock) {
        return tx.transactional(GraduateUseCase.class, new Graduate(query, pathways, types, rules, records, actor, clock));
    }

    @Bean
    RevokeGraduationUseCase revokeGraduationUseCase(UseCaseTransactions tx, GraduationRecords records,
                                                    CurrentActor actor, Clock clock) {
        return tx.transactional(RevokeGraduationUseCase.class, new RevokeGraduation(records, actor, clock));
    }

    @Bean
    GraduationHistoryUseCase graduationHistoryUseCase(UseCaseTransactions tx, GraduationRecords records,
                                                      UserRepository users, CurrentActor actor) {
        return tx.transactional(GraduationHistoryUseCase.class, new GraduationHistory(records, users, actor));
    }

    @Bean
    GraduationUseCases graduationUseCases(ManageGraduationPathwaysUseCase pathways,
                                          GraduationReadinessUseCase readiness, RecordAssessmentUseCase assess,
                                          GraduateUseCase graduate, RevokeGraduationUseCase revoke,
                                          GraduationHistoryUseCase history, ListSessionTypesUseCase types,
                                          ManageEligibilityRulesUseCase rules, CurrentUserUseCase currentUser,
                                          Clock clock) {
        return new GraduationUseCases(pathways, readiness, assess, graduate, revoke, history, types, rules,
                currentUser, clock);
    }
}
