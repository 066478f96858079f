package org.sessiontracking.application.apitoken.port.in;

import org.sessiontracking.application.apitoken.ApiTokenRow;
import org.sessiontracking.domain.apitoken.ApiTokenId;

import java.util.List;

/**
 * Everyone signed in creates personal API tokens for their field apps and scripts, sees their own and
 * revokes them; an administrator also sees and revokes everyone's.
 */
public interface ManageApiTokensUseCase {

    /** A new token of the signed-in user; its plain text is in the answer and nowhere else, ever. */
    CreatedToken create(String name);

    /** The signed-in user's tokens (or, for an administrator asking for everyone's, all), newest first. */
    List<ApiTokenRow> list(Scope scope);

    /** Revokes a token at once: the next call made with it is refused. */
    ApiTokenRow revoke(ApiTokenId id);

    enum Scope {
        MINE,
        /** Administrators only. */
        EVERYONE
    }

    /** @param plainText the token to copy now: it cannot be shown again */
    record CreatedToken(ApiTokenRow token, String plainText) {
    }
}
