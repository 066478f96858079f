package org.sessiontracking.application.eligibility.usecase;

import org.sessiontracking.application.compliance.port.out.FrozenCompliance;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.eligibility.ExpressionProblem;
import org.sessiontracking.application.eligibility.InvalidExpressionException;
import org.sessiontracking.application.eligibility.Outcome;
import org.sessiontracking.application.eligibility.RuleCheck;
import org.sessiontracking.application.eligibility.RulePreview;
import org.sessiontracking.application.eligibility.port.in.ManageEligibilityRulesUseCase;
import org.sessiontracking.application.eligibility.port.out.EligibilityExpressions;
import org.sessiontracking.application.eligibility.port.out.EligibilityFacts;
import org.sessiontracking.application.eligibility.port.out.EligibilityRuleRepository;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.eligibility.EligibilityRule;
import org.sessiontracking.domain.eligibility.EligibilityRuleId;
import org.sessiontracking.domain.user.Permission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public final class ManageEligibilityRules implements ManageEligibilityRulesUseCase {

    /** How many registrants a check tries the rule on: enough to catch a rule that always fails, and cheap. */
    static final int TRIAL_SIZE = 50;

    private final EligibilityRuleRepository rules;
    private final EligibilityFacts facts;
    private final RulePlanner planner;
    private final CurrentActor currentActor;

    public ManageEligibilityRules(EligibilityRuleRepository rules, EligibilityFacts facts,
                                  EligibilityExpressions expressions, SessionTypeRepository types,
                                  CurrentActor currentActor, FrozenCompliance frozen, Clock clock) {
        this.rules = rules;
        this.facts = facts;
        this.planner = new RulePlanner(expressions, types, frozen, clock);
        this.currentActor = currentActor;
    }

    /** Save's own checks, then a trial over the first registrants: a rule none of them can be evaluated for is warned about. */
    @Override
    public RuleCheck check(String expression) {
        currentActor.get().require(Permission.WRITE_ELIGIBILITY_RULES);
        RuleCheck checked = planner.check(expression);
        if (!checked.valid()) {
            return checked;
        }
        RulePlanner.Plan plan = planner.plan(expression);
        LocalDate today = planner.today();
        List<Outcome> outcomes = facts.firstRegistrants(plan.requests(), TRIAL_SIZE).stream()
                .map(registrant -> plan.rule().evaluate(planner.input(plan, registrant, today)))
                .toList();
        Optional<String> warning = outcomes.isEmpty() || !outcomes.stream().allMatch(Outcome.Error.class::isInstance)
                ? Optional.empty()
                : Optional.of(RulePreview.noneEvaluated(outcomes.size() == 1
                ? "The one registrant tried could not be evaluated"
                : "None of the first " + outcomes.size() + " registrants tried could be evaluated",
                ((Outcome.Error) outcomes.getFirst()).message()));
        return new RuleCheck(checked.problems(), checked.resolutions(), warning);
    }

    @Override
    public EligibilityRuleId save(SaveCommand command) {
        currentActor.get().require(Permission.WRITE_ELIGIBILITY_RULES);
        EligibilityRule rule;
        if (command.id().isEmpty()) {
            rule = EligibilityRule.create(rules.nextId(), command.name(), command.expression(), command.description());
        } else {
            rule = rules.findById(command.id().get())
                    .orElseThrow(() -> new NotFoundException("The rule no longer exists"));
            if (!rule.version().equals(command.version().orElseThrow())) {
                throw new ConcurrentModificationException("Someone else changed this rule meanwhile; reload it");
            }
            rule.edit(command.name(), command.expression(), command.description());
        }
        List<ExpressionProblem> problems = planner.check(rule.expression()).problems();
        if (!problems.isEmpty()) {
            throw new InvalidExpressionException(problems);
        }
        if (command.id().isEmpty()) {
            rules.add(rule);
        } else {
            rules.update(rule);
        }
        return rule.id();
    }

    @Override
    public void delete(EligibilityRuleId id) {
        currentActor.get().require(Permission.WRITE_ELIGIBILITY_RULES);
        rules.findById(id).orElseThrow(() -> new NotFoundException("The rule no longer exists"));
        rules.delete(id);
    }

    @Override
    public List<EligibilityRule> list() {
        currentActor.get().require(Permission.READ);
        return rules.list();
    }

    @Override
    public Optional<EligibilityRule> get(EligibilityRuleId id) {
        currentActor.get().require(Permission.READ);
        return rules.findById(id);
    }
}
