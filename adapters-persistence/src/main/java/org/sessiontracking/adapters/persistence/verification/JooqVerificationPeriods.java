package org.sessiontracking.adapters.persistence.verification;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.verification.UnfinishedSession;
import org.sessiontracking.application.verification.port.out.VerificationPeriodRepository;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.UserId;
import org.sessiontracking.domain.verification.PeriodDraft;
import org.sessiontracking.domain.verification.PeriodEvent;
import org.sessiontracking.domain.verification.VerificationPeriod;
import org.sessiontracking.domain.verification.VerificationPeriodId;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Verification periods and their events in verification_period and verification_period_event (V13). */
public final class JooqVerificationPeriods implements VerificationPeriodRepository {

    static final String SELECT_PERIOD = "select p.id, p.session_type_id, p.name, p.period_from, p.period_to, "
            + "p.deadline, p.version from verification_period p";

    private final DSLContext db;

    public JooqVerificationPeriods(DSLContext db) {
        this.db = db;
    }

    @Override
    public VerificationPeriodId nextId() {
        return new VerificationPeriodId(db.resultQuery(
                "select nextval(pg_get_serial_sequence('verification_period', 'id'))").fetchOne(0, Long.class));
    }

    @Override
    public void add(VerificationPeriod period) {
        db.execute("insert into verification_period (id, session_type_id, name, period_from, period_to, deadline) "
                        + "values (?, ?, ?, ?, ?, ?)", period.id().value(), period.type().value(), period.name(),
                period.from(), period.to(), period.deadline());
        appendEvents(period, 0);
    }

    @Override
    public void update(VerificationPeriod period) {
        int updated = db.execute("update verification_period set version = version + 1 where id = ? and version = ?",
                period.id().value(), period.version().value());
        if (updated != 1) {
            throw new ConcurrentModificationException("Someone else changed the period '" + period.name()
                    + "' meanwhile; reload it");
        }
        appendEvents(period, period.events().size() - period.newEvents().size());
    }

    private void appendEvents(VerificationPeriod period, int stored) {
        int seq = stored;
        for (PeriodEvent event : period.newEvents()) {
            db.execute("insert into verification_period_event (period_id, seq, kind, version, by_user, by_name, at, "
                            + "reason) values (?, ?, ?, ?, ?, ?, ?::timestamptz, ?)", period.id().value(), ++seq, event.kind().name(),
                    event.version(), event.by().value(), event.byName(), OffsetDateTime.ofInstant(event.at(),
                            java.time.ZoneOffset.UTC), event.reason());
        }
    }

    @Override
    public Optional<VerificationPeriod> findById(VerificationPeriodId id) {
        return db.resultQuery(SELECT_PERIOD + " where p.id = ?", id.value()).fetchOptional(this::period);
    }

    @Override
    public List<VerificationPeriod> ofType(SessionTypeId type) {
        return db.resultQuery(SELECT_PERIOD + " where p.session_type_id = ? order by p.period_from, p.id", type.value())
                .fetch(this::period);
    }

    @Override
    public List<UnfinishedSession> unfinishedSessions(SessionTypeId type, LocalDate from, LocalDate to) {
        return db.resultQuery("select id, title, session_date, status from session where session_type_id = ? "
                        + "and session_date between ? and ? and status in ('SCHEDULED', 'IN_PROGRESS') "
                        + "order by session_date, id", type.value(), from, to)
                .fetch(record -> new UnfinishedSession(new SessionId(record.get(0, Long.class)),
                        record.get(1, String.class), record.get(2, LocalDate.class),
                        SessionStatus.valueOf(record.get(3, String.class))));
    }

    VerificationPeriod period(Record record) {
        long id = record.get(0, Long.class);
        List<PeriodEvent> events = db.resultQuery("select kind, version, by_user, by_name, at, reason "
                        + "from verification_period_event where period_id = ? order by seq", id)
                .fetch(event -> new PeriodEvent(PeriodEvent.Kind.valueOf(event.get(0, String.class)),
                        event.get(1, Integer.class), new UserId(event.get(2, Long.class)), event.get(3, String.class),
                        event.get(4, OffsetDateTime.class).toInstant(), event.get(5, String.class)));
        return VerificationPeriod.reconstitute(new VerificationPeriodId(id),
                new SessionTypeId(record.get(1, Long.class)),
                new PeriodDraft(record.get(2, String.class), record.get(3, LocalDate.class),
                        record.get(4, LocalDate.class), record.get(5, LocalDate.class)),
                events, new Version(record.get(6, Integer.class)));
    }
}
