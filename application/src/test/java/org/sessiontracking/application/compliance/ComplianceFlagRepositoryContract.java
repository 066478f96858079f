package org.sessiontracking.application.compliance;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.common.PageRequest.SortOrder;
import org.sessiontracking.application.compliance.port.out.ComplianceFlagRepository;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.compliance.ComplianceFlag;
import org.sessiontracking.domain.compliance.ComplianceFlagId;
import org.sessiontracking.domain.compliance.FlagKind;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.UserId;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sessiontracking.domain.compliance.FlagKind.EXCLUDED;
import static org.sessiontracking.domain.compliance.FlagKind.FOLLOW_UP;

/**
 * What every {@link ComplianceFlagRepository} must do; run against the jOOQ and in-memory adapters and the fake.
 * The database is shared, so each test raises its flags about its own new session types and registrants,
 * and filters by them, or compares counts before and after.
 */
public abstract class ComplianceFlagRepositoryContract {

    protected static final Instant T1 = Instant.parse("2026-03-02T08:15:00Z");
    protected static final Instant T2 = Instant.parse("2026-03-09T10:30:00Z");
    protected static final Instant T3 = Instant.parse("2026-03-16T14:45:00Z");
    protected static final Instant T4 = Instant.parse("2026-03-23T16:00:00Z");

    protected abstract ComplianceFlagRepository repository();

    /** A new registrant in the store; the contract makes the external id unique. */
    protected abstract RegistrantId newRegistrant(String externalId, String name);

    /** A new session type in the store; the contract makes the name unique. */
    protected abstract SessionTypeId newSessionType(String name);

    /** A new user in the store. */
    protected abstract UserId newUser(String displayName);

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private SessionTypeId fds;
    private RegistrantId jose;
    private UserId officer;
    private UserId manager;

    @BeforeEach
    void references() {
        fds = newSessionType("Family Development Session " + suffix);
        jose = newRegistrant("X-" + suffix, "Jose Rizal");
        officer = newUser("Field Officer");
        manager = newUser("Programme Manager");
    }

    private ComplianceFlag raised(RegistrantId registrant, SessionTypeId type, FlagKind kind, Instant at) {
        ComplianceFlag flag = ComplianceFlag.raise(repository().nextId(), registrant, type, kind,
                kind == EXCLUDED ? "Rice subsidy" : "Home visit", officer, at);
        repository().add(flag);
        return flag;
    }

    private ComplianceFlag resolved(ComplianceFlag flag, Instant at) {
        ComplianceFlag loaded = repository().findById(flag.id()).orElseThrow();
        loaded.resolve(manager, at, "Attends again");
        repository().update(loaded);
        return loaded;
    }

    private List<ComplianceFlagId> ids(FlagFilter filter) {
        return repository().list(filter, PageRequest.first(100)).stream().map(row -> row.flag().id()).toList();
    }

    @Test
    void storesARaisedFlagOpenWithVersionZeroAndFindsItById() {
        ComplianceFlag flag = ComplianceFlag.raise(repository().nextId(), jose, fds, FOLLOW_UP, " Home visit ",
                officer, T1);
        repository().add(flag);

        ComplianceFlag stored = repository().findById(flag.id()).orElseThrow();
        assertThat(stored.id()).isEqualTo(flag.id());
        assertThat(stored.registrant()).isEqualTo(jose);
        assertThat(stored.sessionType()).isEqualTo(fds);
        assertThat(stored.kind()).isEqualTo(FOLLOW_UP);
        assertThat(stored.note()).isEqualTo("Home visit");
        assertThat(stored.raisedBy()).isEqualTo(officer);
        assertThat(stored.raisedAt()).isEqualTo(T1);
        assertThat(stored.open()).isTrue();
        assertThat(stored.resolution()).isEmpty();
        assertThat(stored.version()).isEqualTo(Version.NEW);
    }

    @Test
    void timesAreKeptToTheNearestMicrosecondAsTheClockMayGiveNanoseconds() {
        ComplianceFlag flag = raised(jose, fds, FOLLOW_UP, T1.plusNanos(123_456_789));
        resolved(flag, T2.plusNanos(999_999_501));

        ComplianceFlag stored = repository().findById(flag.id()).orElseThrow();
        assertThat(stored.raisedAt()).isEqualTo(T1.plusNanos(123_457_000));
        assertThat(stored.resolution().orElseThrow().at()).isEqualTo(T2.plusSeconds(1));
    }

