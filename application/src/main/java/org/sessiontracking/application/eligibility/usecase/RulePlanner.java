package org.sessiontracking.application.eligibility.usecase;

import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.eligibility.AttendanceFunction;
import org.sessiontracking.application.eligibility.ExpressionProblem;
import org.sessiontracking.application.eligibility.FactKey;
import org.sessiontracking.application.eligibility.FactRequest;
import org.sessiontracking.application.eligibility.InvalidExpressionException;
import org.sessiontracking.application.eligibility.RegistrantFacts;
import org.sessiontracking.application.eligibility.RuleCheck;
import org.sessiontracking.application.eligibility.RuleInput;
import org.sessiontracking.application.eligibility.TypeFacts;
import org.sessiontracking.application.eligibility.TypeReference;
import org.sessiontracking.application.eligibility.TypeResolution;
import org.sessiontracking.application.compliance.port.out.FrozenCompliance;
import org.sessiontracking.application.eligibility.port.out.EligibilityExpressions;
import org.sessiontracking.application.eligibility.port.out.EligibilityExpressions.CompiledRule;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.eligibility.EligibilityRule;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.Topic;
import org.sessiontracking.domain.sessiontype.TopicId;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a rule's text into what evaluating it needs: the checked and compiled expression, the
 * session types its calls name (unknown names and topic functions on types without topics are
 * problems at the call's position), and the set-based aggregates to fetch for every registrant.
 */
final class RulePlanner {

    private final EligibilityExpressions expressions;
    private final SessionTypeRepository types;
    private final Clock clock;
    private final FrozenCompliance frozen;

    RulePlanner(EligibilityExpressions expressions, SessionTypeRepository types, FrozenCompliance frozen, Clock clock) {
        this.expressions = expressions;
        this.types = types;
        this.frozen = frozen;
        this.clock = clock;
    }

    record Plan(CompiledRule rule, List<FactRequest> requests, Map<FactKey, Known> known) {
    }

    /** What the type of one fact says about its compliance and curriculum. */
    record Known(CompliancePolicy policy, int activeTopics) {
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Everything that keeps a rule's text from being saved, in one place for check, preview and save:
     * the domain's rule for an expression (present, not too long), then syntax and types, then the
     * session types its calls name; and which type each name or code stands for.
     */
    RuleCheck check(String expression) {
        try {
            EligibilityRule.validExpression(expression);
        } catch (InvalidValueException refused) {
            return new RuleCheck(List.of(new ExpressionProblem(1, 1, refused.getMessage())), List.of(), Optional.empty());
        }
        EligibilityExpressions.Checked checked = expressions.check(expression, Period.lastTwelveMonths(clock));
        List<ExpressionProblem> problems = new ArrayList<>(checked.problems());
        Map<String, TypeResolution> resolutions = new LinkedHashMap<>();
        for (TypeReference reference : checked.references()) {
            String written = reference.typeNameAsWritten().strip();
            Optional<Resolved> resolved = resolve(written);
            if (resolved.isEmpty()) {
                problems.add(new ExpressionProblem(reference.line(), reference.column(),
                        "No session type is named or coded '" + reference.typeNameAsWritten() + "'"));
                continue;
            }
            resolutions.putIfAbsent(written, resolved.get().as(written));
            SessionType type = resolved.get().type();
            if (reference.function().needsTopics() && !type.topicTracking()) {
                problems.add(new ExpressionProblem(reference.line(), reference.column(),
                        reference.function().celName() + ": " + type.name() + " does not track topics"));
            }
        }
        problems.sort(Comparator.comparingInt(ExpressionProblem::line).thenComparingInt(ExpressionProblem::column));
        return new RuleCheck(problems, List.copyOf(resolutions.values()), Optional.empty());
    }

    Plan plan(String expression) {
        List<ExpressionProblem> problems = check(expression).problems();
        if (!problems.isEmpty()) {
            throw new InvalidExpressionException(problems);
        }
        CompiledRule rule = expressions.compile(expression, Period.lastTwelveMonths(clock));
        Map<FactKey, FactRequest> requests = new LinkedHashMap<>();
        Map<FactKey, Known> known = new HashMap<>();
        // topics covered are counted only where a topic function asks for them (the costlier aggregate)
        Set<FactKey> topicKeys = rule.references().stream().filter(reference -> reference.function().needsTopics())
                .map(TypeReference::key).collect(Collectors.toSet());
        Set<FactKey> householdKeys = rule.references().stream()
                .filter(reference -> reference.function() == AttendanceFunction.HOUSEHOLD_COMPLIANT)
                .map(TypeReference::key).collect(Collectors.toSet());
        for (TypeReference reference : rule.references()) {
            if (requests.containsKey(reference.key())) {
                continue;
            }
            SessionType type = resolve(reference.typeNameAsWritten().strip()).map(Resolved::type).orElseThrow(
                    () -> new InvalidExpressionException(List.of(new ExpressionProblem(reference.line(),
                            reference.column(), "No session type is named '" + reference.typeNameAsWritten() + "'"))));
            Set<TopicId> activeTopics = type.topicTracking()
                    ? type.topics().stream().filter(Topic::active).map(Topic::id).collect(Collectors.toSet())
                    : Set.of();
            // a closed verification period's frozen list, judged under the policy it was frozen with
            Optional<FrozenCompliance.FrozenSource> frozenVersion = frozen.frozenVersion(type.id(),
                    reference.key().period());
            CompliancePolicy policy = frozenVersion.map(FrozenCompliance.FrozenSource::policy)
                    .orElseGet(() -> CompliancePolicy.of(type));
            Optional<FactRequest.Households> households = householdKeys.contains(reference.key())
                    ? Optional.of(new FactRequest.Households(type.details().householdRule(), policy)) : Optional.empty();
            requests.put(reference.key(), new FactRequest(reference.key(), type.id(), reference.key().period(),
                    topicKeys.contains(reference.key()) ? activeTopics : Set.of(), frozenVersion, households));
            known.put(reference.key(), new Known(policy, activeTopics.size()));
        }
        return new Plan(rule, List.copyOf(requests.values()), known);
    }

    RuleInput input(Plan plan, RegistrantFacts facts, LocalDate today) {
        Map<FactKey, TypeFacts> typeFacts = new HashMap<>(plan.known().size() * 2);
        for (Map.Entry<FactKey, Known> entry : plan.known().entrySet()) {
            FactKey key = entry.getKey();
            Known known = entry.getValue();
            AttendanceCounts counts = facts.counts().getOrDefault(key, AttendanceCounts.NONE);
            typeFacts.put(key, new TypeFacts(known.policy().evaluate(counts, facts.missing().getOrDefault(key, 0)),
                    facts.coveredTopics().getOrDefault(key, 0), known.activeTopics(),
                    Optional.ofNullable(facts.householdStatus().get(key))));
        }
        Optional<Long> age = facts.birthDate()
                .filter(born -> !born.isAfter(today))
                .map(born -> (long) java.time.Period.between(born, today).getYears());
        return new RuleInput(facts.registrant(), facts.area(), facts.kind(), facts.sex(), age, typeFacts);
    }

    /** A name is looked up before a code (names and codes of different types never collide, see SessionTypeDetails). */
    private Optional<Resolved> resolve(String nameOrCode) {
        return types.findByName(nameOrCode).map(type -> new Resolved(type, false))
                .or(() -> types.findByCode(nameOrCode).map(type -> new Resolved(type, true)));
    }

    private record Resolved(SessionType type, boolean byCode) {
        TypeResolution as(String written) {
            return new TypeResolution(written, type.id(), type.name(), type.details().code(), byCode);
        }
    }
}
