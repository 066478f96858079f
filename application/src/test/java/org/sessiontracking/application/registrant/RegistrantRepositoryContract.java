package org.sessiontracking.application.registrant;

import org.junit.jupiter.api.Test;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.common.PageRequest.SortOrder;
import org.sessiontracking.application.registrant.port.out.ImportedRegistrant;
import org.sessiontracking.application.registrant.port.out.RegistrantImportStore;
import org.sessiontracking.application.registrant.port.out.RegistrantImportStore.Counts;
import org.sessiontracking.application.registrant.port.out.RegistrantRepository;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.registrant.ExternalId;
import org.sessiontracking.domain.registrant.Registrant;
import org.sessiontracking.domain.registrant.RegistrantDetails;
import org.sessiontracking.domain.registrant.RegistrantKind;
import org.sessiontracking.domain.registrant.Sex;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sessiontracking.domain.registrant.RegistrantKind.GROUP;
import static org.sessiontracking.domain.registrant.RegistrantKind.INDIVIDUAL;

/**
 * What every {@link RegistrantRepository} and {@link RegistrantImportStore} must do. Run against the
 * jOOQ adapters on a real PostgreSQL, the in-memory adapter and the use-case tests' fake. External ids and areas carry a
 * per-test prefix because the real database may hold other registrants.
 */
public abstract class RegistrantRepositoryContract {

    protected abstract RegistrantRepository repository();

    protected abstract RegistrantImportStore importStore();

    private final String prefix = "T" + UUID.randomUUID().toString().substring(0, 8);
    private final String area = prefix + " Barangay";

    private String id(String local) {
        return prefix + "-" + local;
    }

    private ImportedRegistrant row(String local, String name, RegistrantKind kind, String group, Sex sex,
                                   LocalDate birthDate, Boolean active) {
        return new ImportedRegistrant(new ExternalId(id(local)),
                new RegistrantDetails(name, kind, area, Optional.ofNullable(sex), Optional.ofNullable(birthDate)),
                Optional.ofNullable(group).map(this::id), Optional.ofNullable(active));
    }

    private ImportedRegistrant person(String local, String name, String group) {
        return row(local, name, INDIVIDUAL, group, Sex.FEMALE, LocalDate.of(1990, 1, 2), null);
    }

    private ImportedRegistrant household(String local, String name) {
        return row(local, name, GROUP, null, null, null, null);
    }

    private RegistrantSummary stored(String local) {
        return repository().findByExternalIds(List.of(id(local))).getFirst();
    }

    private RegistrantFilter mine() {
        return RegistrantFilter.ALL.withArea(area);
    }

    private List<String> localIds(List<RegistrantSummary> summaries) {
        return summaries.stream().map(s -> s.externalId().substring(prefix.length() + 1)).toList();
    }

    @Test
    void storesAHouseholdsGrantee() {
        importStore().store(List.of(household("H1", "Reyes Household"), person("P1", "Lita Reyes", "H1")));
        Registrant household = repository().findById(stored("H1").id()).orElseThrow();
        Registrant lita = repository().findById(stored("P1").id()).orElseThrow();
        household.designateGrantee(Optional.of(lita));
        repository().update(household);

        assertThat(repository().findById(household.id()).orElseThrow().granteeId()).contains(lita.id());
        assertThat(repository().summary(household.id()).orElseThrow().granteeId()).contains(lita.id());
        assertThat(stored("H1").granteeId()).contains(lita.id());
        Registrant again = repository().findById(household.id()).orElseThrow();
        again.designateGrantee(Optional.empty());
        repository().update(again);
        assertThat(repository().findById(household.id()).orElseThrow().granteeId()).isEmpty();
        assertThat(repository().summary(household.id()).orElseThrow().granteeId()).isEmpty();
    }

