package org.sessiontracking.application.eligibility.usecase;

import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.eligibility.ExpressionProblem;
import org.sessiontracking.application.eligibility.InvalidExpressionException;
import org.sessiontracking.application.eligibility.port.in.ManageEligibilityRulesUseCase;
import org.sessiontracking.application.eligibility.port.out.EligibilityExpressions;
import org.sessiontracking.application.eligibility.port.out.EligibilityRuleRepository;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.eligibility.EligibilityRule;
import org.sessiontracking.domain.eligibility.EligibilityRuleId;
import org.sessiontracking.domain.user.Permission;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

public final class ManageEligibilityRules implements ManageEligibilityRulesUseCase {

    private final EligibilityRuleRepository rules;
    private final RulePlanner planner;
    private final CurrentActor currentActor;

    public ManageEligibilityRules(EligibilityRuleRepository rules, EligibilityExpressions expressions,
                                  SessionTypeRepository types, CurrentActor currentActor, Clock clock) {
        this.rules = rules;
        this.planner = new RulePlanner(expressions, types, clock);
        this.currentActor = currentActor;
    }

    @Override
    public List<ExpressionProblem> check(String expression) {
        currentActor.get().require(Permission.WRITE_ELIGIBILITY_RULES);
        return planner.problems(expression == null ? "" : expression);
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
        List<ExpressionProblem> problems = planner.problems(rule.expression());
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
