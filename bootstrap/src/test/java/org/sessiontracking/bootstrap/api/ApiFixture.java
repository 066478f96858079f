package org.sessiontracking.bootstrap.api;

import org.jooq.DSLContext;
import org.sessiontracking.application.apitoken.TokenSecret;
import org.sessiontracking.application.apitoken.port.out.ApiTokenRepository;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.apitoken.ApiToken;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.Username;

import java.security.SecureRandom;
import java.time.Instant;

/** Users, their API tokens, sessions and registrants for the API's tests, stored straight in the database. */
final class ApiFixture {

    private final DSLContext db;
    private final UserRepository users;
    private final ApiTokenRepository tokens;
    private final SecureRandom random = new SecureRandom();

    ApiFixture(DSLContext db, UserRepository users, ApiTokenRepository tokens) {
        this.db = db;
        this.users = users;
        this.tokens = tokens;
    }

    User user(Role role) {
        String name = role.name().toLowerCase() + ".api." + System.nanoTime();
        users.add(User.create(users.nextId(), new Username(name), "API " + role.label() + " " + name, "no-password", role));
        return users.findByUsername(new Username(name)).orElseThrow();
    }

    /** A token of the user, as the screen would create it; returns its plain text. */
    String token(User user) {
        TokenSecret secret = TokenSecret.generate(random);
        tokens.add(ApiToken.create(tokens.nextId(), user.asActor(), "test token", secret.prefix(), secret.hash(),
                Instant.now()));
        return secret.plainText();
    }

    ApiToken stored(String plainText) {
        return tokens.findBySecretHash(TokenSecret.hashOf(plainText)).orElseThrow();
    }

    void revoke(String plainText, User by) {
        ApiToken token = stored(plainText);
        token.revoke(by.asActor(), Instant.now());
        tokens.revoke(token);
    }

    void deactivate(User user, User admin) {
        User stored = users.findById(user.id()).orElseThrow();
        stored.deactivate(admin.id());
        users.update(stored);
    }

    /** A type without topics, so that a session needs no topic. */
    long typeWithoutTopics() {
        return number("select min(id) from session_type where not topic_tracking and active");
    }

    long session(User facilitator, String status, String date) {
        return number("insert into session (session_type_id, title, session_date, duration_hours, location, "
                + "facilitator_id, status, cancel_reason, created_at, updated_at) values (?, ?, cast(? as date), 2, "
                + "'API hall', ?, ?, ?, now(), now()) returning id", typeWithoutTopics(), "API test " + System.nanoTime(),
                date, facilitator.id().value(), status, status.equals("CANCELLED") ? "rain" : null);
    }

    long registrant(String externalId, String name) {
        return number("insert into registrant (external_id, full_name, kind, area, created_at, updated_at) "
                + "values (?, ?, 'INDIVIDUAL', 'API Barangay', now(), now()) returning id", externalId, name);
    }

    long eligibilityRule(String expression) {
        return number("insert into eligibility_rule (name, expression, created_at, updated_at) values (?, ?, now(), "
                + "now()) returning id", "API rule " + System.nanoTime(), expression);
    }

    long number(String sql, Object... bindings) {
        return db.fetchSingle(sql, bindings).get(0, Long.class);
    }
}