    @Test
    void importCreatesMembersAfterTheirHouseholdWhateverTheRowOrder() {
        Counts counts = importStore().store(List.of(person("P1", "Maria Santos", "H1"), household("H1", "Santos Household"),
                person("P2", "Jose Santos", "H1")));

        assertThat(counts).isEqualTo(new Counts(3, 0, 0));
        RegistrantSummary maria = stored("P1");
        assertThat(maria.group()).map(RegistrantSummary.GroupRef::externalId).contains(id("H1"));
        assertThat(maria.group()).map(RegistrantSummary.GroupRef::fullName).contains("Santos Household");
        assertThat(maria.kind()).isEqualTo(INDIVIDUAL);
        assertThat(maria.sex()).contains(Sex.FEMALE);
        assertThat(maria.birthDate()).contains(LocalDate.of(1990, 1, 2));
        assertThat(maria.area()).isEqualTo(area);
        assertThat(maria.active()).isTrue();
        assertThat(maria.version()).isEqualTo(Version.NEW);
        assertThat(stored("H1").group()).isEmpty();
    }

    @Test
    void reimportUpdatesOnlyWhatChangedAndCountsTheRestAsUnchanged() {
        importStore().store(List.of(household("H1", "Cruz Household"), person("P1", "Ana Cruz", "H1"),
                person("P2", "Ben Cruz", "H1")));

        Counts counts = importStore().store(List.of(household("H1", "Cruz Household"),
                person("P1", "Ana Dela Cruz", "H1"), person("P2", "Ben Cruz", null), person("P3", "Carla Cruz", "H1")));

        assertThat(counts).isEqualTo(new Counts(1, 2, 1));
        assertThat(stored("P1").fullName()).isEqualTo("Ana Dela Cruz");
        assertThat(stored("P1").version()).isEqualTo(new Version(1));
        assertThat(stored("P2").group()).isEmpty();
        assertThat(stored("H1").version()).isEqualTo(Version.NEW);
    }

    @Test
    void anEmptyActiveValueKeepsTheStoredFlagAndNewOnesStartActive() {
        importStore().store(List.of(row("P1", "Inactive Person", INDIVIDUAL, null, null, null, false),
                row("P2", "Default Person", INDIVIDUAL, null, null, null, null)));
        assertThat(stored("P1").active()).isFalse();
        assertThat(stored("P2").active()).isTrue();

        Counts counts = importStore().store(List.of(row("P1", "Inactive Person", INDIVIDUAL, null, null, null, null)));
        assertThat(counts).isEqualTo(new Counts(0, 0, 1));
        assertThat(stored("P1").active()).isFalse();

        importStore().store(List.of(row("P1", "Inactive Person", INDIVIDUAL, null, null, null, true)));
        assertThat(stored("P1").active()).isTrue();
    }

    @Test
    void tellsTheKindsOfKnownIdsAndTheMembersOfHouseholds() {
        importStore().store(List.of(household("H1", "One"), household("H2", "Two"), person("P1", "A", "H1"),
                person("P2", "B", "H1")));

        assertThat(importStore().kindsOf(List.of(id("H1"), id("P1"), id("NOPE"))))
                .isEqualTo(Map.of(id("H1"), GROUP, id("P1"), INDIVIDUAL));
        Map<String, List<String>> members = importStore().membersOf(List.of(id("H1"), id("H2")));
        assertThat(members).containsOnlyKeys(id("H1"));
        assertThat(members.get(id("H1"))).containsExactlyInAnyOrder(id("P1"), id("P2"));
        assertThat(repository().countMembers(stored("H1").id())).isEqualTo(2);
        assertThat(repository().countMembers(stored("H2").id())).isZero();
    }

    @Test
    void searchesByExternalIdPrefixOrNameAnyCaseWithinFilters() {
        importStore().store(List.of(household("HH-1", "Reyes Household"), person("IND-1", "Maria Reyes", "HH-1"),
                person("IND-2", "Reynaldo Bautista", null), person("IND-3", "Ana Lim", "HH-1")));

        assertThat(localIds(repository().search(mine().withText(id("ind").toLowerCase()), PageRequest.first(10))))
                .containsExactly("IND-3", "IND-1", "IND-2");
        assertThat(localIds(repository().search(mine().withText("REYES"), PageRequest.first(10))))
                .containsExactly("IND-1", "HH-1");
        assertThat(localIds(repository().search(mine().withText("re"), PageRequest.first(10))))
                .as("short texts match names by their start only").containsExactly("HH-1", "IND-2");
        assertThat(localIds(repository().search(mine().withGroup(stored("HH-1").id()), PageRequest.first(10))))
                .containsExactly("IND-3", "IND-1");
        assertThat(localIds(repository().search(mine().withKind(GROUP), PageRequest.first(10))))
                .containsExactly("HH-1");
        assertThat(repository().search(mine().withText("nobody like this"), PageRequest.first(10))).isEmpty();
    }

