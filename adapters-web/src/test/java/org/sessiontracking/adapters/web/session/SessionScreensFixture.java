package org.sessiontracking.adapters.web.session;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import org.sessiontracking.application.session.InMemorySessionAttendance;
import org.sessiontracking.application.session.InMemorySessionRepository;
import org.sessiontracking.application.session.usecase.CancelSession;
import org.sessiontracking.application.session.usecase.CompleteSession;
import org.sessiontracking.application.session.usecase.EditSession;
import org.sessiontracking.application.session.usecase.GetSession;
import org.sessiontracking.application.session.usecase.ListFacilitators;
import org.sessiontracking.application.session.usecase.ListSessions;
import org.sessiontracking.application.session.usecase.PreviewSeries;
import org.sessiontracking.application.session.usecase.ScheduleSeries;
import org.sessiontracking.application.session.usecase.ScheduleSession;
import org.sessiontracking.application.session.usecase.StartSession;
import org.sessiontracking.application.sessiontype.InMemorySessionTypeRepository;
import org.sessiontracking.application.sessiontype.usecase.ListSessionTypes;
import org.sessiontracking.application.support.FixedActor;
import org.sessiontracking.application.user.InMemoryUserRepository;
import org.sessiontracking.application.user.usecase.CurrentUser;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionPlan;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.Topic;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.Username;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.sessiontracking.domain.sessiontype.SessionTypeBuilder.aSessionType;

/** The session screens' use cases over in-memory fakes, with two types and four users. */
final class SessionScreensFixture {

    final InMemorySessionTypeRepository types = new InMemorySessionTypeRepository();
    final InMemoryUserRepository users = new InMemoryUserRepository();
    final InMemorySessionAttendance attendance = new InMemorySessionAttendance();
    final InMemorySessionRepository sessions = new InMemorySessionRepository(types, users, attendance);

    final User fe = addUser("fe.cruz", "Fe Dela Cruz", Role.STAFF);
    final User jun = addUser("jun.b", "Jun Bautista", Role.STAFF);
    final User mara = addUser("mara", "Mara Lim", Role.MANAGER);
    final User vic = addUser("vic", "Vic Viewer", Role.VIEWER);
    final FixedActor actor = FixedActor.signedIn(fe.asActor());

    final SessionType fds = addType(SessionType.create(types.nextId(), aSessionType().details(), true,
            List.of(new Topic(types.nextTopicId(), "Nutrition", true), new Topic(types.nextTopicId(), "Health", true))));
    final SessionType meeting = addType(SessionType.create(types.nextId(),
            aSessionType().name("Group Meeting").code("MEETING").withoutTopicTracking().details(), false, List.of()));

    final SessionUseCases useCases = new SessionUseCases(new ListSessions(sessions, actor),
            new GetSession(sessions, attendance, actor), new ScheduleSession(sessions, types, users, actor),
            new EditSession(sessions, types, users, actor), new StartSession(sessions, types, users, actor),
            new CompleteSession(sessions, types, users, actor),
            new CancelSession(sessions, types, users, attendance, actor), new PreviewSeries(types, actor),
            new ScheduleSeries(sessions, types, users, actor), new ListFacilitators(users, actor),
            new ListSessionTypes(types, actor), new CurrentUser(actor));

    private User addUser(String username, String name, Role role) {
        User user = User.create(users.nextId(), new Username(username), name, "hash", role);
        users.add(user);
        return users.findById(user.id()).orElseThrow();
    }

    SessionType addType(SessionType type) {
        types.add(type);
        return types.findById(type.id()).orElseThrow();
    }

    /** Stores a session as the given user, then signs the actor back in as Fe. */
    Session store(User as, SessionType type, SessionPlan plan) {
        actor.switchTo(as.asActor());
        Session session = Session.create(sessions.nextId(), type, plan);
        sessions.addAll(List.of(session));
        actor.switchTo(fe.asActor());
        return sessions.findById(session.id()).orElseThrow();
    }

    Topic nutrition() {
        return fds.topics().getFirst();
    }

    /** The combo box with this id on the mocked screen. */
    @SuppressWarnings("unchecked")
    static <T> ComboBox<T> comboBox(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    /** The text field with this id on the mocked screen. */
    static TextField textField(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }
}
