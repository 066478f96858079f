package org.sessiontracking.adapters.web.session;

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
import org.sessiontracking.application.sessiontype.port.in.ListSessionTypesUseCase;
import org.sessiontracking.application.user.port.in.CurrentUserUseCase;

/**
 * The in-ports the session screens call, gathered so that a view takes one constructor argument.
 * Spring builds it from the use-case beans; tests build it from the use cases over in-memory fakes.
 */
public record SessionUseCases(ListSessionsUseCase list, GetSessionUseCase get, ScheduleSessionUseCase schedule,
                              EditSessionUseCase edit, StartSessionUseCase start, CompleteSessionUseCase complete,
                              CancelSessionUseCase cancel, PreviewSeriesUseCase previewSeries,
                              ScheduleSeriesUseCase scheduleSeries, ListFacilitatorsUseCase facilitators,
                              ListSessionTypesUseCase types, CurrentUserUseCase currentUser) {
}
