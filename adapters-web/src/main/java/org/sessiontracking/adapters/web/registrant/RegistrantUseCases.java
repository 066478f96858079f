package org.sessiontracking.adapters.web.registrant;

import org.sessiontracking.application.registrant.port.in.EditRegistrantUseCase;
import org.sessiontracking.application.registrant.port.in.ImportRegistrantsUseCase;
import org.sessiontracking.application.registrant.port.in.SearchRegistrantsUseCase;
import org.sessiontracking.application.user.port.in.CurrentUserUseCase;

/**
 * The in-ports the registrant screens call, gathered so that a view takes one constructor argument.
 * Spring builds it from the use-case beans; tests build it from the use cases over in-memory fakes.
 */
public record RegistrantUseCases(SearchRegistrantsUseCase search, EditRegistrantUseCase edit,
                                 ImportRegistrantsUseCase importer, CurrentUserUseCase currentUser) {
}