    @Test
    void anIdThatWasNeverStoredIsNotFoundAndIdsAreNeverHandedOutTwice() {
        ComplianceFlagId first = repository().nextId();
        ComplianceFlagId second = repository().nextId();
        assertThat(first).isNotEqualTo(second);
        assertThat(repository().findById(first)).isEmpty();
    }

    @Test
    void aFlagAboutARegistrantTypeOrUserThatIsNotStoredIsRefused() {
        RegistrantId unknownRegistrant = new RegistrantId(-1);
        SessionTypeId unknownType = new SessionTypeId(-1);
        UserId unknownUser = new UserId(-1);
        List<ComplianceFlag> dangling = List.of(
                ComplianceFlag.raise(repository().nextId(), unknownRegistrant, fds, FOLLOW_UP, "x", officer, T1),
                ComplianceFlag.raise(repository().nextId(), jose, unknownType, FOLLOW_UP, "x", officer, T1),
                ComplianceFlag.raise(repository().nextId(), jose, fds, FOLLOW_UP, "x", unknownUser, T1));

        for (ComplianceFlag flag : dangling) {
            assertThatThrownBy(() -> repository().add(flag)).isInstanceOf(RuntimeException.class);
            assertThat(repository().findById(flag.id())).isEmpty();
        }
        assertThat(repository().count(FlagFilter.ALL.forRegistrant(jose))).isZero();
    }

    @Test
    void aLoadedFlagThatIsResolvedChangesNothingStoredUntilItIsUpdated() {
        ComplianceFlag flag = raised(jose, fds, FOLLOW_UP, T1);
        repository().findById(flag.id()).orElseThrow().resolve(manager, T2, "not saved");
        flag.resolve(manager, T2, "not saved either");

        assertThat(repository().findById(flag.id()).orElseThrow().open()).isTrue();
        assertThat(repository().count(FlagFilter.OPEN.withType(fds))).isEqualTo(1);
    }

    @Test
    void resolvingStoresWhoWhenAndHowWithTheNextVersion() {
        ComplianceFlag flag = raised(jose, fds, EXCLUDED, T1);
        resolved(flag, T2);

        ComplianceFlag stored = repository().findById(flag.id()).orElseThrow();
        assertThat(stored.open()).isFalse();
        assertThat(stored.resolution()).contains(new ComplianceFlag.Resolution(manager, T2, "Attends again"));
        assertThat(stored.version()).isEqualTo(new Version(1));
        assertThat(stored.note()).isEqualTo("Rice subsidy");
        assertThat(stored.kind()).isEqualTo(EXCLUDED);
        assertThat(stored.raisedBy()).isEqualTo(officer);
        assertThat(stored.raisedAt()).isEqualTo(T1);
    }

    @Test
    void aResolutionWithoutANoteIsStoredWithAnEmptyNoteAndStillCountsAsResolved() {
        ComplianceFlag flag = raised(jose, fds, FOLLOW_UP, T1);
        ComplianceFlag loaded = repository().findById(flag.id()).orElseThrow();
        loaded.resolve(manager, T2, null);
        repository().update(loaded);

        ComplianceFlag stored = repository().findById(flag.id()).orElseThrow();
        assertThat(stored.resolution()).contains(new ComplianceFlag.Resolution(manager, T2, ""));
        assertThat(repository().count(FlagFilter.OPEN.withType(fds))).isZero();
    }

    @Test
    void anUpdateOnAnOlderVersionIsAConflictAndKeepsTheFirstResolution() {
        ComplianceFlag flag = raised(jose, fds, FOLLOW_UP, T1);
        ComplianceFlag mine = repository().findById(flag.id()).orElseThrow();
        ComplianceFlag theirs = repository().findById(flag.id()).orElseThrow();
        theirs.resolve(manager, T2, "theirs");
        repository().update(theirs);

        mine.resolve(officer, T3, "mine");
        assertThatThrownBy(() -> repository().update(mine)).isInstanceOf(ConcurrentModificationException.class);

        ComplianceFlag stored = repository().findById(flag.id()).orElseThrow();
        assertThat(stored.resolution()).contains(new ComplianceFlag.Resolution(manager, T2, "theirs"));
        assertThat(stored.version()).isEqualTo(new Version(1));
    }

