package org.sessiontracking.adapters.web.sessiontype;

import org.sessiontracking.application.sessiontype.port.in.AddTopicUseCase;
import org.sessiontracking.application.sessiontype.port.in.CreateSessionTypeUseCase;
import org.sessiontracking.application.sessiontype.port.in.EditSessionTypeUseCase;
import org.sessiontracking.application.sessiontype.port.in.ListSessionTypesUseCase;
import org.sessiontracking.application.sessiontype.port.in.MoveTopicUseCase;
import org.sessiontracking.application.sessiontype.port.in.ReactivateSessionTypeUseCase;
import org.sessiontracking.application.sessiontype.port.in.RenameTopicUseCase;
import org.sessiontracking.application.sessiontype.port.in.RestoreTopicUseCase;
import org.sessiontracking.application.sessiontype.port.in.RetireSessionTypeUseCase;
import org.sessiontracking.application.sessiontype.port.in.RetireTopicUseCase;

/**
 * The in-ports the session-type screens call, gathered so the view takes one constructor argument.
 * Spring builds it from the use-case beans; tests build it from the use cases over in-memory fakes.
 */
public record SessionTypeUseCases(ListSessionTypesUseCase list, CreateSessionTypeUseCase create,
                                  EditSessionTypeUseCase edit, RetireSessionTypeUseCase retire,
                                  ReactivateSessionTypeUseCase reactivate, AddTopicUseCase addTopic,
                                  RenameTopicUseCase renameTopic, MoveTopicUseCase moveTopic,
                                  RetireTopicUseCase retireTopic, RestoreTopicUseCase restoreTopic) {
}
