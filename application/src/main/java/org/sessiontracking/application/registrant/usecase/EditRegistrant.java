package org.sessiontracking.application.registrant.usecase;

import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.registrant.RegistrantSummary;
import org.sessiontracking.application.registrant.port.in.EditRegistrantUseCase;
import org.sessiontracking.application.registrant.port.out.RegistrantRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.registrant.Registrant;
import org.sessiontracking.domain.registrant.RegistrantKind;
import org.sessiontracking.domain.user.Permission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

public final class EditRegistrant implements EditRegistrantUseCase {

    private final RegistrantRepository repository;
    private final CurrentActor currentActor;
    private final Clock clock;

    public EditRegistrant(RegistrantRepository repository, CurrentActor currentActor, Clock clock) {
        this.repository = repository;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Override
    public RegistrantSummary edit(Command command) {
        currentActor.get().require(Permission.IMPORT_REGISTRANTS);
        Registrant registrant = repository.findById(command.id())
                .orElseThrow(() -> new NotFoundException("This registrant no longer exists"));
        if (!registrant.version().equals(command.expectedVersion())) {
            throw new ConcurrentModificationException("Registrant '" + registrant.externalId()
                    + "' was changed by someone else. Reload it to see their changes, then make yours again.");
        }
        Optional<Registrant> group = command.groupId().map(groupId -> repository.findById(groupId)
                .orElseThrow(() -> new DomainException("group", "The chosen household no longer exists")));
        if (registrant.kind() == RegistrantKind.GROUP && command.details().kind() != RegistrantKind.GROUP) {
            int members = repository.countMembers(registrant.id());
            if (members > 0) {
                throw new DomainException("kind", "This household still has " + members
                        + (members == 1 ? " member" : " members") + ": move them to another household first");
            }
        }
        Optional<Registrant> grantee = command.granteeId().map(granteeId -> repository.findById(granteeId)
                .orElseThrow(() -> new DomainException("grantee", "The chosen grantee no longer exists")));
        registrant.edit(command.details(), group, command.active(), LocalDate.now(clock));
        registrant.designateGrantee(grantee);
        repository.update(registrant);
        return repository.summary(registrant.id()).orElseThrow();
    }
}
