package org.sessiontracking.adapters.persistence.user;

import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.sessiontracking.adapters.persistence.common.DatabaseErrors;
import org.sessiontracking.adapters.persistence.common.Sequences;
import org.sessiontracking.adapters.persistence.jooq.tables.records.AppUserRecord;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.DuplicateException;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.UserId;
import org.sessiontracking.domain.user.Username;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static org.jooq.impl.DSL.lower;
import static org.sessiontracking.adapters.persistence.jooq.Tables.APP_USER;

/** The users who sign in, in PostgreSQL. */
public final class JooqUserRepository implements UserRepository {

    private final DSLContext db;
    private final Clock clock;

    public JooqUserRepository(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public UserId nextId() {
        return new UserId(Sequences.nextId(db, APP_USER));
    }

    @Override
    public Optional<User> findById(UserId id) {
        return db.selectFrom(APP_USER).where(APP_USER.ID.eq(id.value())).fetchOptional().map(JooqUserRepository::toDomain);
    }

    @Override
    public Optional<User> findByUsername(Username username) {
        return db.selectFrom(APP_USER).where(lower(APP_USER.USERNAME).eq(lower(username.value())))
                .fetchOptional().map(JooqUserRepository::toDomain);
    }

    @Override
    public void add(User user) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        AppUserRecord row = db.newRecord(APP_USER);
        row.setId(user.id().value());
        copy(user, row);
        row.setVersion(0);
        row.setCreatedAt(now);
        row.setUpdatedAt(now);
        try {
            row.insert();
        } catch (DataAccessException error) {
            if (DatabaseErrors.violatedUniqueConstraint(error).filter("app_user_username_uk"::equals).isPresent()) {
                throw new DuplicateException("username", "Username '" + user.username().value() + "' is already taken");
            }
            throw error;
        }
    }

    @Override
    public void update(User user) {
        AppUserRecord row = db.newRecord(APP_USER);
        copy(user, row);
        row.setVersion(user.version().value() + 1);
        row.setUpdatedAt(OffsetDateTime.now(clock));
        int updated = db.update(APP_USER).set(row)
                .where(APP_USER.ID.eq(user.id().value()))
                .and(APP_USER.VERSION.eq(user.version().value()))
                .execute();
        if (updated == 0) {
            throw new ConcurrentModificationException("User '" + user.username().value()
                    + "' was changed by someone else. Reload to see their changes, then make yours again.");
        }
    }

    @Override
    public List<User> listAll() {
        return db.selectFrom(APP_USER).orderBy(lower(APP_USER.DISPLAY_NAME), APP_USER.ID).fetch(JooqUserRepository::toDomain);
    }

    @Override
    public boolean isEmpty() {
        return !db.fetchExists(APP_USER);
    }

    private static void copy(User user, AppUserRecord row) {
        row.setUsername(user.username().value());
        row.setDisplayName(user.displayName());
        row.setPasswordHash(user.passwordHash());
        row.setRole(user.role().name());
        row.setActive(user.active());
    }

    private static User toDomain(AppUserRecord row) {
        return User.reconstitute(new UserId(row.getId()), new Username(row.getUsername()), row.getDisplayName(),
                row.getPasswordHash(), Role.valueOf(row.getRole()), row.getActive(), new Version(row.getVersion()));
    }
}
