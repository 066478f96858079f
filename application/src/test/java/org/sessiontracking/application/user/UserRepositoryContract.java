package org.sessiontracking.application.user;

import org.junit.jupiter.api.Test;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.DuplicateException;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.UserId;
import org.sessiontracking.domain.user.Username;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link UserRepository} must do; run against the jOOQ and in-memory adapters and the fake. */
public abstract class UserRepositoryContract {

    protected abstract UserRepository repository();

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    private User newUser(String name, Role role) {
        return User.create(repository().nextId(), new Username(name + "." + suffix), name, "hash-of-" + name, role);
    }

    @Test
    void storesAndFindsAUserByUsernameIgnoringCase() {
        User ana = newUser("Ana", Role.STAFF);
        repository().add(ana);
        User stored = repository().findByUsername(new Username(("ANA." + suffix).toUpperCase())).orElseThrow();
        assertThat(stored.id()).isEqualTo(ana.id());
        assertThat(stored.displayName()).isEqualTo("Ana");
        assertThat(stored.passwordHash()).isEqualTo("hash-of-Ana");
        assertThat(stored.role()).isEqualTo(Role.STAFF);
        assertThat(stored.active()).isTrue();
        assertThat(stored.version()).isEqualTo(Version.NEW);
        assertThat(repository().isEmpty()).isFalse();
        assertThat(repository().listAll()).extracting(User::id).contains(ana.id());
    }

    @Test
    void aTakenUsernameIsRefused() {
        repository().add(newUser("Ben", Role.VIEWER));
        User twin = User.create(repository().nextId(), new Username("BEN." + suffix), "Other Ben", "h", Role.STAFF);
        assertThatThrownBy(() -> repository().add(twin)).isInstanceOf(DuplicateException.class);
    }

    @Test
    void updatesCheckTheVersion() {
        User cara = newUser("Cara", Role.STAFF);
        repository().add(cara);
        User first = repository().findById(cara.id()).orElseThrow();
        User second = repository().findById(cara.id()).orElseThrow();
        first.changeRole(Role.MANAGER, first.id());
        first.deactivate(new UserId(-1));
        repository().update(first);
        User stored = repository().findById(cara.id()).orElseThrow();
        assertThat(stored.role()).isEqualTo(Role.MANAGER);
        assertThat(stored.active()).isFalse();
        assertThat(stored.version()).isEqualTo(new Version(1));

        second.rename("Cara B");
        assertThatThrownBy(() -> repository().update(second)).isInstanceOf(ConcurrentModificationException.class);
    }
}
