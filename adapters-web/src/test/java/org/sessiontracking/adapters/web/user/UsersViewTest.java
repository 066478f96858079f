package org.sessiontracking.adapters.web.user;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.support.FixedActor;
import org.sessiontracking.application.user.InMemoryUserRepository;
import org.sessiontracking.application.user.usecase.ManageUsers;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.Username;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class UsersViewTest {

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final ManageUsers manageUsers = new ManageUsers(users, plain -> "hashed:" + plain,
            FixedActor.signedIn(Role.ADMINISTRATOR));

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes());
        UI.getCurrent().add(new UsersView(manageUsers));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @SuppressWarnings("unchecked")
    private void fillNewUser(String username, String name, Role role, String password) {
        _click(_get(Button.class, spec -> spec.withId("add-user")));
        _setValue(_get(TextField.class, spec -> spec.withId("user-username")), username);
        _setValue(_get(TextField.class, spec -> spec.withId("user-name")), name);
        _setValue((Select<Role>) _get(Select.class, spec -> spec.withId("user-role")), role);
        _setValue(_get(PasswordField.class, spec -> spec.withId("user-password")), password);
        _click(_get(Button.class, spec -> spec.withId("save-user")));
    }

    @Test
    void anAdministratorAddsAStaffUser() {
        fillNewUser("maria", "Maria Santos", Role.STAFF, "long-enough");
        User maria = users.findByUsername(new Username("maria")).orElseThrow();
        assertThat(maria.role()).isEqualTo(Role.STAFF);
        assertThat(maria.passwordHash()).isEqualTo("hashed:long-enough");
        @SuppressWarnings("unchecked") Grid<User> grid = _get(Grid.class, spec -> spec.withId("users-grid"));
        assertThat(GridKt._getFormattedRow(grid, 0)).startsWith("Maria Santos", "maria", "Staff");
    }

    @Test
    void aShortPasswordIsRefusedNextToTheFieldAndNothingIsStored() {
        fillNewUser("ana", "Ana", Role.VIEWER, "short");
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("user-password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Password must be at least 8 characters long");
        assertThat(users.isEmpty()).isTrue();
    }

    @Test
    void anAdministratorDeactivatesAUser() {
        fillNewUser("ben", "Ben", Role.STAFF, "long-enough");
        @SuppressWarnings("unchecked") Grid<User> grid = _get(Grid.class, spec -> spec.withId("users-grid"));
        GridKt._clickItem(grid, 0);
        _setValue(_get(Checkbox.class, spec -> spec.withId("user-active")), false);
        _click(_get(Button.class, spec -> spec.withId("save-user")));
        assertThat(users.findByUsername(new Username("ben")).orElseThrow().active()).isFalse();
    }
}
