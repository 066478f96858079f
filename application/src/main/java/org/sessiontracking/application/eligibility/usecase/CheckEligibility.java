package org.sessiontracking.application.eligibility.usecase;

import org.sessiontracking.application.compliance.port.out.FrozenCompliance;
import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.eligibility.Outcome;
import org.sessiontracking.application.eligibility.RegistrantFacts;
import org.sessiontracking.application.eligibility.port.in.CheckEligibilityUseCase;
import org.sessiontracking.application.eligibility.port.out.EligibilityExpressions;
import org.sessiontracking.application.eligibility.port.out.EligibilityFacts;
import org.sessiontracking.application.eligibility.port.out.EligibilityRuleRepository;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.eligibility.EligibilityRule;
import org.sessiontracking.domain.eligibility.EligibilityRuleId;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.user.Permission;

import java.time.Clock;

public final class CheckEligibility implements CheckEligibilityUseCase {

    private final EligibilityRuleRepository rules;
    private final EligibilityFacts facts;
    private final RulePlanner planner;
    private final CurrentActor currentActor;

    public CheckEligibility(EligibilityRuleRepository rules, EligibilityFacts facts,
                            EligibilityExpressions expressions, SessionTypeRepository types,
                            CurrentActor currentActor, FrozenCompliance frozen, Clock clock) {
        this.rules = rules;
        this.facts = facts;
        this.planner = new RulePlanner(expressions, types, frozen, clock);
        this.currentActor = currentActor;
    }

    @Override
    public Outcome isEligible(EligibilityRuleId ruleId, RegistrantId registrant) {
        currentActor.get().require(Permission.READ);
        EligibilityRule rule = rules.findById(ruleId)
                .orElseThrow(() -> new NotFoundException("The eligibility rule no longer exists"));
        RulePlanner.Plan plan = planner.plan(rule.expression());
        RegistrantFacts registrantFacts = facts.factsOf(registrant, plan.requests())
                .orElseThrow(() -> new NotFoundException("The registrant no longer exists"));
        return plan.rule().evaluate(planner.input(plan, registrantFacts, planner.today()));
    }
}
