package org.sessiontracking.application.apitoken;

import org.junit.jupiter.api.Test;
import org.sessiontracking.application.apitoken.port.in.ManageApiTokensUseCase.CreatedToken;
import org.sessiontracking.application.apitoken.port.in.ManageApiTokensUseCase.Scope;
import org.sessiontracking.application.apitoken.usecase.AuthenticateApiToken;
import org.sessiontracking.application.apitoken.usecase.ManageApiTokens;
import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.support.FixedActor;
import org.sessiontracking.application.user.InMemoryUserRepository;
import org.sessiontracking.domain.common.AccessDeniedException;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.Username;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiTokenUseCasesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    private final InMemoryApiTokenRepository tokens = new InMemoryApiTokenRepository();
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final User maria = user("maria", Role.STAFF);
    private final User victor = user("victor", Role.VIEWER);
    private final User admin = user("admin", Role.ADMINISTRATOR);
    private final FixedActor signedIn = FixedActor.signedIn(maria.asActor());

    private User user(String name, Role role) {
        User user = User.create(users.nextId(), new Username(name), name, "hash", role);
        users.add(user);
        return users.findById(user.id()).orElseThrow();
    }

    private ManageApiTokens manage() {
        return new ManageApiTokens(tokens, users, signedIn, clock, new SecureRandom());
    }

    private AuthenticateApiToken authenticate() {
        return new AuthenticateApiToken(tokens, users, clock);
    }

    @Test
    void aNewTokenIsShownOnceAndOnlyItsHashAndPrefixAreStored() {
        CreatedToken created = manage().create("  Field tablet 3 ");

        assertThat(created.plainText()).matches("st_[a-z2-9]{8}_[A-Za-z0-9_-]{43}");
        assertThat(created.token().name()).isEqualTo("Field tablet 3");
        assertThat(created.token().shown()).isEqualTo(created.plainText().substring(0, 12) + "…");
        var stored = tokens.findById(created.token().id()).orElseThrow();
        assertThat(stored.secretHash()).isEqualTo(TokenSecret.hashOf(created.plainText()))
                .doesNotContain(created.plainText().substring(12));
        assertThat(manage().list(Scope.MINE)).singleElement()
                .satisfies(row -> assertThat(row.toString()).doesNotContain(created.plainText()));
    }

    @Test
    void twoTokensNeverShareASecret() {
        assertThat(manage().create("one").plainText()).isNotEqualTo(manage().create("two").plainText());
    }

    @Test
    void aTokenNeedsAName() {
        assertThatThrownBy(() -> manage().create(" ")).isInstanceOf(InvalidValueException.class)
                .hasMessage("Name is required");
        assertThat(tokens.listAll()).isEmpty();
    }

    @Test
    void aTokenStandsForItsOwnerUntilRevoked() {
        CreatedToken created = manage().create("tablet");
        assertThat(authenticate().authenticate(created.plainText())).map(User::id).contains(maria.id());

        manage().revoke(created.token().id());

        assertThat(authenticate().authenticate(created.plainText())).isEmpty();
        assertThat(manage().list(Scope.MINE)).singleElement()
                .satisfies(row -> assertThat(row.revokedAt()).contains(NOW));
        assertThatThrownBy(() -> manage().revoke(created.token().id())).isInstanceOf(DomainException.class)
                .hasMessage("Token 'tablet' is already revoked");
    }

    @Test
    void anythingElseThanAKnownTokenStandsForNobody() {
        String token = manage().create("tablet").plainText();
        assertThat(authenticate().authenticate(token.substring(0, token.length() - 1) + "x")).isEmpty();
        assertThat(authenticate().authenticate("")).isEmpty();
        assertThat(authenticate().authenticate(null)).isEmpty();
        assertThat(authenticate().authenticate("st_" + "a".repeat(200))).isEmpty();
    }

    @Test
    void theTokensOfADeactivatedUserStopAtOnce() {
        String token = manage().create("tablet").plainText();
        User stored = users.findById(maria.id()).orElseThrow();
        stored.deactivate(admin.id());
        users.update(stored);

        assertThat(authenticate().authenticate(token)).isEmpty();
    }

    @Test
    void lastUseIsNotedToTheMinute() {
        CreatedToken created = manage().create("tablet");
        authenticate().authenticate(created.plainText());
        assertThat(tokens.findById(created.token().id()).orElseThrow().lastUsedAt()).contains(NOW);

        clock = Clock.fixed(NOW.plusSeconds(30), ZoneOffset.UTC);
        authenticate().authenticate(created.plainText());
        assertThat(tokens.findById(created.token().id()).orElseThrow().lastUsedAt()).contains(NOW);

        clock = Clock.fixed(NOW.plus(Duration.ofMinutes(1)), ZoneOffset.UTC);
        authenticate().authenticate(created.plainText());
        assertThat(tokens.findById(created.token().id()).orElseThrow().lastUsedAt())
                .contains(NOW.plus(Duration.ofMinutes(1)));
    }

    @Test
    void nobodyElseSeesOrRevokesMyTokensButAnAdministrator() {
        CreatedToken mine = manage().create("tablet");

        signedIn.switchTo(victor.asActor());
        assertThat(manage().list(Scope.MINE)).isEmpty();
        assertThatThrownBy(() -> manage().list(Scope.EVERYONE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> manage().revoke(mine.token().id())).isInstanceOf(NotFoundException.class);
        assertThat(authenticate().authenticate(mine.plainText())).isPresent();

        signedIn.switchTo(admin.asActor());
        assertThat(manage().list(Scope.EVERYONE)).singleElement()
                .satisfies(row -> assertThat(row.ownerName()).isEqualTo("maria"));
        assertThat(manage().revoke(mine.token().id()).revoked()).isTrue();
        assertThat(tokens.findById(mine.token().id()).orElseThrow().revokedBy()).contains(admin.id());
        assertThat(authenticate().authenticate(mine.plainText())).isEqualTo(Optional.empty());
    }
}
