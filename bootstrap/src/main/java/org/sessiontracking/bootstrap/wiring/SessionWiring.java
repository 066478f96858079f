package org.sessiontracking.bootstrap.wiring;

import org.sessiontracking.adapters.web.session.SessionUseCases;
import org.sessiontracking.application.session.port.in.CancelSessionUseCase;
import org.sessiontracking.application.session.port.in.CompleteSessionUseCase;
import org.sessiontracking.application.session.port.in.EditSessionUseCase;
import org.sessiontracking.application.session.port.in.GetSessionUseCase;
import org.sessiontracking.application.session.port.in.ListFacilitatorsUseCase;
import org.sessiontracking.application.session.port.in.ListSessionsUseCase;
import org.sessiontracking.application.session.port.in.PreviewSeriesUseCase;
import org.sessiontracking.application.session.port.in.ScheduleSeriesUseCase;
import org.sessiontracking.application.session.port.in.ScheduleSessionUseCase;
import org.sessiontracking.application.session.port.in.StartSessionUseCase;
import org.sessiontracking.application.session.port.out.SessionAttendanceCount;
import org.sessiontracking.application.session.port.out.SessionRepository;
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
import org.sessiontracking.application.sessiontype.port.in.ListSessionTypesUseCase;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.in.CurrentUserUseCase;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Sessions: one transactional bean per use case over the chosen persistence adapter, and the screens' bundle. */
@Configuration(proxyBeanMethods = false)
public class SessionWiring {

    @Bean
    ScheduleSessionUseCase scheduleSessionUseCase(UseCaseTransactions tx, SessionRepository sessions,
                                                  SessionTypeRepository types, UserRepository users,
                                                  CurrentActor actor) {
        return tx.transactional(ScheduleSessionUseCase.class, new ScheduleSession(sessions, types, users, actor));
    }

    @Bean
    EditSessionUseCase editSessionUseCase(UseCaseTransactions tx, SessionRepository sessions,
                                          SessionTypeRepository types, UserRepository users, CurrentActor actor) {
        return tx.transactional(EditSessionUseCase.class, new EditSession(sessions, types, users, actor));
    }

    @Bean
    StartSessionUseCase startSessionUseCase(UseCaseTransactions tx, SessionRepository sessions,
                                            SessionTypeRepository types, UserRepository users, CurrentActor actor) {
        return tx.transactional(StartSessionUseCase.class, new StartSession(sessions, types, users, actor));
    }

    @Bean
    CompleteSessionUseCase completeSessionUseCase(UseCaseTransactions tx, SessionRepository sessions,
                                                  SessionTypeRepository types, UserRepository users,
                                                  CurrentActor actor) {
        return tx.transactional(CompleteSessionUseCase.class, new CompleteSession(sessions, types, users, actor));
    }

    @Bean
    CancelSessionUseCase cancelSessionUseCase(UseCaseTransactions tx, SessionRepository sessions,
                                              SessionTypeRepository types, UserRepository users,
                                              SessionAttendanceCount attendance, CurrentActor actor) {
        return tx.transactional(CancelSessionUseCase.class,
                new CancelSession(sessions, types, users, attendance, actor));
    }

    @Bean
    PreviewSeriesUseCase previewSeriesUseCase(UseCaseTransactions tx, SessionTypeRepository types,
                                              CurrentActor actor) {
        return tx.transactional(PreviewSeriesUseCase.class, new PreviewSeries(types, actor));
    }

    @Bean
    ScheduleSeriesUseCase scheduleSeriesUseCase(UseCaseTransactions tx, SessionRepository sessions,
                                                SessionTypeRepository types, UserRepository users,
                                                CurrentActor actor) {
        return tx.transactional(ScheduleSeriesUseCase.class, new ScheduleSeries(sessions, types, users, actor));
    }

    @Bean
    ListSessionsUseCase listSessionsUseCase(UseCaseTransactions tx, SessionRepository sessions, CurrentActor actor) {
        return tx.transactional(ListSessionsUseCase.class, new ListSessions(sessions, actor));
    }

    @Bean
    GetSessionUseCase getSessionUseCase(UseCaseTransactions tx, SessionRepository sessions,
                                        SessionAttendanceCount attendance, CurrentActor actor) {
        return tx.transactional(GetSessionUseCase.class, new GetSession(sessions, attendance, actor));
    }

    @Bean
    ListFacilitatorsUseCase listFacilitatorsUseCase(UseCaseTransactions tx, UserRepository users,
                                                    CurrentActor actor) {
        return tx.transactional(ListFacilitatorsUseCase.class, new ListFacilitators(users, actor));
    }

    @Bean
    SessionUseCases sessionUseCases(ListSessionsUseCase list, GetSessionUseCase get,
                                    ScheduleSessionUseCase schedule, EditSessionUseCase edit,
                                    StartSessionUseCase start, CompleteSessionUseCase complete,
                                    CancelSessionUseCase cancel, PreviewSeriesUseCase previewSeries,
                                    ScheduleSeriesUseCase scheduleSeries, ListFacilitatorsUseCase facilitators,
                                    ListSessionTypesUseCase types, CurrentUserUseCase currentUser) {
        return new SessionUseCases(list, get, schedule, edit, start, complete, cancel, previewSeries,
                scheduleSeries, facilitators, types, currentUser);
    }
}
