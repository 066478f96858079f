package org.sessiontracking.application.sessiontype.port.in;

import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.sessiontype.SessionTypeFilter;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.util.List;
import java.util.Optional;

/** Anyone signed in lists and reads session types (the configuration grid, session forms, filters). */
public interface ListSessionTypesUseCase {

    List<SessionType> list(SessionTypeFilter filter, PageRequest page);

    int count(SessionTypeFilter filter);

    Optional<SessionType> get(SessionTypeId id);
}