    @Test
    void updatingAFlagThatWasNeverStoredIsAConflict() {
        ComplianceFlag never = ComplianceFlag.raise(repository().nextId(), jose, fds, FOLLOW_UP, "x", officer, T1);
        never.resolve(manager, T2, "done");
        assertThatThrownBy(() -> repository().update(never)).isInstanceOf(ConcurrentModificationException.class);
        assertThat(repository().findById(never.id())).isEmpty();
    }

    @Test
    void aListedFlagCarriesTheNamesOfItsRegistrantTypeAndUsers() {
        ComplianceFlag flag = raised(jose, fds, FOLLOW_UP, T1);

        FlagRow open = repository().list(FlagFilter.ALL.withType(fds), PageRequest.first(10)).getFirst();
        assertThat(open.flag().id()).isEqualTo(flag.id());
        assertThat(open.flag().note()).isEqualTo("Home visit");
        assertThat(open.flag().open()).isTrue();
        assertThat(open.flag().version()).isEqualTo(Version.NEW);
        assertThat(open.registrantName()).isEqualTo("Jose Rizal");
        assertThat(open.registrantExternalId()).isEqualTo("X-" + suffix);
        assertThat(open.typeName()).isEqualTo("Family Development Session " + suffix);
        assertThat(open.raisedByName()).isEqualTo("Field Officer");
        assertThat(open.resolvedByName()).isEmpty();

        resolved(flag, T2);
        FlagRow closed = repository().list(FlagFilter.ALL.withType(fds), PageRequest.first(10)).getFirst();
        assertThat(closed.resolvedByName()).isEqualTo("Programme Manager");
        assertThat(closed.raisedByName()).isEqualTo("Field Officer");
        assertThat(closed.flag().resolution()).contains(new ComplianceFlag.Resolution(manager, T2, "Attends again"));
        assertThat(closed.flag().version()).isEqualTo(new Version(1));
    }

    @Test
    void theListIsLatestFirstAndFlagsRaisedAtTheSameTimeNewestIdFirst() {
        ComplianceFlag first = raised(jose, fds, FOLLOW_UP, T1);
        ComplianceFlag third = raised(jose, fds, FOLLOW_UP, T3);
        ComplianceFlag second = raised(jose, fds, EXCLUDED, T2);
        ComplianceFlag secondToo = raised(jose, fds, FOLLOW_UP, T2);
        assertThat(secondToo.id().value()).isGreaterThan(second.id().value());

        assertThat(ids(FlagFilter.ALL.withType(fds)))
                .containsExactly(third.id(), secondToo.id(), second.id(), first.id());
    }

    @Test
    void pagesFollowTheListOrder() {
        ComplianceFlag first = raised(jose, fds, FOLLOW_UP, T1);
        ComplianceFlag second = raised(jose, fds, FOLLOW_UP, T2);
        ComplianceFlag third = raised(jose, fds, FOLLOW_UP, T3);
        ComplianceFlag fourth = raised(jose, fds, FOLLOW_UP, T4);
        FlagFilter filter = FlagFilter.ALL.withType(fds);

        assertThat(repository().list(filter, new PageRequest(1, 2, List.of()))).extracting(row -> row.flag().id())
                .containsExactly(third.id(), second.id());
        assertThat(repository().list(filter, new PageRequest(3, 2, List.of()))).extracting(row -> row.flag().id())
                .containsExactly(first.id());
        assertThat(repository().list(filter, new PageRequest(4, 2, List.of()))).isEmpty();
        assertThat(repository().list(filter, PageRequest.first(1))).extracting(row -> row.flag().id())
                .containsExactly(fourth.id());
        assertThat(repository().count(filter)).isEqualTo(4);
    }

