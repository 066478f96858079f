package org.sessiontracking.domain.user;

import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.common.Text;
import org.sessiontracking.domain.common.Version;

import java.util.Objects;

/**
 * A person who signs in. The password hash is opaque here: hashing is an adapter's job, behind the
 * application's {@code PasswordHasher} port.
 */
public final class User {

    public static final int MIN_PASSWORD_LENGTH = 8;

    private final UserId id;
    private final Username username;
    private String displayName;
    private String passwordHash;
    private Role role;
    private boolean active;
    private final Version version;

    private User(UserId id, Username username, String displayName, String passwordHash, Role role,
                 boolean active, Version version) {
        this.id = Objects.requireNonNull(id, "id");
        this.username = Objects.requireNonNull(username, "username");
        this.displayName = Text.required("displayName", "Name", displayName, 100);
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.role = Objects.requireNonNull(role, "role");
        this.active = active;
        this.version = Objects.requireNonNull(version, "version");
    }

    public static User create(UserId id, Username username, String displayName, String passwordHash, Role role) {
        return new User(id, username, displayName, passwordHash, role, true, Version.NEW);
    }

    public static User reconstitute(UserId id, Username username, String displayName, String passwordHash,
                                    Role role, boolean active, Version version) {
        return new User(id, username, displayName, passwordHash, role, active, version);
    }

    /** Checks a new plain-text password before it is hashed. */
    public static void checkPasswordStrength(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new DomainException("password",
                    "Password must be at least " + MIN_PASSWORD_LENGTH + " characters long");
        }
    }

    public void rename(String newDisplayName) {
        this.displayName = Text.required("displayName", "Name", newDisplayName, 100);
    }

    public void changeRole(Role newRole, UserId changedBy) {
        Objects.requireNonNull(newRole, "role");
        if (id.equals(changedBy) && role == Role.ADMINISTRATOR && newRole != Role.ADMINISTRATOR) {
            throw new DomainException("role", "You cannot remove your own administrator role");
        }
        this.role = newRole;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "passwordHash");
    }

    public void deactivate(UserId deactivatedBy) {
        if (id.equals(deactivatedBy)) {
            throw new DomainException("You cannot deactivate your own account");
        }
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public UserId id() {
        return id;
    }

    public Username username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public boolean active() {
        return active;
    }

    public Version version() {
        return version;
    }

    public Actor asActor() {
        return new Actor(id, displayName, role);
    }
}
