package org.sessiontracking.application.apitoken;

import org.junit.jupiter.api.Test;
import org.sessiontracking.application.apitoken.port.out.ApiTokenRepository;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.apitoken.ApiToken;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.Username;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link ApiTokenRepository} must do; run against the fake and the jOOQ adapter. */
public abstract class ApiTokenRepositoryContract {

    protected abstract ApiTokenRepository tokens();

    protected abstract UserRepository users();

    private static final Instant CREATED = Instant.parse("2026-03-02T08:00:00Z");
    private final SecureRandom random = new SecureRandom();

    private Actor newUser(Role role) {
        User user = User.create(users().nextId(), new Username("token." + UUID.randomUUID().toString().substring(0, 8)),
                "Token owner", "hash", role);
        users().add(user);
        return user.asActor();
    }

    private ApiToken newToken(Actor owner, String name, Instant created) {
        TokenSecret secret = TokenSecret.generate(random);
        ApiToken token = ApiToken.create(tokens().nextId(), owner, name, secret.prefix(), secret.hash(), created);
        tokens().add(token);
        return token;
    }

    @Test
    void storesATokenAndFindsItByIdAndByHash() {
        Actor owner = newUser(Role.STAFF);
        ApiToken token = newToken(owner, "tablet", CREATED);

        ApiToken found = tokens().findBySecretHash(token.secretHash()).orElseThrow();
        assertThat(found.id()).isEqualTo(token.id());
        assertThat(found.owner()).isEqualTo(owner.id());
        assertThat(found.name()).isEqualTo("tablet");
        assertThat(found.prefix()).isEqualTo(token.prefix());
        assertThat(found.createdAt()).isEqualTo(CREATED);
        assertThat(found.lastUsedAt()).isEmpty();
        assertThat(found.revoked()).isFalse();
        assertThat(tokens().findById(token.id())).isPresent();
        assertThat(tokens().findBySecretHash("0".repeat(64))).isEmpty();
    }

    @Test
    void listsAUsersTokensNewestFirst() {
        Actor owner = newUser(Role.VIEWER);
        ApiToken older = newToken(owner, "older", CREATED);
        ApiToken newer = newToken(owner, "newer", CREATED.plus(1, ChronoUnit.DAYS));
        newToken(newUser(Role.STAFF), "someone else's", CREATED);

        assertThat(tokens().listByOwner(owner.id())).extracting(ApiToken::id).containsExactly(newer.id(), older.id());
        assertThat(tokens().listAll()).extracting(ApiToken::id).contains(newer.id(), older.id());
    }

    @Test
    void aRevocationIsFinalAndMarkingUseTouchesNothingElse() {
        Actor owner = newUser(Role.STAFF);
        ApiToken token = newToken(owner, "tablet", CREATED);
        ApiToken loaded = tokens().findById(token.id()).orElseThrow();
        loaded.revoke(owner, CREATED.plusSeconds(60));
        tokens().revoke(loaded);

        tokens().markUsed(token.id(), CREATED.plusSeconds(120));
        ApiToken again = tokens().findById(token.id()).orElseThrow();
        ApiToken other = ApiToken.reconstitute(again.id(), again.owner(), again.name(), again.prefix(),
                again.secretHash(), again.createdAt(), again.lastUsedAt(), java.util.Optional.of(CREATED.plusSeconds(999)),
                again.revokedBy());
        tokens().revoke(other);

        ApiToken stored = tokens().findById(token.id()).orElseThrow();
        assertThat(stored.revokedAt()).contains(CREATED.plusSeconds(60));
        assertThat(stored.revokedBy()).contains(owner.id());
        assertThat(stored.lastUsedAt()).contains(CREATED.plusSeconds(120));
    }
}
