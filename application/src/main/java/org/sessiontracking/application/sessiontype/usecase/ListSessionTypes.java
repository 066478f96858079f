package org.sessiontracking.application.sessiontype.usecase;

import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.sessiontype.SessionTypeFilter;
import org.sessiontracking.application.sessiontype.port.in.ListSessionTypesUseCase;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.Permission;

import java.util.List;
import java.util.Optional;

public final class ListSessionTypes implements ListSessionTypesUseCase {

    private final SessionTypeRepository repository;
    private final CurrentActor currentActor;

    public ListSessionTypes(SessionTypeRepository repository, CurrentActor currentActor) {
        this.repository = repository;
        this.currentActor = currentActor;
    }

    @Override
    public List<SessionType> list(SessionTypeFilter filter, PageRequest page) {
        currentActor.get().require(Permission.READ);
        return repository.list(filter, page);
    }

    @Override
    public int count(SessionTypeFilter filter) {
        currentActor.get().require(Permission.READ);
        return repository.count(filter);
    }

    @Override
    public Optional<SessionType> get(SessionTypeId id) {
        currentActor.get().require(Permission.READ);
        return repository.findById(id);
    }
}
