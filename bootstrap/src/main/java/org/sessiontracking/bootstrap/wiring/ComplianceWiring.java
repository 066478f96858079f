package org.sessiontracking.bootstrap.wiring;

import org.jooq.DSLContext;
import org.sessiontracking.adapters.persistence.compliance.JooqComplianceFlagRepository;
import org.sessiontracking.adapters.persistence.compliance.JooqComplianceQuery;
import org.sessiontracking.adapters.persistence.eligibility.JooqEligibilityFacts;
import org.sessiontracking.adapters.persistence.eligibility.JooqEligibilityRuleRepository;
import org.sessiontracking.application.compliance.port.in.ComplianceListUseCase;
import org.sessiontracking.application.compliance.port.in.CurriculumCompletionUseCase;
import org.sessiontracking.application.compliance.port.in.FlagRegistrantUseCase;
import org.sessiontracking.application.compliance.port.in.ListFlagsUseCase;
import org.sessiontracking.application.compliance.port.in.RegistrantComplianceUseCase;
import org.sessiontracking.application.compliance.port.in.ResolveFlagUseCase;
import org.sessiontracking.application.compliance.port.out.ComplianceFlagRepository;
import org.sessiontracking.application.compliance.port.out.ComplianceQuery;
import org.sessiontracking.application.compliance.usecase.FlagRegistrant;
import org.sessiontracking.application.compliance.usecase.GetRegistrantCompliance;
import org.sessiontracking.application.compliance.usecase.ListCompliance;
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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Compliance, curriculum completion, flags and eligibility rules: adapters and transactional use cases. */
@Configuration(proxyBeanMethods = false)
public class ComplianceWiring {

    /**
     * The compliance grid answers a period nobody opened yet straight from the summary and has this
     * thread compute its snapshot meanwhile (one at a time; a few waiting at most, others are asked for
     * again by the next request).
     */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService complianceSnapshotBuilder() {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(8), runnable -> {
            Thread thread = new Thread(runnable, "compliance-snapshots");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    ComplianceQuery complianceQuery(DSLContext db, ExecutorService complianceSnapshotBuilder) {
        return new JooqComplianceQuery(db, complianceSnapshotBuilder);
    }

    @Bean
    ComplianceFlagRepository complianceFlagRepository(DSLContext db) {
        return new JooqComplianceFlagRepository(db);
    }

    @Bean
    EligibilityRuleRepository eligibilityRuleRepository(DSLContext db, Clock clock) {
        return new JooqEligibilityRuleRepository(db, clock);
    }

    @Bean
    EligibilityFacts eligibilityFacts(DSLContext db) {
        return new JooqEligibilityFacts(db);
    }

    @Bean
    EligibilityExpressions eligibilityExpressions() {
        return new CelEligibilityExpressions();
    }

    @Bean
    ComplianceListUseCase complianceListUseCase(UseCaseTransactions tx, ComplianceQuery query,
                                                SessionTypeRepository types, CurrentActor actor) {
        return tx.transactional(ComplianceListUseCase.class, new ListCompliance(query, types, actor));
    }

    @Bean
    RegistrantComplianceUseCase registrantComplianceUseCase(UseCaseTransactions tx, ComplianceQuery query,
                                                            SessionTypeRepository types, CurrentActor actor,
                                                            Clock clock) {
        return tx.transactional(RegistrantComplianceUseCase.class,
                new GetRegistrantCompliance(query, types, actor, clock));
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
                                                                Clock clock) {
        return tx.transactional(ManageEligibilityRulesUseCase.class,
                new ManageEligibilityRules(rules, facts, expressions, types, actor, clock));
    }

    @Bean
    PreviewEligibilityRuleUseCase previewEligibilityRuleUseCase(UseCaseTransactions tx, EligibilityFacts facts,
                                                                EligibilityExpressions expressions,
                                                                SessionTypeRepository types, CurrentActor actor,
                                                                Clock clock) {
        return tx.transactional(PreviewEligibilityRuleUseCase.class,
                new PreviewEligibilityRule(facts, expressions, types, actor, clock));
    }

    @Bean
    CheckEligibilityUseCase checkEligibilityUseCase(UseCaseTransactions tx, EligibilityRuleRepository rules,
                                                    EligibilityFacts facts, EligibilityExpressions expressions,
                                                    SessionTypeRepository types, CurrentActor actor, Clock clock) {
        return tx.transactional(CheckEligibilityUseCase.class,
                new CheckEligibility(rules, facts, expressions, types, actor, clock));
    }
}
