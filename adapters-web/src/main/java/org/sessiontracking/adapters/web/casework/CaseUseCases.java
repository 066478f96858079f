package org.sessiontracking.adapters.web.casework;

import org.sessiontracking.application.casework.port.in.AssignCaseWorkerUseCase;
import org.sessiontracking.application.casework.port.in.CloseCaseUseCase;
import org.sessiontracking.application.casework.port.in.GetCaseUseCase;
import org.sessiontracking.application.casework.port.in.ListCasesUseCase;
import org.sessiontracking.application.casework.port.in.ManageCasePlanUseCase;
import org.sessiontracking.application.casework.port.in.OpenCaseUseCase;
import org.sessiontracking.application.registrant.port.in.SearchRegistrantsUseCase;
import org.sessiontracking.application.session.port.in.ListSessionsUseCase;
import org.sessiontracking.application.sessiontype.port.in.ListSessionTypesUseCase;
import org.sessiontracking.application.user.port.in.CurrentUserUseCase;

/** The in-ports the case screens call, gathered so that each screen takes one argument. */
public record CaseUseCases(OpenCaseUseCase open, ListCasesUseCase list, GetCaseUseCase get, ManageCasePlanUseCase plan,
                           CloseCaseUseCase close, AssignCaseWorkerUseCase assign, SearchRegistrantsUseCase registrants,
                           ListSessionTypesUseCase types, ListSessionsUseCase sessions, CurrentUserUseCase currentUser) {
}
