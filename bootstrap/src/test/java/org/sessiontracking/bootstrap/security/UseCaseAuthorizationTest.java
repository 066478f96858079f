package org.sessiontracking.bootstrap.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.sessiontype.SessionTypeFilter;
import org.sessiontracking.application.sessiontype.port.in.CreateSessionTypeUseCase;
import org.sessiontracking.application.sessiontype.port.in.ListSessionTypesUseCase;
import org.sessiontracking.application.user.port.in.ManageUsersUseCase;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.bootstrap.ApplicationTest;
import org.sessiontracking.domain.common.AccessDeniedException;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.Frequency;
import org.sessiontracking.domain.sessiontype.SessionTypeDetails;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.UserId;
import org.sessiontracking.domain.user.Username;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The server refuses what a role does not allow even when a use case is called directly, past the screens. */
class UseCaseAuthorizationTest extends ApplicationTest {

    @Autowired
    private CreateSessionTypeUseCase createSessionType;
    @Autowired
    private ListSessionTypesUseCase listSessionTypes;
    @Autowired
    private ManageUsersUseCase manageUsers;
    @Autowired
    private UserRepository users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signInAs(Role role, boolean active) {
        String name = role.name().toLowerCase() + "." + System.nanoTime();
        User user = User.create(users.nextId(), new Username(name), name, "not-a-real-hash", role);
        if (!active) {
            user.deactivate(new UserId(-1));
        }
        users.add(user);
        SignedInUser principal = new SignedInUser(users.findByUsername(new Username(name)).orElseThrow());
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
    }

    private CreateSessionTypeUseCase.Command newType(String name) {
        return new CreateSessionTypeUseCase.Command(new SessionTypeDetails(name, Optional.empty(), "",
                Frequency.MONTHLY, BigDecimal.ONE, 80, ExcusedPolicy.LEFT_OUT), false, List.of());
    }

    @Test
    void staffCannotCreateSessionTypesEvenByCallingTheUseCase() {
        signInAs(Role.STAFF, true);
        int before = listSessionTypes.count(SessionTypeFilter.ALL);
        assertThatThrownBy(() -> createSessionType.create(newType("Staff made " + System.nanoTime())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(listSessionTypes.count(SessionTypeFilter.ALL)).isEqualTo(before);
        assertThatThrownBy(manageUsers::listUsers).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void administratorsCreateSessionTypes() {
        signInAs(Role.ADMINISTRATOR, true);
        String name = "Admin made " + System.nanoTime();
        assertThat(createSessionType.create(newType(name)).name()).isEqualTo(name);
    }

    @Test
    void nobodySignedInAndDeactivatedUsersAreRefused() {
        assertThatThrownBy(() -> listSessionTypes.count(SessionTypeFilter.ALL)).isInstanceOf(AccessDeniedException.class);
        signInAs(Role.ADMINISTRATOR, false);
        assertThatThrownBy(() -> createSessionType.create(newType("Ghost " + System.nanoTime())))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Your account is no longer active");
    }
}
