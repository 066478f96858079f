package org.sessiontracking.application.eligibility.usecase;

import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.eligibility.ExpressionProblem;
import org.sessiontracking.application.eligibility.FactKey;
import org.sessiontracking.application.eligibility.FactRequest;
import org.sessiontracking.application.eligibility.InvalidExpressionException;
import org.sessiontracking.application.eligibility.RegistrantFacts;
import org.sessiontracking.application.eligibility.RuleInput;
import org.sessiontracking.application.eligibility.TypeFacts;
import org.sessiontracking.application.eligibility.TypeReference;
import org.sessiontracking.application.eligibility.port.out.EligibilityExpressions;
import org.sessiontracking.application.eligibility.port.out.EligibilityExpressions.CompiledRule;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.compliance.CompliancePolicy;
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

    RulePlanner(EligibilityExpressions expressions, SessionTypeRepository types, Clock clock) {
        this.expressions = expressions;
        this.types = types;
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

    List<ExpressionProblem> problems(String expression) {
        EligibilityExpressions.Checked checked = expressions.check(expression, Period.lastTwelveMonths(clock));
        List<ExpressionProblem> problems = new ArrayList<>(checked.problems());
        for (TypeReference reference : checked.references()) {
            Optional<SessionType> type = resolve(reference.typeNameAsWritten());
            if (type.isEmpty()) {
                problems.add(new ExpressionProblem(reference.line(), reference.column(),
                        "No session type is named or coded '" + reference.typeNameAsWritten() + "'"));
            } else if (reference.function().needsTopics() && !type.get().topicTracking()) {
                problems.add(new ExpressionProblem(reference.line(), reference.column(),
                        reference.function().celName() + ": " + type.get().name() + " does not track topics"));
            }
        }
        problems.sort(Comparator.comparingInt(ExpressionProblem::line).thenComparingInt(ExpressionProblem::column));
        return problems;
    }

    Plan plan(String expression) {
        List<ExpressionProblem> problems = problems(expression);
        if (!problems.isEmpty()) {
            throw new InvalidExpressionException(problems);
        }
        CompiledRule rule = expressions.compile(expression, Period.lastTwelveMonths(clock));
        Map<FactKey, FactRequest> requests = new LinkedHashMap<>();
        Map<FactKey, Known> known = new HashMap<>();
        // topics covered are counted only where a topic function asks for them (the costlier aggregate)
        Set<FactKey> topicKeys = rule.references().stream().filter(reference -> reference.function().needsTopics())
                .map(TypeReference::key).collect(Collectors.toSet());
        for (TypeReference reference : rule.references()) {
            if (requests.containsKey(reference.key())) {
                continue;
            }
            SessionType type = resolve(reference.typeNameAsWritten()).orElseThrow(
                    () -> new InvalidExpressionException(List.of(new ExpressionProblem(reference.line(),
                            reference.column(), "No session type is named '" + reference.typeNameAsWritten() + "'"))));
            Set<TopicId> activeTopics = type.topicTracking()
                    ? type.topics().stream().filter(Topic::active).map(Topic::id).collect(Collectors.toSet())
                    : Set.of();
            requests.put(reference.key(), new FactRequest(reference.key(), type.id(), reference.key().period(),
                    topicKeys.contains(reference.key()) ? activeTopics : Set.of()));
            known.put(reference.key(), new Known(CompliancePolicy.of(type), activeTopics.size()));
        }
        return new Plan(rule, List.copyOf(requests.values()), known);
    }

    RuleInput input(Plan plan, RegistrantFacts facts, LocalDate today) {
        Map<FactKey, TypeFacts> typeFacts = new HashMap<>(plan.known().size() * 2);
        for (Map.Entry<FactKey, Known> entry : plan.known().entrySet()) {
            FactKey key = entry.getKey();
            Known known = entry.getValue();
            AttendanceCounts counts = facts.counts().getOrDefault(key, AttendanceCounts.NONE);
            typeFacts.put(key, new TypeFacts(known.policy().evaluate(counts),
                    facts.coveredTopics().getOrDefault(key, 0), known.activeTopics()));
        }
        Optional<Long> age = facts.birthDate()
                .filter(born -> !born.isAfter(today))
                .map(born -> (long) java.time.Period.between(born, today).getYears());
        return new RuleInput(facts.registrant(), facts.area(), facts.kind(), facts.sex(), age, typeFacts);
    }

    private Optional<SessionType> resolve(String nameOrCode) {
        return types.findByName(nameOrCode.strip()).or(() -> types.findByCode(nameOrCode.strip()));
    }
}
