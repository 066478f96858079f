package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.apitoken.port.out.ApiTokenRepository;
import org.sessiontracking.domain.apitoken.ApiToken;
import org.sessiontracking.domain.apitoken.ApiTokenId;
import org.sessiontracking.domain.user.UserId;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Personal API tokens, in the store's tokens table. Like the database it refuses two tokens with one
 * hash and tokens of users that are not stored.
 */
final class MemoryApiTokenRepository implements ApiTokenRepository {

    private static final Comparator<ApiToken> NEWEST_FIRST = Comparator.comparing(ApiToken::createdAt)
            .thenComparing(token -> token.id().value()).reversed();

    private final MemoryStore store;

    MemoryApiTokenRepository(MemoryStore store) {
        this.store = store;
    }

    @Override
    public ApiTokenId nextId() {
        return new ApiTokenId(store.tokenIds.incrementAndGet());
    }

    @Override
    public void add(ApiToken token) {
        store.atomically(() -> {
            if (!store.users.contains(token.owner())) {
                throw new IllegalStateException("no user " + token.owner().value() + " (foreign key)");
            }
            if (store.tokens.contains(token.id()) || store.tokens.all().stream()
                    .anyMatch(other -> other.secretHash().equals(token.secretHash()))) {
                throw new IllegalStateException("the token is already stored (unique id and hash)");
            }
            store.tokens.put(token.id(), copy(token, token.lastUsedAt()));
            return null;
        });
    }

    @Override
    public Optional<ApiToken> findById(ApiTokenId id) {
        return store.atomically(() -> store.tokens.get(id));
    }

    @Override
    public Optional<ApiToken> findBySecretHash(String secretHash) {
        return store.atomically(() -> store.tokens.all().stream()
                .filter(token -> token.secretHash().equals(secretHash)).findFirst());
    }

    @Override
    public List<ApiToken> listByOwner(UserId owner) {
        return store.atomically(() -> store.tokens.all().stream().filter(token -> token.owner().equals(owner))
                .sorted(NEWEST_FIRST).toList());
    }

    @Override
    public List<ApiToken> listAll() {
        return store.atomically(() -> store.tokens.all().stream().sorted(NEWEST_FIRST).toList());
    }

    @Override
    public void revoke(ApiToken token) {
        store.atomically(() -> {
            store.tokens.get(token.id()).filter(stored -> !stored.revoked()).ifPresent(stored ->
                    store.tokens.put(stored.id(), ApiToken.reconstitute(stored.id(), stored.owner(), stored.name(),
                            stored.prefix(), stored.secretHash(), stored.createdAt(), stored.lastUsedAt(),
                            token.revokedAt(), token.revokedBy())));
            return null;
        });
    }

    @Override
    public void markUsed(ApiTokenId id, Instant at) {
        store.atomically(() -> {
            store.tokens.get(id).ifPresent(token -> store.tokens.put(id, copy(token, Optional.of(at))));
            return null;
        });
    }

    private static ApiToken copy(ApiToken token, Optional<Instant> lastUsedAt) {
        return ApiToken.reconstitute(token.id(), token.owner(), token.name(), token.prefix(), token.secretHash(),
                token.createdAt(), lastUsedAt, token.revokedAt(), token.revokedBy());
    }
}