    @Test
    void leavesOutInactiveRegistrantsWhenAsked() {
        importStore().store(List.of(row("P1", "Active", INDIVIDUAL, null, null, null, true),
                row("P2", "Inactive", INDIVIDUAL, null, null, null, false)));
        assertThat(localIds(repository().list(mine().onlyActive()))).containsExactly("P1");
        assertThat(localIds(repository().list(mine()))).containsExactly("P1", "P2");
    }

    @Test
    void sortsByAllowListedPropertiesWithEmptyValuesLastAndPages() {
        importStore().store(List.of(row("A", "Carla", INDIVIDUAL, null, Sex.MALE, LocalDate.of(1980, 1, 1), null),
                row("B", "Ana", INDIVIDUAL, null, null, null, null),
                row("C", "Bea", INDIVIDUAL, null, Sex.FEMALE, LocalDate.of(2000, 1, 1), null)));

        assertThat(localIds(repository().search(mine(), PageRequest.first(10)))).containsExactly("B", "C", "A");
        assertThat(localIds(repository().search(mine(), new PageRequest(0, 10,
                List.of(new SortOrder("birthDate", true)))))).containsExactly("A", "C", "B");
        assertThat(localIds(repository().search(mine(), new PageRequest(0, 10,
                List.of(new SortOrder("birthDate", false)))))).containsExactly("B", "C", "A");
        assertThat(localIds(repository().search(mine(), new PageRequest(0, 10,
                List.of(new SortOrder("externalId", false)))))).containsExactly("C", "B", "A");
        assertThat(localIds(repository().search(mine(), new PageRequest(1, 1,
                List.of(new SortOrder("birthDate", true)))))).containsExactly("C");
    }

    @Test
    void countsUpToTheCapPlusOne() {
        importStore().store(List.of(person("P1", "A", null), person("P2", "B", null), person("P3", "C", null)));
        assertThat(repository().countUpTo(mine(), 10)).isEqualTo(3);
        assertThat(repository().countUpTo(mine(), 2)).isEqualTo(3);
        assertThat(repository().countUpTo(mine(), 1)).isEqualTo(2);
    }

    @Test
    void listsDistinctNonEmptyAreas() {
        importStore().store(List.of(person("P1", "A", null), person("P2", "B", null)));
        assertThat(repository().areas()).containsOnlyOnce(area).doesNotContain("");
    }

    @Test
    void updatesOneRegistrantAndRefusesAStaleVersion() {
        importStore().store(List.of(household("H1", "Household"), person("P1", "Maria", null)));
        Registrant mine = repository().findById(stored("P1").id()).orElseThrow();
        Registrant theirs = repository().findById(stored("P1").id()).orElseThrow();
        Registrant household = repository().findById(stored("H1").id()).orElseThrow();

        theirs.edit(new RegistrantDetails("Maria Clara", INDIVIDUAL, area, Optional.of(Sex.FEMALE),
                Optional.empty()), Optional.of(household), false, LocalDate.of(2026, 1, 1));
        repository().update(theirs);
        RegistrantSummary updated = stored("P1");
        assertThat(updated.fullName()).isEqualTo("Maria Clara");
        assertThat(updated.birthDate()).isEmpty();
        assertThat(updated.active()).isFalse();
        assertThat(updated.group()).map(RegistrantSummary.GroupRef::externalId).contains(id("H1"));
        assertThat(updated.version()).isEqualTo(new Version(1));
        assertThat(repository().summary(updated.id())).contains(updated);

        mine.edit(mine.details(), Optional.empty(), true, LocalDate.of(2026, 1, 1));
        assertThatThrownBy(() -> repository().update(mine)).isInstanceOf(ConcurrentModificationException.class);
        assertThat(stored("P1").fullName()).isEqualTo("Maria Clara");
    }
}
