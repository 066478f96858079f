package org.sessiontracking.application.apitoken.port.out;

import org.sessiontracking.domain.apitoken.ApiToken;
import org.sessiontracking.domain.apitoken.ApiTokenId;
import org.sessiontracking.domain.user.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores API tokens: their hash, never their secret. */
public interface ApiTokenRepository {

    ApiTokenId nextId();

    void add(ApiToken token);

    Optional<ApiToken> findById(ApiTokenId id);

    /** The token whose secret hashes to this (revoked or not). */
    Optional<ApiToken> findBySecretHash(String secretHash);

    /** The user's tokens, newest first. */
    List<ApiToken> listByOwner(UserId owner);

    /** Every token, newest first. */
    List<ApiToken> listAll();

    /** Marks the token revoked, unless it already is (a revocation is never undone or moved). */
    void revoke(ApiToken token);

    /** Notes when the token was last used; touches nothing else (a revocation meanwhile stays). */
    void markUsed(ApiTokenId id, Instant at);
}
