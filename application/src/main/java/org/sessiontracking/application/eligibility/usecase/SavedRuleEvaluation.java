package org.sessiontracking.application.eligibility.usecase;

import org.sessiontracking.application.compliance.port.out.FrozenCompliance;
import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.eligibility.Outcome;
import org.sessiontracking.application.eligibility.port.out.EligibilityExpressions;
import org.sessiontracking.application.eligibility.port.out.EligibilityFacts;
import org.sessiontracking.application.eligibility.port.out.EligibilityRuleRepository;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.domain.eligibility.EligibilityRule;
import org.sessiontracking.domain.eligibility.EligibilityRuleId;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * A saved rule evaluated for every active registrant, as the preview does (facts in set-based streamed
 * queries, the compiled rule per registrant in memory), for other use cases that build on eligibility
 * rules (graduation criteria). Checks no permission: the calling use case does.
 */
public final class SavedRuleEvaluation {

    private final EligibilityRuleRepository rules;
    private final EligibilityFacts facts;
    private final RulePlanner planner;

    public SavedRuleEvaluation(EligibilityRuleRepository rules, EligibilityFacts facts,
                               EligibilityExpressions expressions, SessionTypeRepository types, FrozenCompliance frozen, Clock clock) {
        this.rules = rules;
        this.facts = facts;
        this.planner = new RulePlanner(expressions, types, frozen, clock);
    }

    public EligibilityRule rule(EligibilityRuleId id) {
        return rules.findById(id).orElseThrow(() -> new NotFoundException("The eligibility rule no longer exists"));
    }

    /** The ids of the active registrants for whom the rule passes (an error is no pass), sorted. */
    public long[] passing(EligibilityRuleId id) {
        RulePlanner.Plan plan = planner.plan(rule(id).expression());
        LocalDate today = planner.today();
        long[][] passing = {new long[1024]};
        int[] size = {0};
        facts.forEachRegistrant(plan.requests(), registrant -> {
            if (plan.rule().evaluate(planner.input(plan, registrant, today)) instanceof Outcome.Pass) {
                if (size[0] == passing[0].length) {
                    passing[0] = Arrays.copyOf(passing[0], size[0] * 2);
                }
                passing[0][size[0]++] = registrant.registrant().value();
            }
        });
        long[] ids = Arrays.copyOf(passing[0], size[0]);
        Arrays.sort(ids);
        return ids;
    }
}
