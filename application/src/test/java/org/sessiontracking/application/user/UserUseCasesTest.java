package org.sessiontracking.application.user;

import org.junit.jupiter.api.Test;
import org.sessiontracking.application.common.DuplicateException;
import org.sessiontracking.application.support.FixedActor;
import org.sessiontracking.application.user.port.in.CreateInitialAdministratorUseCase.Result;
import org.sessiontracking.application.user.port.in.ManageUsersUseCase;
import org.sessiontracking.application.user.port.out.PasswordHasher;
import org.sessiontracking.application.user.usecase.CreateInitialAdministrator;
import org.sessiontracking.application.user.usecase.ManageUsers;
import org.sessiontracking.domain.common.AccessDeniedException;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.Username;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserUseCasesTest {

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final PasswordHasher hasher = plain -> "hashed:" + plain;
    private final CreateInitialAdministrator initial = new CreateInitialAdministrator(users, hasher);

    @Test
    void theFirstStartCreatesAnAdministratorWithAGeneratedPasswordOnce() {
        Result result = initial.createIfNoUsers("admin", Optional.empty());
        Result.Created created = (Result.Created) result;
        String password = created.generatedPassword().orElseThrow();
        assertThat(password).hasSize(16);
        User admin = users.findByUsername(new Username("admin")).orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMINISTRATOR);
        assertThat(admin.passwordHash()).isEqualTo("hashed:" + password);

        assertThat(initial.createIfNoUsers("admin", Optional.empty())).isInstanceOf(Result.UsersAlreadyExist.class);
        assertThat(users.listAll()).hasSize(1);
    }

    @Test
    void aConfiguredPasswordIsUsedAndNotShown() {
        Result.Created created = (Result.Created) initial.createIfNoUsers("root", Optional.of("s3cret-pass"));
        assertThat(created.generatedPassword()).isEmpty();
        assertThat(users.findByUsername(new Username("root")).orElseThrow().passwordHash())
                .isEqualTo("hashed:s3cret-pass");
    }

    @Test
    void administratorsAddUsersSetRolesAndDeactivateThem() {
        FixedActor admin = FixedActor.signedIn(Role.ADMINISTRATOR);
        ManageUsers manage = new ManageUsers(users, hasher, admin);
        User ana = manage.addUser(new ManageUsersUseCase.AddUser("ana", "Ana Reyes", Role.STAFF, "password1"));
        assertThat(ana.passwordHash()).isEqualTo("hashed:password1");

        User changed = manage.changeUser(new ManageUsersUseCase.ChangeUser(ana.id(), ana.version(), "Ana R.",
                Role.MANAGER, false));
        assertThat(changed.role()).isEqualTo(Role.MANAGER);
        assertThat(changed.active()).isFalse();
        assertThat(changed.displayName()).isEqualTo("Ana R.");

        assertThatThrownBy(() -> manage.addUser(new ManageUsersUseCase.AddUser("ANA", "Other", Role.STAFF, "password1")))
                .isInstanceOf(DuplicateException.class)
                .hasMessage("Username 'ana' is already taken");
        assertThatThrownBy(() -> manage.addUser(new ManageUsersUseCase.AddUser("bob", "Bob", Role.STAFF, "short")))
                .hasMessage("Password must be at least 8 characters long");
    }

    @Test
    void onlyAdministratorsManageUsers() {
        ManageUsers manage = new ManageUsers(users, hasher, FixedActor.signedIn(Role.MANAGER));
        assertThatThrownBy(manage::listUsers).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> manage.addUser(new ManageUsersUseCase.AddUser("eve", "Eve", Role.ADMINISTRATOR,
                "password1"))).isInstanceOf(AccessDeniedException.class);
        assertThat(users.isEmpty()).isTrue();
    }
}
