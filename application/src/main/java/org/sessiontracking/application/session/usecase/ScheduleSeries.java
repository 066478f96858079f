package org.sessiontracking.application.session.usecase;

import org.sessiontracking.application.session.port.in.ScheduleSeriesUseCase;
import org.sessiontracking.application.session.port.out.SessionRepository;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionPlan;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.Topic;
import org.sessiontracking.domain.user.Permission;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

public final class ScheduleSeries implements ScheduleSeriesUseCase {

    private final SessionRepository sessions;
    private final CurrentActor currentActor;
    private final SessionChanges changes;

    public ScheduleSeries(SessionRepository sessions, SessionTypeRepository types, UserRepository users,
                          CurrentActor currentActor) {
        this.sessions = sessions;
        this.currentActor = currentActor;
        this.changes = new SessionChanges(sessions, types, users, currentActor);
    }

    @Override
    public List<Session> schedule(Command command) {
        currentActor.get().require(Permission.CREATE_SESSIONS);
        changes.requireActiveFacilitators(command.plan(), Set.of());
        SessionType type = changes.type(command.type());
        List<LocalDate> dates = command.schedule().dates(type.details().frequency());
        List<Topic> topics = command.rotateTopics() ? type.topicRotation(command.plan().topic(), dates.size())
                : List.of();
        List<Session> series = IntStream.range(0, dates.size()).mapToObj(i -> {
            SessionPlan plan = command.plan().onDate(dates.get(i));
            return Session.create(sessions.nextId(), type, topics.isEmpty() ? plan : plan.withTopic(topics.get(i).id()));
        }).toList();
        sessions.addAll(series);
        return series.stream().map(session -> changes.load(session.id())).toList();
    }
}
