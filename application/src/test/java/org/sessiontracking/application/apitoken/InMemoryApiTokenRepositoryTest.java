package org.sessiontracking.application.apitoken;

import org.sessiontracking.application.apitoken.port.out.ApiTokenRepository;
import org.sessiontracking.application.user.InMemoryUserRepository;
import org.sessiontracking.application.user.port.out.UserRepository;

class InMemoryApiTokenRepositoryTest extends ApiTokenRepositoryContract {

    private final InMemoryApiTokenRepository tokens = new InMemoryApiTokenRepository();
    private final InMemoryUserRepository users = new InMemoryUserRepository();

    @Override
    protected ApiTokenRepository tokens() {
        return tokens;
    }

    @Override
    protected UserRepository users() {
        return users;
    }
}
