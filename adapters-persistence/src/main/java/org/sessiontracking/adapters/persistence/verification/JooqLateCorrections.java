package org.sessiontracking.adapters.persistence.verification;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.sessiontracking.application.attendance.port.out.LateCorrectionLog;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.verification.LateCorrectionRow;
import org.sessiontracking.application.verification.port.out.LateCorrectionRepository;
import org.sessiontracking.domain.attendance.AttendanceChange;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.user.UserId;
import org.sessiontracking.domain.verification.CorrectionState;
import org.sessiontracking.domain.verification.LateCorrection;
import org.sessiontracking.domain.verification.LateCorrectionId;
import org.sessiontracking.domain.verification.VerificationPeriod;
import org.sessiontracking.domain.verification.VerificationPeriodId;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Late corrections in late_correction (V13): written by attendance recording, read and decided by verification. */
public final class JooqLateCorrections implements LateCorrectionRepository, LateCorrectionLog {

    private static final String SELECT = "select c.id, c.period_id, c.session_id, c.registrant_id, c.old_status, "
            + "c.new_status, c.reason, c.changed_by, c.changed_at, c.state, c.decided_by, c.decided_by_name, "
            + "c.decided_at, c.decision_note, c.version";

    private final DSLContext db;
    private final JooqVerificationPeriods periods;

    public JooqLateCorrections(DSLContext db) {
        this.db = db;
        this.periods = new JooqVerificationPeriods(db);
    }

    @Override
    public Optional<VerificationPeriod> periodOf(SessionId session) {
        return db.resultQuery(JooqVerificationPeriods.SELECT_PERIOD + " join session s on s.session_type_id = "
                        + "p.session_type_id and s.session_date between p.period_from and p.period_to where s.id = ? "
                        + "order by p.period_from limit 1", session.value())
                .fetchOptional(periods::period);
    }

    @Override
    public LateCorrectionId nextId() {
        return new LateCorrectionId(db.resultQuery(
                "select nextval(pg_get_serial_sequence('late_correction', 'id'))").fetchOne(0, Long.class));
    }

    @Override
    public void add(List<LateCorrection> corrections) {
        for (LateCorrection correction : corrections) {
            AttendanceChange change = correction.change();
            db.execute("insert into late_correction (id, period_id, session_id, registrant_id, old_status, new_status, "
                            + "reason, changed_by, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?::timestamptz)",
                    correction.id().value(), correction.period().value(), change.session().value(),
                    change.registrant().value(), change.oldStatus().map(Enum::name).orElse(null),
                    change.newStatus().map(Enum::name).orElse(null), change.reason(), change.changedBy().value(),
                    OffsetDateTime.ofInstant(change.changedAt(), ZoneOffset.UTC));
        }
    }

    @Override
    public Optional<LateCorrection> findById(LateCorrectionId id) {
        return db.resultQuery(SELECT + " from late_correction c where c.id = ?", id.value())
                .fetchOptional(JooqLateCorrections::correction);
    }

    @Override
    public void update(LateCorrection correction) {
        LateCorrection.Decision decision = correction.decision().orElseThrow();
        int updated = db.execute("update late_correction set state = ?, decided_by = ?, decided_by_name = ?, "
                        + "decided_at = ?::timestamptz, decision_note = ?, version = version + 1 where id = ? and version = ?",
                correction.state().name(), decision.by().value(), decision.byName(),
                OffsetDateTime.ofInstant(decision.at(), ZoneOffset.UTC), decision.note(), correction.id().value(),
                correction.version().value());
        if (updated != 1) {
            throw new ConcurrentModificationException("Someone else decided this late correction meanwhile; reload");
        }
    }

    @Override
    public List<LateCorrectionRow> ofPeriod(VerificationPeriodId period) {
        return db.resultQuery(SELECT + ", s.title, s.session_date, r.external_id, r.full_name, u.display_name "
                        + "from late_correction c join session s on s.id = c.session_id "
                        + "join registrant r on r.id = c.registrant_id join app_user u on u.id = c.changed_by "
                        + "where c.period_id = ? order by c.changed_at desc, c.id desc", period.value())
                .fetch(record -> new LateCorrectionRow(correction(record), record.get(15, String.class),
                        record.get(16, LocalDate.class), record.get(17, String.class), record.get(18, String.class),
                        record.get(19, String.class)));
    }

    @Override
    public int pendingOf(VerificationPeriodId period) {
        return db.resultQuery("select count(*) from late_correction where period_id = ? and state = 'PENDING'",
                period.value()).fetchOne(0, Integer.class);
    }

    private static LateCorrection correction(Record record) {
        AttendanceChange change = new AttendanceChange(new SessionId(record.get(2, Long.class)),
                new RegistrantId(record.get(3, Long.class)), status(record.get(4, String.class)),
                status(record.get(5, String.class)), record.get(6, String.class),
                new UserId(record.get(7, Long.class)), record.get(8, OffsetDateTime.class).toInstant());
        Optional<LateCorrection.Decision> decision = Optional.ofNullable(record.get(12, OffsetDateTime.class))
                .map(at -> new LateCorrection.Decision(new UserId(record.get(10, Long.class)),
                        record.get(11, String.class), at.toInstant(), record.get(13, String.class)));
        return LateCorrection.reconstitute(new LateCorrectionId(record.get(0, Long.class)),
                new VerificationPeriodId(record.get(1, Long.class)), change,
                CorrectionState.valueOf(record.get(9, String.class)), decision,
                new Version(record.get(14, Integer.class)));
    }

    private static Optional<AttendanceStatus> status(String value) {
        return Optional.ofNullable(value).map(AttendanceStatus::valueOf);
    }
}
