package org.sessiontracking.application.sessiontype.usecase;

import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.DuplicateException;
import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.sessiontype.port.in.SessionTypeVersion;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeDetails;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.Permission;

import java.util.function.Consumer;

/**
 * The steps every change of a stored session type shares: only administrators, the type must exist,
 * nobody else may have saved it since the user loaded it, and the stored result is returned.
 */
final class SessionTypeChanges {

    private final SessionTypeRepository repository;
    private final CurrentActor currentActor;

    SessionTypeChanges(SessionTypeRepository repository, CurrentActor currentActor) {
        this.repository = repository;
        this.currentActor = currentActor;
    }

    void requireAdministrator() {
        currentActor.get().require(Permission.CONFIGURE_SESSION_TYPES);
    }

    SessionType apply(SessionTypeVersion seen, Consumer<SessionType> change) {
        requireAdministrator();
        SessionType type = load(seen.id());
        if (!type.version().equals(seen.version())) {
            throw changedBySomeoneElse(type);
        }
        change.accept(type);
        repository.update(type);
        return load(seen.id());
    }

    /** Refuses a name or code that another type already has (ignoring case). */
    void requireUnique(SessionTypeDetails details, SessionTypeId self) {
        repository.findByName(details.name())
                .filter(other -> !other.id().equals(self))
                .ifPresent(other -> {
                    throw new DuplicateException("name", "A session type named '" + other.name() + "' already exists");
                });
        details.code().flatMap(repository::findByCode)
                .filter(other -> !other.id().equals(self))
                .ifPresent(other -> {
                    throw new DuplicateException("code", "Code '" + other.details().code().orElseThrow()
                            + "' is already used by '" + other.name() + "'");
                });
    }

    private SessionType load(SessionTypeId id) {
        return repository.findById(id)
                .orElseThrow(() -> new NotFoundException("Session type " + id.value() + " does not exist"));
    }

    static ConcurrentModificationException changedBySomeoneElse(SessionType type) {
        return new ConcurrentModificationException("Session type '" + type.name()
                + "' was changed by someone else. Reload it to see their changes, then make yours again.");
    }
}
