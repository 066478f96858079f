package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.DuplicateException;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.UserId;
import org.sessiontracking.domain.user.Username;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.sessiontracking.adapters.persistence.memory.MemoryText.lower;

/** The users who sign in, in the store's users table. */
final class MemoryUserRepository implements UserRepository {

    private final MemoryStore store;

    MemoryUserRepository(MemoryStore store) {
        this.store = store;
    }

    @Override
    public UserId nextId() {
        return new UserId(store.userIds.incrementAndGet());
    }

    @Override
    public Optional<User> findById(UserId id) {
        return store.atomically(() -> store.users.get(id).map(user -> copy(user, user.version())));
    }

    @Override
    public Optional<User> findByUsername(Username username) {
        return store.atomically(() -> byUsername(username.value()).map(user -> copy(user, user.version())));
    }

    private Optional<User> byUsername(String username) {
        return store.users.all().stream().filter(user -> user.username().value().equalsIgnoreCase(username))
                .findFirst();
    }

    @Override
    public void add(User user) {
        store.atomically(() -> {
            if (byUsername(user.username().value()).isPresent()) {
                throw new DuplicateException("username", "Username '" + user.username().value()
                        + "' is already taken");
            }
            store.users.put(user.id(), copy(user, Version.NEW));
            return null;
        });
    }

    @Override
    public void update(User user) {
        store.atomically(() -> {
            User stored = store.users.get(user.id()).orElse(null);
            if (stored == null || !stored.version().equals(user.version())) {
                throw new ConcurrentModificationException("User '" + user.username().value()
                        + "' was changed by someone else. Reload to see their changes, then make yours again.");
            }
            store.users.put(user.id(), copy(user, user.version().next()));
            return null;
        });
    }

    @Override
    public List<User> listAll() {
        return store.atomically(() -> store.users.all().stream()
                .sorted(Comparator.comparing((User user) -> lower(user.displayName()))
                        .thenComparingLong(user -> user.id().value()))
                .map(user -> copy(user, user.version())).toList());
    }

    @Override
    public boolean isEmpty() {
        return store.atomically(() -> store.users.all().isEmpty());
    }

    private static User copy(User user, Version version) {
        return User.reconstitute(user.id(), user.username(), user.displayName(), user.passwordHash(), user.role(),
                user.active(), version);
    }
}
