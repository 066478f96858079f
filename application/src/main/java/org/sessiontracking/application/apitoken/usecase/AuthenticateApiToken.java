package org.sessiontracking.application.apitoken.usecase;

import org.sessiontracking.application.apitoken.TokenSecret;
import org.sessiontracking.application.apitoken.port.in.AuthenticateApiTokenUseCase;
import org.sessiontracking.application.apitoken.port.out.ApiTokenRepository;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.apitoken.ApiToken;
import org.sessiontracking.domain.user.User;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

public final class AuthenticateApiToken implements AuthenticateApiTokenUseCase {

    /** "Last used" is kept to the minute: a field app's burst of calls writes it once, not once per call. */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final Clock clock;

    public AuthenticateApiToken(ApiTokenRepository tokens, UserRepository users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public Optional<User> authenticate(String presentedToken) {
        if (!TokenSecret.looksLikeAToken(presentedToken)) {
            return Optional.empty();
        }
        Optional<ApiToken> token = tokens.findBySecretHash(TokenSecret.hashOf(presentedToken))
                .filter(found -> !found.revoked());
        Optional<User> owner = token.flatMap(found -> users.findById(found.owner())).filter(User::active);
        if (owner.isPresent()) {
            Instant now = clock.instant();
            ApiToken used = token.get();
            if (used.lastUsedAt().map(last -> !last.plus(LAST_USED_RESOLUTION).isAfter(now)).orElse(true)) {
                tokens.markUsed(used.id(), now);
            }
        }
        return owner;
    }
}