    @Test
    void theListIsOnlyLatestFirstAndRefusesASortOrder() {
        raised(jose, fds, FOLLOW_UP, T1);
        PageRequest byNote = new PageRequest(0, 10, List.of(new SortOrder("note", true)));
        assertThatThrownBy(() -> repository().list(FlagFilter.ALL.withType(fds), byNote))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void filtersByTypeKindOpenAndRegistrantTogether() {
        SessionTypeId meeting = newSessionType("Group Meeting " + suffix);
        RegistrantId maria = newRegistrant("Y-" + suffix, "Maria Clara");
        ComplianceFlag joseFdsFollowUp = raised(jose, fds, FOLLOW_UP, T1);
        ComplianceFlag joseFdsExcluded = raised(jose, fds, EXCLUDED, T2);
        ComplianceFlag mariaFdsFollowUpResolved = raised(maria, fds, FOLLOW_UP, T3);
        ComplianceFlag joseMeetingFollowUp = raised(jose, meeting, FOLLOW_UP, T4);
        ComplianceFlag mariaMeetingExcludedResolved = raised(maria, meeting, EXCLUDED, T1);
        resolved(mariaFdsFollowUpResolved, T4);
        resolved(mariaMeetingExcludedResolved, T4);

        assertFlags(FlagFilter.ALL.withType(fds), mariaFdsFollowUpResolved, joseFdsExcluded, joseFdsFollowUp);
        assertFlags(FlagFilter.OPEN.withType(fds), joseFdsExcluded, joseFdsFollowUp);
        assertFlags(FlagFilter.ALL.withType(fds).withKind(FOLLOW_UP), mariaFdsFollowUpResolved, joseFdsFollowUp);
        assertFlags(FlagFilter.OPEN.withType(fds).withKind(FOLLOW_UP), joseFdsFollowUp);
        assertFlags(FlagFilter.ALL.withType(meeting).withKind(EXCLUDED), mariaMeetingExcludedResolved);
        assertFlags(FlagFilter.OPEN.withType(meeting).withKind(EXCLUDED));
        assertFlags(FlagFilter.ALL.forRegistrant(jose), joseMeetingFollowUp, joseFdsExcluded, joseFdsFollowUp);
        assertFlags(FlagFilter.ALL.forRegistrant(maria), mariaFdsFollowUpResolved, mariaMeetingExcludedResolved);
        assertFlags(FlagFilter.OPEN.forRegistrant(maria));
        assertFlags(FlagFilter.ALL.forRegistrant(maria).withKind(EXCLUDED), mariaMeetingExcludedResolved);
        assertFlags(FlagFilter.ALL.forRegistrant(jose).withType(meeting), joseMeetingFollowUp);
        assertFlags(FlagFilter.ALL.forRegistrant(jose).withType(fds).withKind(EXCLUDED).withOpenOnly(true),
                joseFdsExcluded);
    }

    @Test
    void withoutATypeOrRegistrantTheFiltersCoverEveryStoredFlag() {
        int all = repository().count(FlagFilter.ALL);
        int open = repository().count(FlagFilter.OPEN);
        int excluded = repository().count(FlagFilter.ALL.withKind(EXCLUDED));
        int openFollowUps = repository().count(FlagFilter.OPEN.withKind(FOLLOW_UP));
        raised(jose, fds, FOLLOW_UP, T1);
        resolved(raised(jose, fds, FOLLOW_UP, T2), T3);
        raised(jose, fds, EXCLUDED, T3);

        assertThat(repository().count(FlagFilter.ALL)).isEqualTo(all + 3);
        assertThat(repository().count(FlagFilter.OPEN)).isEqualTo(open + 2);
        assertThat(repository().count(FlagFilter.ALL.withKind(EXCLUDED))).isEqualTo(excluded + 1);
        assertThat(repository().count(FlagFilter.OPEN.withKind(FOLLOW_UP))).isEqualTo(openFollowUps + 1);
        assertThat(repository().list(FlagFilter.ALL, PageRequest.first(PageRequest.MAX_LIMIT)))
                .hasSize(Math.min(all + 3, PageRequest.MAX_LIMIT));
    }

    private void assertFlags(FlagFilter filter, ComplianceFlag... expected) {
        List<ComplianceFlagId> expectedIds = Arrays.stream(expected).map(ComplianceFlag::id).toList();
        assertThat(ids(filter)).as("flags of %s", filter).containsExactlyElementsOf(expectedIds);
        assertThat(repository().count(filter)).as("count of %s", filter).isEqualTo(expected.length);
    }
}
