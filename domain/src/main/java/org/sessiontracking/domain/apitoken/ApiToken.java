package org.sessiontracking.domain.apitoken;

import org.sessiontracking.domain.common.AccessDeniedException;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.common.Text;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Permission;
import org.sessiontracking.domain.user.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A personal API token: a machine (a field app, a script) signs in with it and then acts as its owner,
 * with the owner's role. Only a hash of the secret is kept, with a short public prefix that lets the
 * owner tell their tokens apart. The owner revokes their own tokens, an administrator anyone's; a
 * revoked token never works again.
 */
public final class ApiToken {

    public static final int MAX_NAME_LENGTH = 100;

    private final ApiTokenId id;
    private final UserId owner;
    private final String name;
    private final String prefix;
    private final String secretHash;
    private final Instant createdAt;
    private final Optional<Instant> lastUsedAt;
    private Optional<Instant> revokedAt;
    private Optional<UserId> revokedBy;

    private ApiToken(ApiTokenId id, UserId owner, String name, String prefix, String secretHash, Instant createdAt,
                     Optional<Instant> lastUsedAt, Optional<Instant> revokedAt, Optional<UserId> revokedBy) {
        this.id = Objects.requireNonNull(id, "id");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.name = Text.required("name", "Name", name, MAX_NAME_LENGTH);
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.secretHash = Objects.requireNonNull(secretHash, "secretHash");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.lastUsedAt = Objects.requireNonNull(lastUsedAt, "lastUsedAt");
        this.revokedAt = Objects.requireNonNull(revokedAt, "revokedAt");
        this.revokedBy = Objects.requireNonNull(revokedBy, "revokedBy");
    }

    /** A new token of the actor, who must be allowed to read at least (every role is). */
    public static ApiToken create(ApiTokenId id, Actor owner, String name, String prefix, String secretHash,
                                  Instant createdAt) {
        owner.require(Permission.READ);
        return new ApiToken(id, owner.id(), name, prefix, secretHash, createdAt, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public static ApiToken reconstitute(ApiTokenId id, UserId owner, String name, String prefix, String secretHash,
                                        Instant createdAt, Optional<Instant> lastUsedAt, Optional<Instant> revokedAt,
                                        Optional<UserId> revokedBy) {
        return new ApiToken(id, owner, name, prefix, secretHash, createdAt, lastUsedAt, revokedAt, revokedBy);
    }

    /** Whether the actor may see and revoke this token: its owner, or an administrator. */
    public boolean manageableBy(Actor actor) {
        return owner.equals(actor.id()) || actor.may(Permission.MANAGE_USERS);
    }

    public void revoke(Actor actor, Instant at) {
        if (!manageableBy(actor)) {
            throw new AccessDeniedException("Only its owner or an administrator may revoke this token");
        }
        if (revoked()) {
            throw new DomainException("Token '" + name + "' is already revoked");
        }
        revokedAt = Optional.of(at);
        revokedBy = Optional.of(actor.id());
    }

    public boolean revoked() {
        return revokedAt.isPresent();
    }

    public ApiTokenId id() {
        return id;
    }

    public UserId owner() {
        return owner;
    }

    public String name() {
        return name;
    }

    public String prefix() {
        return prefix;
    }

    public String secretHash() {
        return secretHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> lastUsedAt() {
        return lastUsedAt;
    }

    public Optional<Instant> revokedAt() {
        return revokedAt;
    }

    public Optional<UserId> revokedBy() {
        return revokedBy;
    }
}
