package org.sessiontracking.application.session;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.common.PageRequest.SortOrder;
import org.sessiontracking.application.session.port.out.SessionRepository;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.session.SessionPlanBuilder;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeDetails;
import org.sessiontracking.domain.sessiontype.Topic;
import org.sessiontracking.domain.sessiontype.TopicId;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.UserId;
import org.sessiontracking.domain.user.Username;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sessiontracking.domain.session.SessionPlanBuilder.aSessionPlan;
import static org.sessiontracking.domain.sessiontype.SessionTypeBuilder.aSessionType;

/**
 * What every {@link SessionRepository} must do. Run against the jOOQ adapter on a real
 * PostgreSQL, the in-memory adapter and the use-case tests' fake. The database is shared, so each test creates its own type and
 * users and lists only the sessions of its own type.
 */
public abstract class SessionRepositoryContract {

    protected abstract SessionRepository repository();

    protected abstract SessionTypeRepository types();

    protected abstract UserRepository users();

    /** Gives the session this many attendance records (of distinct registrants). */
    protected abstract void recordAttendance(SessionId session, int records);

    private final String prefix = "S" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private SessionType fds;
    private TopicId nutrition;
    private TopicId health;
    private UserId ana;
    private UserId ben;
    private UserId carla;

    @BeforeEach
    void createTypeAndUsers() {
        SessionTypeDetails details = aSessionType().name(prefix + " FDS").code(prefix).details();
        fds = SessionType.create(types().nextId(), details, true, List.of(
                new Topic(types().nextTopicId(), "Nutrition", true),
                new Topic(types().nextTopicId(), "Health", true)));
        types().add(fds);
        nutrition = fds.topics().get(0).id();
        health = fds.topics().get(1).id();
        ana = newUser("Ana Reyes");
        ben = newUser("Ben Cruz");
        carla = newUser("Carla Santos");
    }

    private UserId newUser(String name) {
        User user = User.create(users().nextId(), new Username(prefix + name.substring(0, 3)), prefix + " " + name,
                "hash", Role.STAFF);
        users().add(user);
        return user.id();
    }

    private SessionPlanBuilder plan() {
        return aSessionPlan().facilitator(ana).topic(nutrition);
    }

    private Session add(SessionPlanBuilder plan) {
        Session session = Session.create(repository().nextId(), fds, plan.build());
        repository().addAll(List.of(session));
        return session;
    }

    private SessionFilter mine() {
        return SessionFilter.ALL.withType(fds.id());
    }

    @Test
    void storesASessionWithEveryValueAndItsCoFacilitators() {
        Session session = add(plan().title("Kick-off").times(LocalTime.of(9, 0), LocalTime.of(11, 30))
                .location("Barangay 12 hall").area("North").coFacilitators(ben, carla).notes("Bring IDs"));

        Session stored = repository().findById(session.id()).orElseThrow();
        assertThat(stored.plan()).isEqualTo(session.plan());
        assertThat(stored.durationHours()).isEqualByComparingTo("2.5");
        assertThat(stored.coFacilitators()).containsExactlyInAnyOrder(ben, carla);
        assertThat(stored.typeId()).isEqualTo(fds.id());
        assertThat(stored.status()).isEqualTo(SessionStatus.SCHEDULED);
        assertThat(stored.cancelReason()).isEmpty();
        assertThat(stored.version()).isEqualTo(Version.NEW);
        assertThat(repository().findById(new SessionId(987654321))).isEmpty();
    }

