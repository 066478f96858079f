package org.sessiontracking.application.user.port.out;

import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.UserId;
import org.sessiontracking.domain.user.Username;

import java.util.List;
import java.util.Optional;

/** Stores the users who sign in. */
public interface UserRepository {

    UserId nextId();

    Optional<User> findById(UserId id);

    /** The user with this username, ignoring case. */
    Optional<User> findByUsername(Username username);

    /** Stores a new user; a taken username gives a {@code DuplicateException}. */
    void add(User user);

    /** Stores the changed user if the stored version is still {@code user.version()}. */
    void update(User user);

    /** All users, ordered by display name. */
    List<User> listAll();

    boolean isEmpty();
}
