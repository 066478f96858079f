package org.sessiontracking.application.casework;

import org.junit.jupiter.api.Test;
import org.sessiontracking.application.casework.port.in.GetCaseUseCase.CaseDetails;
import org.sessiontracking.application.casework.port.in.ManageCasePlanUseCase.Item;
import org.sessiontracking.application.casework.port.in.OpenCaseUseCase;
import org.sessiontracking.application.casework.usecase.AssignCaseWorker;
import org.sessiontracking.application.casework.usecase.CloseCase;
import org.sessiontracking.application.casework.usecase.GetCase;
import org.sessiontracking.application.casework.usecase.ListCases;
import org.sessiontracking.application.casework.usecase.ManageCasePlan;
import org.sessiontracking.application.casework.usecase.OpenCase;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.InMemoryComplianceFlagRepository;
import org.sessiontracking.application.compliance.InMemoryRegistrantAttendance;
import org.sessiontracking.application.session.InMemorySessionAttendance;
import org.sessiontracking.application.session.InMemorySessionRepository;
import org.sessiontracking.application.sessiontype.InMemorySessionTypeRepository;
import org.sessiontracking.application.support.FixedActor;
import org.sessiontracking.application.user.InMemoryUserRepository;
import org.sessiontracking.domain.casework.CaseId;
import org.sessiontracking.domain.casework.CaseStatus;
import org.sessiontracking.domain.casework.ProgressState;
import org.sessiontracking.domain.common.AccessDeniedException;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.compliance.ComplianceFlag;
import org.sessiontracking.domain.compliance.ComplianceFlagId;
import org.sessiontracking.domain.compliance.FlagKind;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.Username;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sessiontracking.domain.attendance.AttendanceStatus.ABSENT;
import static org.sessiontracking.domain.attendance.AttendanceStatus.EXCUSED;
import static org.sessiontracking.domain.attendance.AttendanceStatus.PRESENT;
import static org.sessiontracking.domain.session.SessionPlanBuilder.aSessionPlan;
import static org.sessiontracking.domain.sessiontype.SessionTypeBuilder.aSessionType;

class CaseUseCasesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-16T08:00:00Z"), ZoneOffset.UTC);

    private final InMemorySessionTypeRepository types = new InMemorySessionTypeRepository();
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryRegistrantAttendance attendance = new InMemoryRegistrantAttendance();
    private final InMemoryComplianceFlagRepository flags = new InMemoryComplianceFlagRepository();
    private final InMemorySessionRepository sessions = new InMemorySessionRepository(types, users,
            new InMemorySessionAttendance());
    private final InMemoryCaseRepository cases = new InMemoryCaseRepository(attendance, types, users);

    private final Actor ana = user("Ana Staff", Role.STAFF);
    private final Actor ben = user("Ben Staff", Role.STAFF);
    private final Actor mia = user("Mia Manager", Role.MANAGER);
    private final Actor ada = user("Ada Admin", Role.ADMINISTRATOR);
    private final Actor vic = user("Vic Viewer", Role.VIEWER);
    private final FixedActor actor = FixedActor.signedIn(ana);

    private final OpenCase open = new OpenCase(cases, flags, attendance, users, actor, CLOCK);
    private final ListCases list = new ListCases(cases, actor, CLOCK);
    private final GetCase get = new GetCase(cases, attendance, flags, sessions, types, users, actor, CLOCK);
    private final ManageCasePlan plan = new ManageCasePlan(cases, sessions, types, actor);
    private final CloseCase close = new CloseCase(cases, actor, CLOCK);
    private final AssignCaseWorker assign = new AssignCaseWorker(cases, users, actor);

    private final SessionType fds = type(1, "Family Development Session", ExcusedPolicy.LEFT_OUT);
    private final RegistrantId jose = attendance.addRegistrant(7, "Jose Cruz").id();
    private final RegistrantId maria = attendance.addRegistrant(8, "Maria Santos").id();

    private Actor user(String name, Role role) {
        User user = User.create(users.nextId(), new Username(name.toLowerCase().replace(' ', '.')), name, "x", role);
        users.add(user);
        return user.asActor();
    }

    private SessionType type(long id, String name, ExcusedPolicy policy) {
        SessionType type = aSessionType().id(id).name(name).code(null).excusedPolicy(policy).withoutTopicTracking()
                .build();
        types.add(type);
        flags.knowsType(type.id(), name);
        return type;
    }

    private CaseId openAs(Actor who, RegistrantId registrant) {
        actor.switchTo(who);
        return open.open(new OpenCaseUseCase.Command(registrant, Optional.empty()));
    }

    private Version version(CaseId id) {
        return cases.findById(id).orElseThrow().version();
    }

    private List<CaseId> listed(CaseFilter filter) {
        return list.list(filter, PageRequest.first(100)).stream().map(CaseRow::id).toList();
    }

    @Test
    void staffOpenCasesTheyWorkThemselvesAndNeverForSomeoneElse() {
        CaseId id = openAs(ana, jose);

        assertThat(cases.findById(id).orElseThrow().caseWorker()).isEqualTo(ana.id());
        assertThat(cases.findById(id).orElseThrow().openedOn()).isEqualTo(TODAY);
        assertThatThrownBy(() -> open.open(new OpenCaseUseCase.Command(maria, Optional.of(ben.id()))))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Only managers");
        assertThat(cases.count(CaseFilter.ALL, TODAY)).isEqualTo(1);
    }

    @Test
    void managersOpenCasesForAnyoneWhoWorksCasesButNotForAViewer() {
        actor.switchTo(mia);
        CaseId id = open.open(new OpenCaseUseCase.Command(jose, Optional.of(ben.id())));
        assertThat(cases.findById(id).orElseThrow().caseWorker()).isEqualTo(ben.id());

        assertThatThrownBy(() -> open.open(new OpenCaseUseCase.Command(jose, Optional.of(vic.id()))))
                .isInstanceOf(InvalidValueException.class).hasMessage("Vic Viewer cannot work cases (Viewer)");
    }

    @Test
    void viewersNeitherSeeNorOpenCases() {
        CaseId id = openAs(ana, jose);
        actor.switchTo(vic);

        assertThatThrownBy(() -> list.list(CaseFilter.ALL, PageRequest.first(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> get.get(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> open.open(new OpenCaseUseCase.Command(jose, Optional.empty())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staffSeeOnlyTheCasesTheyWorkWhateverTheFilterAsksManagersAndAdministratorsSeeAll() {
        CaseId anas = openAs(ana, jose);
        CaseId bens = openAs(ben, maria);

        actor.switchTo(ana);
        assertThat(listed(CaseFilter.ALL)).containsExactly(anas);
        assertThat(listed(CaseFilter.ALL.withCaseWorker(ben.id()))).containsExactly(anas);
        assertThat(list.count(CaseFilter.ALL)).isEqualTo(1);
        assertThatThrownBy(() -> get.get(bens)).isInstanceOf(AccessDeniedException.class);

        actor.switchTo(mia);
        assertThat(listed(CaseFilter.ALL)).containsExactlyInAnyOrder(anas, bens);
        assertThat(listed(CaseFilter.ALL.withCaseWorker(ben.id()))).containsExactly(bens);
        actor.switchTo(ada);
        assertThat(list.count(CaseFilter.ALL)).isEqualTo(2);
        assertThat(get.get(bens).mayAssign()).isTrue();
    }

    @Test
    void staffCannotChangeAnotherWorkersCaseManagersCan() {
        CaseId bens = openAs(ben, maria);
        Item item = Item.sessionsOfType(fds.id(), 2, Optional.empty(), TODAY.plusMonths(2));

        actor.switchTo(ana);
        assertThatThrownBy(() -> plan.addItem(bens, Version.NEW, item)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> close.close(bens, Version.NEW, "done")).isInstanceOf(AccessDeniedException.class);
        assertThat(cases.findById(bens).orElseThrow().items()).isEmpty();

        actor.switchTo(mia);
        plan.addItem(bens, Version.NEW, item);
        assertThat(cases.findById(bens).orElseThrow().items()).hasSize(1);
    }

    @Test
    void onlyManagersHandACaseToAnotherCaseWorker() {
        CaseId id = openAs(ana, jose);

        assertThatThrownBy(() -> assign.assign(id, Version.NEW, ben.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(get.get(id).mayAssign()).isFalse();

        actor.switchTo(mia);
        assertThatThrownBy(() -> assign.assign(id, Version.NEW, vic.id())).isInstanceOf(InvalidValueException.class);
        assign.assign(id, Version.NEW, ben.id());
        assertThat(cases.findById(id).orElseThrow().caseWorker()).isEqualTo(ben.id());
        assertThat(assign.caseWorkers()).extracting(org.sessiontracking.application.casework.port.in.AssignCaseWorkerUseCase.CaseWorker::name)
                .containsExactly("Ada Admin", "Ana Staff", "Ben Staff", "Mia Manager");

        actor.switchTo(ana);
        assertThatThrownBy(() -> get.get(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aFollowUpFlagOpensOneLinkedCaseForItsRegistrantWorkedByWhoeverOpensIt() {
        flags.knowsRegistrant(jose, "X7", "Jose Cruz").knowsUser(mia.id(), "Mia Manager");
        ComplianceFlagId flag = flag(FlagKind.FOLLOW_UP);
        actor.switchTo(ana);

        CaseId id = open.openFromFlag(flag);

        assertThat(cases.findById(id).orElseThrow().flag()).contains(flag);
        assertThat(cases.findById(id).orElseThrow().registrant()).isEqualTo(jose);
        assertThat(cases.findById(id).orElseThrow().caseWorker()).isEqualTo(ana.id());
        assertThat(open.openFromFlag(flag)).isEqualTo(id);
        assertThat(list.openedFrom(List.of(flag))).containsEntry(flag, id);
        assertThat(get.get(id).flag().orElseThrow().note()).isEqualTo("Home visit");

        actor.switchTo(ben);
        assertThatThrownBy(() -> open.openFromFlag(flag)).isInstanceOf(DomainException.class)
                .hasMessage("Case " + id.value() + " was already opened from this flag; its case worker is Ana Staff");
        assertThat(list.openedFrom(List.of(flag))).isEmpty();
        assertThatThrownBy(() -> open.openFromFlag(flag(FlagKind.EXCLUDED))).isInstanceOf(DomainException.class)
                .hasMessage("Only a follow-up flag opens a case");
        assertThat(cases.count(CaseFilter.ALL, TODAY)).isEqualTo(1);
    }

    private ComplianceFlagId flag(FlagKind kind) {
        ComplianceFlag flag = ComplianceFlag.raise(flags.nextId(), jose, fds.id(), kind, "Home visit", mia.id(),
                Instant.parse("2026-03-10T08:00:00Z"));
        flags.add(flag);
        return flag.id();
    }

    @Test
    void theCasePageShowsProgressFromAttendanceAsComplianceCountsIt() {
        SessionType training = type(2, "Training Session", ExcusedPolicy.COUNTS_AS_PRESENT);
        CaseId id = openAs(ana, jose);
        plan.addItem(id, version(id), Item.sessionsOfType(fds.id(), 2, Optional.of(TODAY.minusMonths(1)),
                TODAY.plusDays(30)));
        plan.addItem(id, version(id), Item.sessionsOfType(training.id(), 2, Optional.empty(), TODAY.plusMonths(3)));
        attendance.record(jose, fds, TODAY.minusDays(10), PRESENT);
        attendance.record(jose, fds, TODAY.minusDays(5), EXCUSED);   // left out: not attended
        attendance.record(jose, fds, TODAY.minusDays(40), PRESENT);  // before the item's start
        attendance.record(jose, training, TODAY.plusDays(3), EXCUSED); // counts as present
        attendance.record(jose, training, TODAY.plusDays(10), ABSENT);

        CaseDetails details = get.get(id);

        assertThat(details.items()).extracting(item -> item.progress().attended()).containsExactly(1, 1);
        assertThat(details.items()).extracting(GetCaseUseCaseLabels::label).containsExactly(
                "Attend 2 Family Development Session sessions from 2026-02-16",
                "Attend 2 Training Session sessions from 2026-03-16");
        assertThat(details.items().getFirst().progress().overdue()).isFalse();
        assertThat(details.progress().state()).isEqualTo(ProgressState.IN_PROGRESS);
        assertThat(details.caseWorkerName()).isEqualTo("Ana Staff");
        assertThat(list.list(CaseFilter.ALL.withOverdueOnly(true), PageRequest.first(10))).isEmpty();
    }

    @Test
    void anItemFromBeforeTheOpeningCountsFromItsOwnStartAndBecomesOverdue() {
        CaseId id = openAs(ana, jose);
        assertThatThrownBy(() -> plan.addItem(id, version(id), Item.sessionsOfType(fds.id(), 1, Optional.empty(),
                TODAY.minusDays(1)))).isInstanceOf(InvalidValueException.class);
        plan.addItem(id, version(id), Item.sessionsOfType(fds.id(), 3, Optional.of(TODAY.minusMonths(2)), TODAY));
        attendance.record(jose, fds, TODAY.minusMonths(1), PRESENT);

        actor.switchTo(ana);
        assertThat(get.get(id).items().getFirst().progress().attended()).isEqualTo(1);
        Clock tomorrow = Clock.fixed(Instant.parse("2026-03-17T08:00:00Z"), ZoneOffset.UTC);
        assertThat(new ListCases(cases, actor, tomorrow).list(CaseFilter.ALL.withOverdueOnly(true),
                PageRequest.first(10))).extracting(CaseRow::id, CaseRow::overdueItems)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(id, 1));
        assertThat(new GetCase(cases, attendance, flags, sessions, types, users, actor, tomorrow).get(id)
                .progress().state()).isEqualTo(ProgressState.NON_COMPLIANT);
    }

    @Test
    void aPlanItemOnACancelledSessionOrDueBeforeItsSessionOrOnARetiredTypeIsRefusedAndNothingIsStored() {
        CaseId id = openAs(ana, jose);
        Session cancelled = session(TODAY.plusDays(3));
        cancelled.cancel("Typhoon");
        sessions.update(cancelled);
        Session later = session(TODAY.plusDays(20));
        SessionType retired = type(3, "Old workshop", ExcusedPolicy.LEFT_OUT);
        retired.retire();
        types.update(retired);

        assertThatThrownBy(() -> plan.addItem(id, Version.NEW, Item.session(cancelled.id(), TODAY.plusDays(5))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("was cancelled");
        assertThatThrownBy(() -> plan.addItem(id, Version.NEW, Item.session(later.id(), TODAY.plusDays(5))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("The due date (2026-03-21) is before the session (2026-04-05)");
        assertThatThrownBy(() -> plan.addItem(id, Version.NEW, Item.sessionsOfType(retired.id(), 1, Optional.empty(),
                TODAY))).isInstanceOf(InvalidValueException.class).hasMessage("Old workshop is retired: it gets no new sessions");
        assertThatThrownBy(() -> new Item(Optional.of(later.id()), Optional.of(fds.id()), 1, Optional.empty(), TODAY))
                .isInstanceOf(InvalidValueException.class);

        assertThat(cases.findById(id).orElseThrow().items()).isEmpty();
        assertThat(version(id)).isEqualTo(Version.NEW);
        plan.addItem(id, Version.NEW, Item.session(later.id(), later.date()));
        assertThat(get.get(id).items().getFirst().label()).startsWith("Attend ").endsWith("(2026-04-05)");
    }

    private Session session(LocalDate date) {
        Session session = Session.create(sessions.nextId(), fds, aSessionPlan().date(date).facilitator(ana.id()).build());
        sessions.addAll(List.of(session));
        return sessions.findById(session.id()).orElseThrow();
    }

    @Test
    void aChangeMadeOnAStaleVersionIsRefused() {
        CaseId id = openAs(ana, jose);
        Version seen = version(id);
        plan.changeThresholds(id, seen, 90, 60);

        assertThatThrownBy(() -> plan.changeThresholds(id, seen, 70, 40))
                .isInstanceOf(ConcurrentModificationException.class);
        assertThat(cases.findById(id).orElseThrow().thresholds().compliantPercent()).isEqualTo(90);
    }

    @Test
    void aClosedCaseKeepsItsNoteAndItsPlanCannotChange() {
        CaseId id = openAs(ana, jose);
        assertThatThrownBy(() -> close.close(id, Version.NEW, "")).isInstanceOf(InvalidValueException.class);

        close.close(id, Version.NEW, "Attends again");

        CaseDetails details = get.get(id);
        assertThat(details.theCase().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(details.closedByName()).contains("Ana Staff");
        assertThat(details.mayWork()).isFalse();
        assertThatThrownBy(() -> plan.addItem(id, version(id), Item.sessionsOfType(fds.id(), 1, Optional.empty(),
                TODAY))).isInstanceOf(DomainException.class).hasMessageContaining("closed");
        assertThat(listed(CaseFilter.ALL.withStatus(CaseStatus.OPEN))).isEmpty();
        assertThat(listed(CaseFilter.ALL.withStatus(CaseStatus.CLOSED))).containsExactly(id);
    }

    /** Reads an item's label (keeps the assertion lines short). */
    private static final class GetCaseUseCaseLabels {
        static String label(org.sessiontracking.application.casework.port.in.GetCaseUseCase.ItemDetails item) {
            return item.label();
        }
    }
}