    @Test
    void storesChangesIncludingCoFacilitatorsAndStatusAndIncrementsTheVersion() {
        Session session = add(plan().coFacilitators(ben));
        Session loaded = repository().findById(session.id()).orElseThrow();
        loaded.edit(fds, plan().topic(health).coFacilitators(carla).location("Chapel").build());
        loaded.cancel("Typhoon warning");
        repository().update(loaded);

        Session stored = repository().findById(session.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(new Version(1));
        assertThat(stored.coFacilitators()).containsExactly(carla);
        assertThat(stored.topic()).contains(health);
        assertThat(stored.title()).isEqualTo(prefix + " - Health - March 2026 - Chapel");
        assertThat(stored.status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(stored.cancelReason()).contains("Typhoon warning");
    }

    @Test
    void refusesToOverwriteAChangeSomeoneElseSaved() {
        Session session = add(plan());
        Session mine = repository().findById(session.id()).orElseThrow();
        Session theirs = repository().findById(session.id()).orElseThrow();
        theirs.start();
        repository().update(theirs);

        mine.cancel("Nobody came");
        assertThatThrownBy(() -> repository().update(mine)).isInstanceOf(ConcurrentModificationException.class);
        assertThat(repository().findById(session.id()).orElseThrow().status()).isEqualTo(SessionStatus.IN_PROGRESS);
    }

    @Test
    void storesAWholeSeries() {
        List<Session> series = List.of(
                Session.create(repository().nextId(), fds, plan().date(LocalDate.of(2027, 1, 31)).build()),
                Session.create(repository().nextId(), fds, plan().date(LocalDate.of(2027, 2, 28)).build()),
                Session.create(repository().nextId(), fds, plan().date(LocalDate.of(2027, 3, 31)).build()));
        repository().addAll(series);
        assertThat(repository().count(mine())).isEqualTo(3);
        assertThat(repository().list(mine(), PageRequest.first(10))).extracting(SessionRow::title)
                .containsExactly(prefix + " - Nutrition - March 2027 - Barangay 12",
                        prefix + " - Nutrition - February 2027 - Barangay 12",
                        prefix + " - Nutrition - January 2027 - Barangay 12");
    }

    @Test
    void aRowCarriesTheNamesItRefersToAndTheNumberOfAttendanceRecords() {
        Session session = add(plan().times(LocalTime.of(14, 0), null).location("Covered court").area("South"));
        Session other = add(plan());
        recordAttendance(session.id(), 3);

        List<SessionRow> rows = repository().list(mine(), PageRequest.first(10));
        SessionRow row = rows.stream().filter(r -> r.id().equals(session.id())).findFirst().orElseThrow();
        assertThat(row).isEqualTo(new SessionRow(session.id(), session.title(), fds.id(), fds.name(),
                session.date(), Optional.of(LocalTime.of(14, 0)), "Covered court", "South", Optional.of(ana),
                Optional.of(prefix + " Ana Reyes"), List.of(), Optional.of("Nutrition"), SessionStatus.SCHEDULED, 3));
        assertThat(rows.stream().filter(r -> r.id().equals(other.id())).findFirst().orElseThrow().attendanceRecords())
                .isZero();
    }

    @Test
    void storesExternalFacilitatorsInTheirOrderWithOrWithoutAUserFacilitator() {
        Session partners = add(plan().facilitator(null).externalFacilitators("Maria Santos (Partner NGO)", "Jo Lim")
                .coFacilitators(ben));
        Session mixed = add(plan().externalFacilitators("Ray Tan"));

        Session stored = repository().findById(partners.id()).orElseThrow();
        assertThat(stored.plan()).isEqualTo(partners.plan());
        assertThat(stored.facilitator()).isEmpty();
        assertThat(stored.externalFacilitators()).containsExactly("Maria Santos (Partner NGO)", "Jo Lim");
        assertThat(repository().findById(mixed.id()).orElseThrow().externalFacilitators()).containsExactly("Ray Tan");

        Session loaded = repository().findById(mixed.id()).orElseThrow();
        loaded.edit(fds, plan().externalFacilitators().build());
        repository().update(loaded);
        assertThat(repository().findById(mixed.id()).orElseThrow().externalFacilitators()).isEmpty();

        List<SessionRow> rows = repository().list(mine(), PageRequest.first(10));
        SessionRow row = rows.stream().filter(r -> r.id().equals(partners.id())).findFirst().orElseThrow();
        assertThat(row.facilitatorId()).isEmpty();
        assertThat(row.facilitatorName()).isEmpty();
        assertThat(row.externalFacilitators()).containsExactly("Maria Santos (Partner NGO)", "Jo Lim");
        assertThat(row.facilitatorNames()).containsExactly("Maria Santos (Partner NGO)", "Jo Lim");
        assertThat(repository().count(mine().involving(ben))).as("a user co-facilitator sees it in My sessions")
                .isEqualTo(1);
    }

    @Test
    void filtersByTheNameOfAnyoneWhoRunsTheSession() {
        Session byAna = add(plan());
        Session withCarla = add(plan().facilitator(ben).coFacilitators(carla));
        Session byPartner = add(plan().facilitator(null).externalFacilitators("Jo Lim", "Maria Santos (Partner NGO)"));

        assertThat(ids(mine().withFacilitatorContaining("ana reyes"))).containsExactly(byAna.id());
        assertThat(ids(mine().withFacilitatorContaining("SANTOS"))).as("Carla Santos co-facilitates; Maria is external")
                .containsExactlyInAnyOrder(withCarla.id(), byPartner.id());
        assertThat(ids(mine().withFacilitatorContaining("partner ngo"))).containsExactly(byPartner.id());
        assertThat(repository().count(mine().withFacilitatorContaining("partner_ngo"))).as("_ is no wildcard").isZero();
        assertThat(repository().count(mine().withFacilitatorContaining("%"))).as("% is no wildcard").isZero();
        assertThat(repository().count(mine().withFacilitatorContaining("lim maria"))).as("names are matched one by one")
                .isZero();
        assertThat(repository().count(mine().withFacilitatorContaining("  "))).isEqualTo(3);
    }

    @Test
    void filtersByTypePeriodLocationStatusAndWhoRunsIt() {
        add(plan().date(LocalDate.of(2026, 1, 10)).location("Barangay 12"));
        add(plan().date(LocalDate.of(2026, 2, 10)).location("barangay 7 chapel").facilitator(ben));
        Session started = add(plan().date(LocalDate.of(2026, 3, 10)).location("Town hall").coFacilitators(carla));
        Session loaded = repository().findById(started.id()).orElseThrow();
        loaded.start();
        repository().update(loaded);

        assertThat(repository().count(mine())).isEqualTo(3);
        assertThat(repository().count(mine().withPeriod(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 10))))
                .isEqualTo(2);
        assertThat(repository().count(mine().withPeriod(null, LocalDate.of(2026, 2, 9)))).isEqualTo(1);
        assertThat(repository().count(mine().withLocationContaining("BARANGAY"))).isEqualTo(2);
        assertThat(repository().count(mine().withStatus(SessionStatus.IN_PROGRESS))).isEqualTo(1);
        assertThat(repository().count(mine().involving(ben))).isEqualTo(1);
        assertThat(repository().count(mine().involving(carla))).isEqualTo(1);
        assertThat(repository().count(mine().involving(ana))).isEqualTo(2);
        assertThat(repository().list(mine().involving(carla).withStatus(SessionStatus.IN_PROGRESS),
                PageRequest.first(10))).extracting(SessionRow::id).containsExactly(started.id());
        assertThat(repository().count(SessionFilter.ALL.involving(carla))).isEqualTo(1);
    }

    @Test
    void sortsByAllowedPropertiesAndPages() {
        Session january = add(plan().date(LocalDate.of(2026, 1, 5)).location("Zeta").facilitator(carla));
        Session february = add(plan().date(LocalDate.of(2026, 2, 5)).location("alpha").facilitator(ben).topic(health));
        Session march = add(plan().date(LocalDate.of(2026, 3, 5)).location("Mid"));
        Session april = add(plan().date(LocalDate.of(2026, 4, 5)).location("Mid").facilitator(null)
                .externalFacilitators(prefix + " Bea External"));

        assertThat(ids(PageRequest.first(10))).containsExactly(april.id(), march.id(), february.id(), january.id());
        assertThat(ids(sorted("location", true))).containsExactly(february.id(), april.id(), march.id(), january.id());
        assertThat(ids(sorted("facilitator", true))).as("an external facilitator sorts by name among the users")
                .containsExactly(march.id(), april.id(), february.id(), january.id());
        assertThat(ids(sorted("date", true))).containsExactly(january.id(), february.id(), march.id(), april.id());
        assertThat(ids(sorted("topic", true)).getFirst()).isEqualTo(february.id());
        assertThat(ids(new PageRequest(1, 1, List.of(new SortOrder("date", true))))).containsExactly(february.id());
        assertThat(ids(sorted("facilitator", false)).getLast()).isEqualTo(march.id());
    }

    private PageRequest sorted(String property, boolean ascending) {
        return new PageRequest(0, 10, List.of(new SortOrder(property, ascending)));
    }

    private List<SessionId> ids(SessionFilter filter) {
        return repository().list(filter, PageRequest.first(10)).stream().map(SessionRow::id).toList();
    }

    private List<SessionId> ids(PageRequest page) {
        return repository().list(mine(), page).stream().map(SessionRow::id).toList();
    }
}
