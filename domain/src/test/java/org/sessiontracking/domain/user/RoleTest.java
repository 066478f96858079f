package org.sessiontracking.domain.user;

import org.junit.jupiter.api.Test;
import org.sessiontracking.domain.common.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoleTest {

    @Test
    void onlyAdministratorsConfigureSessionTypes() {
        assertThat(Role.ADMINISTRATOR.allows(Permission.CONFIGURE_SESSION_TYPES)).isTrue();
        assertThat(Role.MANAGER.allows(Permission.CONFIGURE_SESSION_TYPES)).isFalse();
        assertThat(Role.STAFF.allows(Permission.CONFIGURE_SESSION_TYPES)).isFalse();
        assertThat(Role.VIEWER.allows(Permission.CONFIGURE_SESSION_TYPES)).isFalse();
    }

    @Test
    void viewersOnlyRead() {
        for (Permission permission : Permission.values()) {
            assertThat(Role.VIEWER.allows(permission)).isEqualTo(permission == Permission.READ);
        }
    }

    @Test
    void staffEditOnlyTheirOwnSessions() {
        assertThat(Role.STAFF.allows(Permission.EDIT_OWN_SESSIONS)).isTrue();
        assertThat(Role.STAFF.allows(Permission.EDIT_ALL_SESSIONS)).isFalse();
        assertThat(Role.MANAGER.allows(Permission.EDIT_ALL_SESSIONS)).isTrue();
    }

    @Test
    void staffWorkTheirOwnCasesManagersAndAdministratorsAllViewersNone() {
        assertThat(Role.STAFF.allows(Permission.WORK_OWN_CASES)).isTrue();
        assertThat(Role.STAFF.allows(Permission.WORK_ALL_CASES)).isFalse();
        assertThat(Role.MANAGER.allows(Permission.WORK_ALL_CASES)).isTrue();
        assertThat(Role.ADMINISTRATOR.allows(Permission.WORK_ALL_CASES)).isTrue();
        assertThat(Role.VIEWER.allows(Permission.WORK_OWN_CASES)).isFalse();
    }

    @Test
    void anActorWithoutThePermissionIsRefused() {
        Actor staff = new Actor(new UserId(3), "Ana", Role.STAFF);
        assertThatThrownBy(() -> staff.require(Permission.CONFIGURE_SESSION_TYPES))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Your role (Staff) does not allow this action");
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        User admin = User.create(new UserId(1), new Username("admin"), "Admin", "hash", Role.ADMINISTRATOR);
        assertThatThrownBy(() -> admin.changeRole(Role.STAFF, new UserId(1)))
                .hasMessage("You cannot remove your own administrator role");
        assertThatThrownBy(() -> admin.deactivate(new UserId(1)))
                .hasMessage("You cannot deactivate your own account");
        admin.changeRole(Role.MANAGER, new UserId(2));
        assertThat(admin.role()).isEqualTo(Role.MANAGER);
    }
}
