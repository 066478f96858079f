package org.sessiontracking.application.eligibility;

import org.junit.jupiter.api.Test;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.DuplicateException;
import org.sessiontracking.application.eligibility.port.out.EligibilityRuleRepository;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.eligibility.EligibilityRule;
import org.sessiontracking.domain.eligibility.EligibilityRuleId;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link EligibilityRuleRepository} must do; run against the jOOQ and in-memory adapters and the fake.
 * The database is shared, so each test names its rules with its own suffix and only looks at those.
 */
public abstract class EligibilityRuleRepositoryContract {

    private static final String EXPRESSION = "attendance_rate(\"FDS\") >= 0.8";

    protected abstract EligibilityRuleRepository repository();

    private final String suffix = " " + UUID.randomUUID().toString().substring(0, 8);

    private EligibilityRule newRule(String name) {
        return EligibilityRule.create(repository().nextId(), name + suffix, EXPRESSION, "About " + name);
    }

    private EligibilityRule added(String name) {
        EligibilityRule rule = newRule(name);
        repository().add(rule);
        return rule;
    }

    private List<EligibilityRule> mine() {
        return repository().list().stream().filter(rule -> rule.name().endsWith(suffix)).toList();
    }

    private static void assertDuplicateName(Runnable storing) {
        assertThatThrownBy(storing::run).isInstanceOf(DuplicateException.class)
                .satisfies(e -> assertThat(((DuplicateException) e).field()).contains("name"));
    }

    @Test
    void storesANewRuleWithVersionZeroAndFindsItById() {
        EligibilityRule cash = added("Cash grant");

        EligibilityRule stored = repository().findById(cash.id()).orElseThrow();
        assertThat(stored.id()).isEqualTo(cash.id());
        assertThat(stored.name()).isEqualTo("Cash grant" + suffix);
        assertThat(stored.expression()).isEqualTo(EXPRESSION);
        assertThat(stored.description()).isEqualTo("About Cash grant");
        assertThat(stored.version()).isEqualTo(Version.NEW);
    }

    @Test
    void aRuleWithoutDescriptionIsStoredWithAnEmptyOne() {
        EligibilityRule rule = EligibilityRule.create(repository().nextId(), "Plain" + suffix, "age >= 18", null);
        repository().add(rule);
        assertThat(repository().findById(rule.id()).orElseThrow().description()).isEmpty();
    }

    @Test
    void anIdThatWasNeverStoredIsNotFoundAndIdsAreNeverHandedOutTwice() {
        EligibilityRuleId first = repository().nextId();
        EligibilityRuleId second = repository().nextId();
        assertThat(first).isNotEqualTo(second);
        assertThat(repository().findById(first)).isEmpty();
    }

    @Test
    void aLoadedRuleThatIsEditedChangesNothingStoredUntilItIsUpdated() {
        EligibilityRule rule = added("Loaded");
        EligibilityRule loaded = repository().findById(rule.id()).orElseThrow();
        loaded.edit("Edited" + suffix, "age >= 21", "changed");
        rule.edit("Edited too" + suffix, "age >= 30", "changed too");

        EligibilityRule stored = repository().findById(rule.id()).orElseThrow();
        assertThat(stored.name()).isEqualTo("Loaded" + suffix);
        assertThat(stored.expression()).isEqualTo(EXPRESSION);
    }

    @Test
    void aNameTakenIgnoringCaseIsRefusedAndTheSecondRuleIsNotStored() {
        added("Cash grant");
        EligibilityRule twin = EligibilityRule.create(repository().nextId(), ("CASH GRANT" + suffix).toUpperCase(),
                "age >= 18", "");

        assertDuplicateName(() -> repository().add(twin));
        assertThat(repository().findById(twin.id())).isEmpty();
        assertThat(mine()).extracting(EligibilityRule::name).containsExactly("Cash grant" + suffix);
    }

    @Test
    void aNameWithLettersBeyondAsciiIsAlsoComparedIgnoringCase() {
        added("Programa sa Parañaque");
        EligibilityRule twin = EligibilityRule.create(repository().nextId(), "PROGRAMA SA PARAÑAQUE" + suffix,
                "age >= 18", "");

        assertDuplicateName(() -> repository().add(twin));
    }

    @Test
    void anUpdateOnTheStoredVersionStoresTheChangeWithTheNextVersion() {
        EligibilityRule rule = added("Rice subsidy");

        EligibilityRule loaded = repository().findById(rule.id()).orElseThrow();
        loaded.edit("Rice subsidy 2027" + suffix, "age >= 18 && attendance_rate(\"FDS\") >= 0.85", "Stricter");
        repository().update(loaded);

        EligibilityRule stored = repository().findById(rule.id()).orElseThrow();
        assertThat(stored.name()).isEqualTo("Rice subsidy 2027" + suffix);
        assertThat(stored.expression()).isEqualTo("age >= 18 && attendance_rate(\"FDS\") >= 0.85");
        assertThat(stored.description()).isEqualTo("Stricter");
        assertThat(stored.version()).isEqualTo(new Version(1));

        stored.edit(stored.name(), stored.expression(), "");
        repository().update(stored);
        EligibilityRule again = repository().findById(rule.id()).orElseThrow();
        assertThat(again.description()).isEmpty();
        assertThat(again.version()).isEqualTo(new Version(2));
    }

