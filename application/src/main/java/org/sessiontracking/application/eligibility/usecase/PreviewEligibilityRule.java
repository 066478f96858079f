package org.sessiontracking.application.eligibility.usecase;

import org.sessiontracking.application.compliance.port.out.FrozenCompliance;
import org.sessiontracking.application.eligibility.Outcome;
import org.sessiontracking.application.eligibility.RulePreview;
import org.sessiontracking.application.eligibility.port.in.PreviewEligibilityRuleUseCase;
import org.sessiontracking.application.eligibility.port.out.EligibilityExpressions;
import org.sessiontracking.application.eligibility.port.out.EligibilityFacts;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.user.Permission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Fetches the aggregates of every type and period the rule names for all registrants in set-based,
 * streamed queries, and evaluates the compiled rule per registrant in memory.
 */
public final class PreviewEligibilityRule implements PreviewEligibilityRuleUseCase {

    private final EligibilityFacts facts;
    private final RulePlanner planner;
    private final CurrentActor currentActor;

    public PreviewEligibilityRule(EligibilityFacts facts, EligibilityExpressions expressions,
                                  SessionTypeRepository types, CurrentActor currentActor, FrozenCompliance frozen, Clock clock) {
        this.facts = facts;
        this.planner = new RulePlanner(expressions, types, frozen, clock);
        this.currentActor = currentActor;
    }

    @Override
    public RulePreview preview(String expression) {
        currentActor.get().require(Permission.WRITE_ELIGIBILITY_RULES);
        RulePlanner.Plan plan = planner.plan(expression == null ? "" : expression);
        LocalDate today = planner.today();
        RulePreview preview = new RulePreview();
        facts.forEachRegistrant(plan.requests(), registrant -> preview.add(registrant.registrant(),
                plan.rule().evaluate(planner.input(plan, registrant, today))));
        return preview;
    }

    @Override
    public List<Line> page(RulePreview preview, Outcome.Kind kind, int offset, int limit) {
        currentActor.get().require(Permission.WRITE_ELIGIBILITY_RULES);
        List<RulePreview.Entry> entries = preview.page(kind, offset, limit);
        Map<RegistrantId, String> names = facts.names(entries.stream().map(RulePreview.Entry::registrant).toList());
        return entries.stream().map(entry -> new Line(entry.registrant(),
                names.getOrDefault(entry.registrant(), "(removed)"), entry.kind(), entry.error())).toList();
    }
}
