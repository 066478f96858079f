package org.sessiontracking.application.registrant.usecase;

import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.registrant.RegistrantCount;
import org.sessiontracking.application.registrant.RegistrantFilter;
import org.sessiontracking.application.registrant.RegistrantSummary;
import org.sessiontracking.application.registrant.port.in.SearchRegistrantsUseCase;
import org.sessiontracking.application.registrant.port.out.RegistrantRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.user.Permission;

import java.util.List;
import java.util.Optional;

public final class SearchRegistrants implements SearchRegistrantsUseCase {

    private final RegistrantRepository repository;
    private final CurrentActor currentActor;

    public SearchRegistrants(RegistrantRepository repository, CurrentActor currentActor) {
        this.repository = repository;
        this.currentActor = currentActor;
    }

    @Override
    public List<RegistrantSummary> search(RegistrantFilter filter, PageRequest page) {
        currentActor.get().require(Permission.READ);
        return repository.search(filter, page);
    }

    @Override
    public RegistrantCount count(RegistrantFilter filter) {
        currentActor.get().require(Permission.READ);
        return RegistrantCount.capped(repository.countUpTo(filter, COUNT_CAP), COUNT_CAP);
    }

    @Override
    public Optional<RegistrantSummary> get(RegistrantId id) {
        currentActor.get().require(Permission.READ);
        return repository.summary(id);
    }

    @Override
    public List<String> areas() {
        currentActor.get().require(Permission.READ);
        return repository.areas();
    }
}
