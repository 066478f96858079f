package org.sessiontracking.application.apitoken;

import org.sessiontracking.domain.apitoken.ApiTokenId;
import org.sessiontracking.domain.user.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One token as its list shows it: never its secret, only the public prefix.
 *
 * @param shown the prefix as it starts the token, e.g. {@code st_k3m9xq2a_…}
 */
public record ApiTokenRow(ApiTokenId id, UserId owner, String ownerName, String name, String shown,
                          Instant createdAt, Optional<Instant> lastUsedAt, Optional<Instant> revokedAt) {
    public ApiTokenRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }

    public boolean revoked() {
        return revokedAt.isPresent();
    }
}
