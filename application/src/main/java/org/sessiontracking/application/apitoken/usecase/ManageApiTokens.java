package org.sessiontracking.application.apitoken.usecase;

import org.sessiontracking.application.apitoken.ApiTokenRow;
import org.sessiontracking.application.apitoken.TokenSecret;
import org.sessiontracking.application.apitoken.port.in.ManageApiTokensUseCase;
import org.sessiontracking.application.apitoken.port.out.ApiTokenRepository;
import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.apitoken.ApiToken;
import org.sessiontracking.domain.apitoken.ApiTokenId;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Permission;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.UserId;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

public final class ManageApiTokens implements ManageApiTokensUseCase {

    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final SecureRandom random;

    public ManageApiTokens(ApiTokenRepository tokens, UserRepository users, CurrentActor currentActor, Clock clock,
                           SecureRandom random) {
        this.tokens = tokens;
        this.users = users;
        this.currentActor = currentActor;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public CreatedToken create(String name) {
        Actor actor = currentActor.get();
        TokenSecret secret = TokenSecret.generate(random);
        ApiToken token = ApiToken.create(tokens.nextId(), actor, name, secret.prefix(), secret.hash(), clock.instant());
        tokens.add(token);
        return new CreatedToken(row(token, actor.displayName()), secret.plainText());
    }

    @Override
    public List<ApiTokenRow> list(Scope scope) {
        Actor actor = currentActor.get();
        if (scope == Scope.MINE) {
            return tokens.listByOwner(actor.id()).stream().map(token -> row(token, actor.displayName())).toList();
        }
        actor.require(Permission.MANAGE_USERS);
        Map<UserId, String> names = users.listAll().stream()
                .collect(Collectors.toMap(User::id, User::displayName));
        return tokens.listAll().stream()
                .map(token -> row(token, names.getOrDefault(token.owner(), "user " + token.owner().value())))
                .toList();
    }

    @Override
    public ApiTokenRow revoke(ApiTokenId id) {
        Actor actor = currentActor.get();
        ApiToken token = tokens.findById(id).filter(found -> found.manageableBy(actor))
                .orElseThrow(() -> new NotFoundException("API token " + id.value() + " does not exist"));
        token.revoke(actor, clock.instant());
        tokens.revoke(token);
        String owner = users.findById(token.owner()).map(User::displayName).orElse("user " + token.owner().value());
        return row(tokens.findById(id).orElseThrow(), owner);
    }

    static ApiTokenRow row(ApiToken token, String ownerName) {
        return new ApiTokenRow(token.id(), token.owner(), ownerName, token.name(),
                TokenSecret.MARKER + token.prefix() + "_…", token.createdAt(), token.lastUsedAt(), token.revokedAt());
    }

}
