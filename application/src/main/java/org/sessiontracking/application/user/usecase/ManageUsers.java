package org.sessiontracking.application.user.usecase;

import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.DuplicateException;
import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.user.port.in.ManageUsersUseCase;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.application.user.port.out.PasswordHasher;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Permission;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.UserId;
import org.sessiontracking.domain.user.Username;

import java.util.List;

public final class ManageUsers implements ManageUsersUseCase {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final CurrentActor currentActor;

    public ManageUsers(UserRepository users, PasswordHasher hasher, CurrentActor currentActor) {
        this.users = users;
        this.hasher = hasher;
        this.currentActor = currentActor;
    }

    @Override
    public List<User> listUsers() {
        administrator();
        return users.listAll();
    }

    @Override
    public User addUser(AddUser command) {
        administrator();
        Username username = new Username(command.username());
        users.findByUsername(username).ifPresent(existing -> {
            throw new DuplicateException("username", "Username '" + existing.username().value() + "' is already taken");
        });
        User.checkPasswordStrength(command.password());
        User user = User.create(users.nextId(), username, command.displayName(), hasher.hash(command.password()),
                command.role());
        users.add(user);
        return users.findById(user.id()).orElseThrow();
    }

    @Override
    public User changeUser(ChangeUser command) {
        Actor actor = administrator();
        User user = load(command.id(), command.expectedVersion());
        user.rename(command.displayName());
        user.changeRole(command.role(), actor.id());
        if (command.active() && !user.active()) {
            user.reactivate();
        } else if (!command.active() && user.active()) {
            user.deactivate(actor.id());
        }
        users.update(user);
        return users.findById(user.id()).orElseThrow();
    }

    @Override
    public User resetPassword(ResetPassword command) {
        administrator();
        User user = load(command.id(), command.expectedVersion());
        User.checkPasswordStrength(command.newPassword());
        user.changePasswordHash(hasher.hash(command.newPassword()));
        users.update(user);
        return users.findById(user.id()).orElseThrow();
    }

    private Actor administrator() {
        Actor actor = currentActor.get();
        actor.require(Permission.MANAGE_USERS);
        return actor;
    }

    private User load(UserId id, Version expected) {
        User user = users.findById(id).orElseThrow(() -> new NotFoundException("User " + id.value() + " does not exist"));
        if (!user.version().equals(expected)) {
            throw new ConcurrentModificationException("User '" + user.username().value()
                    + "' was changed by someone else. Reload to see their changes, then make yours again.");
        }
        return user;
    }
}
