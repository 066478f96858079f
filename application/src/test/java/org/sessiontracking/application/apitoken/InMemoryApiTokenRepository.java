package org.sessiontracking.application.apitoken;

import org.sessiontracking.application.apitoken.port.out.ApiTokenRepository;
import org.sessiontracking.domain.apitoken.ApiToken;
import org.sessiontracking.domain.apitoken.ApiTokenId;
import org.sessiontracking.domain.user.UserId;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The API tokens in a map, for use-case tests. */
public final class InMemoryApiTokenRepository implements ApiTokenRepository {

    private static final Comparator<ApiToken> NEWEST_FIRST = Comparator.comparing(ApiToken::createdAt)
            .thenComparing(token -> token.id().value()).reversed();

    private final Map<ApiTokenId, ApiToken> tokens = new LinkedHashMap<>();
    private long lastId;

    @Override
    public ApiTokenId nextId() {
        return new ApiTokenId(++lastId);
    }

    @Override
    public void add(ApiToken token) {
        if (tokens.values().stream().anyMatch(other -> other.secretHash().equals(token.secretHash()))) {
            throw new IllegalStateException("two tokens with one hash");
        }
        tokens.put(token.id(), copy(token, token.lastUsedAt()));
    }

    @Override
    public Optional<ApiToken> findById(ApiTokenId id) {
        return Optional.ofNullable(tokens.get(id)).map(token -> copy(token, token.lastUsedAt()));
    }

    @Override
    public Optional<ApiToken> findBySecretHash(String secretHash) {
        return tokens.values().stream().filter(token -> token.secretHash().equals(secretHash)).findFirst()
                .map(token -> copy(token, token.lastUsedAt()));
    }

    @Override
    public List<ApiToken> listByOwner(UserId owner) {
        return tokens.values().stream().filter(token -> token.owner().equals(owner)).sorted(NEWEST_FIRST).toList();
    }

    @Override
    public List<ApiToken> listAll() {
        return tokens.values().stream().sorted(NEWEST_FIRST).toList();
    }

    @Override
    public void revoke(ApiToken token) {
        ApiToken stored = tokens.get(token.id());
        if (stored != null && !stored.revoked()) {
            tokens.put(token.id(), ApiToken.reconstitute(stored.id(), stored.owner(), stored.name(), stored.prefix(),
                    stored.secretHash(), stored.createdAt(), stored.lastUsedAt(), token.revokedAt(), token.revokedBy()));
        }
    }

    @Override
    public void markUsed(ApiTokenId id, Instant at) {
        tokens.computeIfPresent(id, (key, token) -> copy(token, Optional.of(at)));
    }

    private static ApiToken copy(ApiToken token, Optional<Instant> lastUsedAt) {
        return ApiToken.reconstitute(token.id(), token.owner(), token.name(), token.prefix(), token.secretHash(),
                token.createdAt(), lastUsedAt, token.revokedAt(), token.revokedBy());
    }
}
