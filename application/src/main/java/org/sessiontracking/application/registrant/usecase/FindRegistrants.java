package org.sessiontracking.application.registrant.usecase;

import org.sessiontracking.application.registrant.RegistrantFilter;
import org.sessiontracking.application.registrant.RegistrantSummary;
import org.sessiontracking.application.registrant.port.in.FindRegistrantsUseCase;
import org.sessiontracking.application.registrant.port.out.RegistrantRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.registrant.RegistrantKind;
import org.sessiontracking.domain.user.Permission;

import java.util.Collection;
import java.util.List;

public final class FindRegistrants implements FindRegistrantsUseCase {

    private final RegistrantRepository repository;
    private final CurrentActor currentActor;

    public FindRegistrants(RegistrantRepository repository, CurrentActor currentActor) {
        this.repository = repository;
        this.currentActor = currentActor;
    }

    @Override
    public List<RegistrantSummary> byExternalIds(Collection<String> externalIds) {
        currentActor.get().require(Permission.READ);
        return externalIds.isEmpty() ? List.of() : repository.findByExternalIds(externalIds);
    }

    @Override
    public List<RegistrantSummary> activeMembersOf(RegistrantId groupId) {
        currentActor.get().require(Permission.READ);
        return bounded(RegistrantFilter.ALL.withGroup(groupId).onlyActive(), "This household");
    }

    @Override
    public List<RegistrantSummary> activeIndividualsIn(String area) {
        currentActor.get().require(Permission.READ);
        if (area == null || area.isBlank()) {
            throw new DomainException("area", "Choose an area");
        }
        return bounded(RegistrantFilter.ALL.withArea(area).withKind(RegistrantKind.INDIVIDUAL).onlyActive(),
                "Area '" + area.strip() + "'");
    }

    private List<RegistrantSummary> bounded(RegistrantFilter filter, String what) {
        if (repository.countUpTo(filter, MAX_RESULTS) > MAX_RESULTS) {
            throw new DomainException(what + " has more than " + String.format("%,d", MAX_RESULTS)
                    + " active registrants: choose them by search or by household instead");
        }
        return repository.list(filter);
    }

}
