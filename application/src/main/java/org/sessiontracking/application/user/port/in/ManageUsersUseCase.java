package org.sessiontracking.application.user.port.in;

import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.UserId;

import java.util.List;
import java.util.Objects;

/** An administrator lists users, adds them, sets their role, resets passwords and (de)activates them. */
public interface ManageUsersUseCase {

    List<User> listUsers();

    User addUser(AddUser command);

    User changeUser(ChangeUser command);

    User resetPassword(ResetPassword command);

    record AddUser(String username, String displayName, Role role, String password) {
        public AddUser {
            Objects.requireNonNull(role, "role");
        }
    }

    /** Sets name, role and whether the account may sign in. */
    record ChangeUser(UserId id, Version expectedVersion, String displayName, Role role, boolean active) {
        public ChangeUser {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
            Objects.requireNonNull(role, "role");
        }
    }

    record ResetPassword(UserId id, Version expectedVersion, String newPassword) {
        public ResetPassword {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
        }
    }
}
