package org.sessiontracking.bootstrap.wiring;

import org.sessiontracking.application.enrolment.port.out.EnrolmentRepository;
import org.sessiontracking.application.exemption.port.out.ExemptionRepository;
import org.sessiontracking.application.registrant.port.out.RegistrantRepository;
import org.sessiontracking.application.compliance.port.in.ComplianceListUseCase;
import org.sessiontracking.application.compliance.port.in.HouseholdComplianceUseCase;
import org.sessiontracking.application.compliance.port.in.CurriculumCompletionUseCase;
import org.sessiontracking.application.compliance.port.in.FlagRegistrantUseCase;
import org.sessiontracking.application.compliance.port.in.ListFlagsUseCase;
import org.sessiontracking.application.compliance.port.in.RegistrantComplianceUseCase;
import org.sessiontracking.application.compliance.port.in.ResolveFlagUseCase;
import org.sessiontracking.application.compliance.port.out.ComplianceFlagRepository;
import org.sessiontracking.application.compliance.port.out.ComplianceQuery;
import org.sessiontracking.application.compliance.port.out.HouseholdComplianceQuery;
import org.sessiontracking.application.compliance.port.out.FrozenCompliance;
import org.sessiontracking.application.compliance.usecase.FlagRegistrant;
import org.sessiontracking.application.compliance.usecase.GetRegistrantCompliance;
import org.sessiontracking.application.compliance.usecase.ListCompliance;
import org.sessiontracking.application.compliance.usecase.ListHouseholdCompliance;
import org.sessiontracking.application.compliance.usecase.ListCurriculumCompletion;
import org.sessiontracking.application.compliance.usecase.ListFlags;
import org.sessiontracking.application.compliance.usecase.ResolveFlag;
import org.sessiontracking.application.eligibility.port.in.CheckEligibilityUseCase;
import org.sessiontracking.application.eligibility.port.in.ManageEligibilityRulesUseCase;
import org.sessiontracking.application.eligibility.port.in.PreviewEligibilityRuleUseCase;
import org.sessiontracking.application.eligibility.port.out.EligibilityExpressions;
import org.sessiontracking.application.eligibility.port.out.EligibilityFacts;
import org.sessiontracking.application.eligibility.port.out.EligibilityRuleRepository;
import org.sessiontracking.application.eligibility.usecase.CheckEligibility;
import org.sessiontracking.application.eligibility.usecase.ManageEligibilityRules;
import org.sessiontracking.application.eligibility.usecase.PreviewEligibilityRule;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.bootstrap.rules.CelEligibilityExpressions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Compliance, curriculum completion, flags and eligibility rules: the rule language and transactional use cases. */
@Configuration(proxyBeanMethods = false)
public class ComplianceWiring {

    @Bean
    EligibilityExpressions eligibilityExpressions() {
        return new CelEligibilityExpressions();
    }

    @Bean
    HouseholdComplianceUseCase householdComplianceUseCase(UseCaseTransactions tx, HouseholdComplianceQuery query,
                                                          SessionTypeRepository types, CurrentActor actor) {
        return tx.transactional(HouseholdComplianceUseCase.class, new ListHouseholdCompliance(query, types, actor));
    }

    @Bean
    ComplianceListUseCase complianceListUseCase(UseCaseTransactions tx, ComplianceQuery query,
                                                SessionTypeRepository types, CurrentActor actor,
                                                FrozenCompliance frozen) {
        return tx.transactional(ComplianceListUseCase.class, new ListCompliance(query, types, actor, frozen));
    }

    @Bean
    RegistrantComplianceUseCase registrantComplianceUseCase(UseCaseTransactions tx, ComplianceQuery query,
                                                            SessionTypeRepository types,
                                                            ExemptionRepository exemptions,
                                                            EnrolmentRepository enrolments,
                                                            RegistrantRepository registrants, CurrentActor actor,
                                                            Clock clock) {
        return tx.transactional(RegistrantComplianceUseCase.class,
                new GetRegistrantCompliance(query, types, exemptions, enrolments, registrants, actor, clock));
    }

    @Bean
    CurriculumCompletionUseCase curriculumCompletionUseCase(UseCaseTransactions tx, ComplianceQuery query,
                                                            SessionTypeRepository types, CurrentActor actor) {
        return tx.transactional(CurriculumCompletionUseCase.class, new ListCurriculumCompletion(query, types, actor));
    }

    @Bean
    FlagRegistrantUseCase flagRegistrantUseCase(UseCaseTransactions tx, ComplianceFlagRepository flags,
                                                ComplianceQuery query, SessionTypeRepository types,
                                                CurrentActor actor, Clock clock) {
        return tx.transactional(FlagRegistrantUseCase.class, new FlagRegistrant(flags, query, types, actor, clock));
    }

    @Bean
    ResolveFlagUseCase resolveFlagUseCase(UseCaseTransactions tx, ComplianceFlagRepository flags,
                                          CurrentActor actor, Clock clock) {
        return tx.transactional(ResolveFlagUseCase.class, new ResolveFlag(flags, actor, clock));
    }

    @Bean
    ListFlagsUseCase listFlagsUseCase(UseCaseTransactions tx, ComplianceFlagRepository flags, CurrentActor actor) {
        return tx.transactional(ListFlagsUseCase.class, new ListFlags(flags, actor));
    }

    @Bean
    ManageEligibilityRulesUseCase manageEligibilityRulesUseCase(UseCaseTransactions tx, EligibilityRuleRepository rules,
                                                                EligibilityFacts facts,
                                                                EligibilityExpressions expressions,
                                                                SessionTypeRepository types, CurrentActor actor,
                                                                FrozenCompliance frozen, Clock clock) {
        return tx.transactional(ManageEligibilityRulesUseCase.class,
                new ManageEligibilityRules(rules, facts, expressions, types, actor, frozen, clock));
    }

    @Bean
    PreviewEligibilityRuleUseCase previewEligibilityRuleUseCase(UseCaseTransactions tx, EligibilityFacts facts,
                                                                EligibilityExpressions expressions,
                                                                SessionTypeRepository types, CurrentActor actor,
                                                                FrozenCompliance frozen, Clock clock) {
        return tx.transactional(PreviewEligibilityRuleUseCase.class,
                new PreviewEligibilityRule(facts, expressions, types, actor, frozen, clock));
    }

    @Bean
    CheckEligibilityUseCase checkEligibilityUseCase(UseCaseTransactions tx, EligibilityRuleRepository rules,
                                                    EligibilityFacts facts, EligibilityExpressions expressions,
                                                    SessionTypeRepository types, CurrentActor actor,
                                                    FrozenCompliance frozen, Clock clock) {
        return tx.transactional(CheckEligibilityUseCase.class,
                new CheckEligibility(rules, facts, expressions, types, actor, frozen, clock));
    }
}
