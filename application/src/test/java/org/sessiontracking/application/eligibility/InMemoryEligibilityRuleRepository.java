package org.sessiontracking.application.eligibility;

import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.DuplicateException;
import org.sessiontracking.application.eligibility.port.out.EligibilityRuleRepository;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.eligibility.EligibilityRule;
import org.sessiontracking.domain.eligibility.EligibilityRuleId;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A faithful in-memory {@link EligibilityRuleRepository}, kept honest by {@link EligibilityRuleRepositoryContract}.
 * It hands out and keeps copies, because rules are mutable and the database does not share objects either.
 */
public final class InMemoryEligibilityRuleRepository implements EligibilityRuleRepository {

    private final Map<EligibilityRuleId, EligibilityRule> rules = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong(100);

    @Override
    public EligibilityRuleId nextId() {
        return new EligibilityRuleId(ids.incrementAndGet());
    }

    @Override
    public Optional<EligibilityRule> findById(EligibilityRuleId id) {
        return Optional.ofNullable(rules.get(id)).map(rule -> copy(rule, rule.version()));
    }

    @Override
    public void add(EligibilityRule rule) {
        requireUniqueName(rule);
        rules.put(rule.id(), copy(rule, Version.NEW));
    }

    @Override
    public void update(EligibilityRule rule) {
        EligibilityRule stored = rules.get(rule.id());
        if (stored == null || !stored.version().equals(rule.version())) {
            throw new ConcurrentModificationException("Someone else changed this rule meanwhile; reload it");
        }
        requireUniqueName(rule);
        rules.put(rule.id(), copy(rule, rule.version().next()));
    }

    @Override
    public void delete(EligibilityRuleId id) {
        rules.remove(id);
    }

    @Override
    public List<EligibilityRule> list() {
        return rules.values().stream()
                .sorted(Comparator.comparing((EligibilityRule rule) -> lower(rule.name()))
                        .thenComparingLong(rule -> rule.id().value()))
                .map(rule -> copy(rule, rule.version())).toList();
    }

    private void requireUniqueName(EligibilityRule rule) {
        for (EligibilityRule other : rules.values()) {
            if (!other.id().equals(rule.id()) && lower(other.name()).equals(lower(rule.name()))) {
                throw new DuplicateException("name", "A rule named '" + rule.name() + "' already exists");
            }
        }
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    private static EligibilityRule copy(EligibilityRule rule, Version version) {
        return EligibilityRule.reconstitute(rule.id(), rule.name(), rule.expression(), rule.description(), version);
    }
}
