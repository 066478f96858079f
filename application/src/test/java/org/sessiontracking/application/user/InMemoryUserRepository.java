package org.sessiontracking.application.user;

import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.DuplicateException;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.UserId;
import org.sessiontracking.domain.user.Username;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** A faithful in-memory {@link UserRepository}, kept honest by {@link UserRepositoryContract}. */
public final class InMemoryUserRepository implements UserRepository {

    private final Map<UserId, User> users = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong(100);

    @Override
    public UserId nextId() {
        return new UserId(ids.incrementAndGet());
    }

    @Override
    public Optional<User> findById(UserId id) {
        return Optional.ofNullable(users.get(id)).map(user -> copy(user, user.version()));
    }

    @Override
    public Optional<User> findByUsername(Username username) {
        return users.values().stream()
                .filter(user -> user.username().value().equalsIgnoreCase(username.value()))
                .findFirst().flatMap(user -> findById(user.id()));
    }

    @Override
    public void add(User user) {
        if (findByUsername(user.username()).isPresent()) {
            throw new DuplicateException("username", "Username '" + user.username().value() + "' is already taken");
        }
        users.put(user.id(), copy(user, Version.NEW));
    }

    @Override
    public void update(User user) {
        User stored = users.get(user.id());
        if (stored == null || !stored.version().equals(user.version())) {
            throw new ConcurrentModificationException("User '" + user.username().value()
                    + "' was changed by someone else. Reload to see their changes, then make yours again.");
        }
        users.put(user.id(), copy(user, user.version().next()));
    }

    @Override
    public List<User> listAll() {
        return users.values().stream().sorted(Comparator.comparing(user -> user.displayName().toLowerCase()))
                .map(user -> copy(user, user.version())).toList();
    }

    @Override
    public boolean isEmpty() {
        return users.isEmpty();
    }

    private static User copy(User user, Version version) {
        return User.reconstitute(user.id(), user.username(), user.displayName(), user.passwordHash(), user.role(),
                user.active(), version);
    }
}