    @Test
    void anUpdateOnAnOlderVersionIsAConflictAndKeepsTheOtherChange() {
        EligibilityRule rule = added("School supplies");
        EligibilityRule mine = repository().findById(rule.id()).orElseThrow();
        EligibilityRule theirs = repository().findById(rule.id()).orElseThrow();
        theirs.edit(theirs.name(), "age >= 6", "theirs");
        repository().update(theirs);

        mine.edit(mine.name(), "age >= 7", "mine");
        assertThatThrownBy(() -> repository().update(mine)).isInstanceOf(ConcurrentModificationException.class);

        EligibilityRule stored = repository().findById(rule.id()).orElseThrow();
        assertThat(stored.expression()).isEqualTo("age >= 6");
        assertThat(stored.description()).isEqualTo("theirs");
        assertThat(stored.version()).isEqualTo(new Version(1));
    }

    @Test
    void anUpdateOnAnOlderVersionIsAConflictEvenWhenItsNewNameIsTaken() {
        added("Taken");
        EligibilityRule rule = added("Stale");
        EligibilityRule stale = repository().findById(rule.id()).orElseThrow();
        EligibilityRule fresh = repository().findById(rule.id()).orElseThrow();
        repository().update(fresh);

        stale.edit("Taken" + suffix, stale.expression(), stale.description());
        assertThatThrownBy(() -> repository().update(stale)).isInstanceOf(ConcurrentModificationException.class);
    }

    @Test
    void updatingARuleThatWasDeletedIsAConflict() {
        EligibilityRule rule = added("Gone");
        EligibilityRule loaded = repository().findById(rule.id()).orElseThrow();
        repository().delete(rule.id());

        loaded.edit(loaded.name(), "age >= 1", "");
        assertThatThrownBy(() -> repository().update(loaded)).isInstanceOf(ConcurrentModificationException.class);
        assertThat(repository().findById(rule.id())).isEmpty();
    }

    @Test
    void renamingToAnotherRulesNameIgnoringCaseIsRefusedAndChangesNothing() {
        added("Housing");
        EligibilityRule rule = added("Health card");
        EligibilityRule loaded = repository().findById(rule.id()).orElseThrow();
        loaded.edit(("housing" + suffix).toLowerCase(), "age >= 60", "renamed");

        assertDuplicateName(() -> repository().update(loaded));
        EligibilityRule stored = repository().findById(rule.id()).orElseThrow();
        assertThat(stored.name()).isEqualTo("Health card" + suffix);
        assertThat(stored.expression()).isEqualTo(EXPRESSION);
        assertThat(stored.version()).isEqualTo(Version.NEW);
    }

    @Test
    void aRuleMayBeRenamedToItsOwnNameInOtherLetterCase() {
        EligibilityRule rule = added("Health card");
        EligibilityRule loaded = repository().findById(rule.id()).orElseThrow();
        loaded.edit(("HEALTH CARD" + suffix).toUpperCase(), loaded.expression(), loaded.description());

        repository().update(loaded);
        assertThat(repository().findById(rule.id()).orElseThrow().name()).isEqualTo(("HEALTH CARD" + suffix).toUpperCase());
    }

    @Test
    void aDeletedRuleIsGoneAndItsNameIsFreeAgain() {
        EligibilityRule kept = added("Kept");
        EligibilityRule rule = added("Retired");
        repository().delete(rule.id());

        assertThat(repository().findById(rule.id())).isEmpty();
        assertThat(mine()).extracting(EligibilityRule::id).containsExactly(kept.id());
        EligibilityRule again = added("Retired");
        assertThat(repository().findById(again.id())).isPresent();
    }

    @Test
    void deletingARuleThatDoesNotExistChangesNothing() {
        EligibilityRule kept = added("Kept");
        repository().delete(repository().nextId());
        assertThat(mine()).extracting(EligibilityRule::id).containsExactly(kept.id());
    }

    @Test
    void theListHoldsEveryRuleByNameIgnoringLetterCase() {
        EligibilityRule gamma = added("Gamma");
        EligibilityRule alpha = added("alpha");
        EligibilityRule beta = added("Beta");
        EligibilityRule loaded = repository().findById(beta.id()).orElseThrow();
        loaded.edit(loaded.name(), "age >= 18", "");
        repository().update(loaded);

        List<EligibilityRule> rules = mine();
        assertThat(rules).extracting(EligibilityRule::id).containsExactly(alpha.id(), beta.id(), gamma.id());
        assertThat(rules.get(1).expression()).isEqualTo("age >= 18");
        assertThat(rules.get(1).version()).isEqualTo(new Version(1));
        assertThat(rules.get(0).version()).isEqualTo(Version.NEW);
    }
}
