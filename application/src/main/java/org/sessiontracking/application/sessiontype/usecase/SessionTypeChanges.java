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

import java.util.Comparator;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

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

    /**
     * Refuses a name or code that another type already uses as its name or code (ignoring case; the
     * domain's rule, {@link SessionTypeDetails#clashWith}). The store enforces the same under concurrency.
     */
    void requireUnique(SessionTypeDetails details, SessionTypeId self) {
        Stream.of(Optional.of(details.name()), details.code())
                .flatMap(Optional::stream)
                .flatMap(identifier -> Stream.of(repository.findByName(identifier), repository.findByCode(identifier)))
                .flatMap(Optional::stream)
                .filter(other -> !other.id().equals(self))
                .flatMap(other -> details.clashWith(other.details()).stream())
                .min(Comparator.comparing(clash -> !clash.field().equals("name")))
                .ifPresent(clash -> {
                    throw new DuplicateException(clash.field(), clash.message());
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
