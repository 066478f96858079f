package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.DuplicateException;
import org.sessiontracking.application.eligibility.port.out.EligibilityRuleRepository;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.eligibility.EligibilityRule;
import org.sessiontracking.domain.eligibility.EligibilityRuleId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.sessiontracking.adapters.persistence.memory.MemoryText.lower;

/** The named eligibility rules, in the store's rules table (copies in and out: rules are mutable). */
final class MemoryEligibilityRuleRepository implements EligibilityRuleRepository {

    private final MemoryStore store;

    MemoryEligibilityRuleRepository(MemoryStore store) {
        this.store = store;
    }

    @Override
    public EligibilityRuleId nextId() {
        return new EligibilityRuleId(store.ruleIds.incrementAndGet());
    }

    @Override
    public Optional<EligibilityRule> findById(EligibilityRuleId id) {
        return store.atomically(() -> store.rules.get(id).map(rule -> copy(rule, rule.version())));
    }

    @Override
    public void add(EligibilityRule rule) {
        store.atomically(() -> {
            requireUniqueName(rule);
            store.rules.put(rule.id(), copy(rule, Version.NEW));
            return null;
        });
    }

    @Override
    public void update(EligibilityRule rule) {
        store.atomically(() -> {
            EligibilityRule stored = store.rules.get(rule.id()).orElse(null);
            if (stored == null || !stored.version().equals(rule.version())) {
                throw new ConcurrentModificationException("Someone else changed this rule meanwhile; reload it");
            }
            requireUniqueName(rule);
            store.rules.put(rule.id(), copy(rule, rule.version().next()));
            return null;
        });
    }

    @Override
    public void delete(EligibilityRuleId id) {
        store.atomically(() -> {
            store.pathways.all().stream()
                    .filter(pathway -> pathway.criteria().stream().anyMatch(criterion -> criterion.kind()
                            instanceof org.sessiontracking.domain.graduation.CriterionKind.RulePasses rule
                            && rule.rule().equals(id)))
                    .map(org.sessiontracking.domain.graduation.GraduationPathway::name)
                    .min(java.util.Comparator.comparing(MemoryText::lower))
                    .ifPresent(pathway -> {
                        throw new org.sessiontracking.domain.common.DomainException(
                                EligibilityRuleRepository.usedByPathway(pathway));
                    });
            store.rules.remove(id);
            return null;
        });
    }

    @Override
    public List<EligibilityRule> list() {
        return store.atomically(() -> store.rules.all().stream()
                .sorted(Comparator.comparing((EligibilityRule rule) -> lower(rule.name()))
                        .thenComparingLong(rule -> rule.id().value()))
                .map(rule -> copy(rule, rule.version())).toList());
    }

    private void requireUniqueName(EligibilityRule rule) {
        for (EligibilityRule other : store.rules.all()) {
            if (!other.id().equals(rule.id()) && lower(other.name()).equals(lower(rule.name()))) {
                throw new DuplicateException("name", "A rule named '" + rule.name() + "' already exists");
            }
        }
    }

    private static EligibilityRule copy(EligibilityRule rule, Version version) {
        return EligibilityRule.reconstitute(rule.id(), rule.name(), rule.expression(), rule.description(), version);
    }
}
