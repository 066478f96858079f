package org.sessiontracking.adapters.persistence.apitoken;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.sessiontracking.adapters.persistence.common.Sequences;
import org.sessiontracking.application.apitoken.port.out.ApiTokenRepository;
import org.sessiontracking.domain.apitoken.ApiToken;
import org.sessiontracking.domain.apitoken.ApiTokenId;
import org.sessiontracking.domain.user.UserId;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.sessiontracking.adapters.persistence.jooq.Tables.API_TOKEN;

/** API tokens in PostgreSQL (V9): their hash and public prefix, never the secret. */
public final class JooqApiTokenRepository implements ApiTokenRepository {

    private final DSLContext db;

    public JooqApiTokenRepository(DSLContext db) {
        this.db = db;
    }

    @Override
    public ApiTokenId nextId() {
        return new ApiTokenId(Sequences.nextId(db, API_TOKEN));
    }

    @Override
    public void add(ApiToken token) {
        db.insertInto(API_TOKEN)
                .set(API_TOKEN.ID, token.id().value())
                .set(API_TOKEN.OWNER_ID, token.owner().value())
                .set(API_TOKEN.NAME, token.name())
                .set(API_TOKEN.PREFIX, token.prefix())
                .set(API_TOKEN.SECRET_HASH, token.secretHash())
                .set(API_TOKEN.CREATED_AT, at(token.createdAt()))
                .execute();
    }

    @Override
    public Optional<ApiToken> findById(ApiTokenId id) {
        return db.selectFrom(API_TOKEN).where(API_TOKEN.ID.eq(id.value())).fetchOptional()
                .map(JooqApiTokenRepository::toDomain);
    }

    @Override
    public Optional<ApiToken> findBySecretHash(String secretHash) {
        return db.selectFrom(API_TOKEN).where(API_TOKEN.SECRET_HASH.eq(secretHash)).fetchOptional()
                .map(JooqApiTokenRepository::toDomain);
    }

    @Override
    public List<ApiToken> listByOwner(UserId owner) {
        return db.selectFrom(API_TOKEN).where(API_TOKEN.OWNER_ID.eq(owner.value()))
                .orderBy(API_TOKEN.CREATED_AT.desc(), API_TOKEN.ID.desc())
                .fetch(JooqApiTokenRepository::toDomain);
    }

    @Override
    public List<ApiToken> listAll() {
        return db.selectFrom(API_TOKEN).orderBy(API_TOKEN.CREATED_AT.desc(), API_TOKEN.ID.desc())
                .fetch(JooqApiTokenRepository::toDomain);
    }

    @Override
    public void revoke(ApiToken token) {
        db.update(API_TOKEN)
                .set(API_TOKEN.REVOKED_AT, at(token.revokedAt().orElseThrow()))
                .set(API_TOKEN.REVOKED_BY, token.revokedBy().orElseThrow().value())
                .where(API_TOKEN.ID.eq(token.id().value())).and(API_TOKEN.REVOKED_AT.isNull())
                .execute();
    }

    @Override
    public void markUsed(ApiTokenId id, Instant at) {
        db.update(API_TOKEN).set(API_TOKEN.LAST_USED_AT, at(at)).where(API_TOKEN.ID.eq(id.value())).execute();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static ApiToken toDomain(Record row) {
        return ApiToken.reconstitute(new ApiTokenId(row.get(API_TOKEN.ID)), new UserId(row.get(API_TOKEN.OWNER_ID)),
                row.get(API_TOKEN.NAME), row.get(API_TOKEN.PREFIX), row.get(API_TOKEN.SECRET_HASH),
                row.get(API_TOKEN.CREATED_AT).toInstant(),
                Optional.ofNullable(row.get(API_TOKEN.LAST_USED_AT)).map(OffsetDateTime::toInstant),
                Optional.ofNullable(row.get(API_TOKEN.REVOKED_AT)).map(OffsetDateTime::toInstant),
                Optional.ofNullable(row.get(API_TOKEN.REVOKED_BY)).map(UserId::new));
    }
}
