package org.sessiontracking.domain.attendance;

import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.common.Text;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.user.Actor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A session's attendance: at most one record per registrant, changed only by someone who may record
 * this session, never for a cancelled session, and with a reason for every correction of a completed
 * one. Each change becomes a {@link Write}: the history entry plus the version the stored record must
 * still have, so that a save never overwrites what someone else stored in the meantime.
 */
public final class AttendanceSheet {

    /**
     * One change to store.
     *
     * @param expected the stored record's version this change was made on; empty when it adds a record
     */
    public record Write(AttendanceChange change, Optional<Version> expected) {
        public Write {
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(expected, "expected");
        }

        public RegistrantId registrant() {
            return change.registrant();
        }
    }

    private final AttendanceSession session;
    private final Map<RegistrantId, AttendanceRecord> records = new LinkedHashMap<>();
    private final Map<RegistrantId, Write> writes = new LinkedHashMap<>();

    private AttendanceSheet(AttendanceSession session, Collection<AttendanceRecord> stored) {
        this.session = Objects.requireNonNull(session, "session");
        for (AttendanceRecord record : stored) {
            if (!record.session().equals(session.id())) {
                throw new IllegalArgumentException("record of session " + record.session() + " on sheet of " + session.id());
            }
            if (records.putIfAbsent(record.registrant(), record) != null) {
                throw new IllegalArgumentException("two records for registrant " + record.registrant());
            }
        }
    }

    /** The sheet with the session's stored records. */
    public static AttendanceSheet reconstitute(AttendanceSession session, Collection<AttendanceRecord> stored) {
        return new AttendanceSheet(session, stored);
    }

    public AttendanceSession session() {
        return session;
    }

    public List<AttendanceRecord> records() {
        return List.copyOf(records.values());
    }

    public Optional<AttendanceRecord> record(RegistrantId registrant) {
        return Optional.ofNullable(records.get(registrant));
    }

    public AttendanceCounts counts() {
        return AttendanceCounts.of(records.values().stream().map(AttendanceRecord::status).toList());
    }

    /** The changes made since loading, one per registrant, in the order first changed. */
    public List<Write> writes() {
        return List.copyOf(writes.values());
    }

    /**
     * Adds a record with {@code status} for each registrant not yet on the sheet; registrants already
     * on it (or named twice) are left as they are.
     *
     * @return the registrants added, in the given order
     */
    public List<RegistrantId> add(Collection<RegistrantId> registrants, AttendanceStatus status, String reason,
                                  Actor actor, Instant at) {
        Objects.requireNonNull(status, "status");
        session.requireRecordableBy(actor);
        String why = checkedReason(reason);
        List<RegistrantId> added = new ArrayList<>();
        for (RegistrantId registrant : new LinkedHashSet<>(registrants)) {
            if (!records.containsKey(registrant)) {
                put(registrant, status, why, actor, at);
                added.add(registrant);
            }
        }
        return added;
    }

    /**
     * Gives the registrant {@code status} and {@code reason}, adding a record if there is none.
     *
     * @return whether anything changed (the same status and reason again is no change)
     */
    public boolean record(RegistrantId registrant, AttendanceStatus status, String reason, Actor actor, Instant at) {
        Objects.requireNonNull(status, "status");
        session.requireRecordableBy(actor);
        String why = checkedReason(reason);
        AttendanceRecord current = records.get(registrant);
        if (current != null && current.status() == status && current.reason().equals(why)) {
            return false;
        }
        put(registrant, status, why, actor, at);
        return true;
    }

    /** Removes the registrant's record; the removal is kept in the history like any change. */
    public void remove(RegistrantId registrant, String reason, Actor actor, Instant at) {
        session.requireRecordableBy(actor);
        String why = checkedReason(reason);
        AttendanceRecord current = records.remove(registrant);
        if (current == null) {
            throw new DomainException("Registrant " + registrant.value() + " has no attendance record in this session");
        }
        merge(registrant, Optional.of(current.status()), Optional.empty(), why, actor, at, Optional.of(current.version()));
    }

    private void put(RegistrantId registrant, AttendanceStatus status, String reason, Actor actor, Instant at) {
        AttendanceRecord current = records.get(registrant);
        Optional<Version> stored = Optional.ofNullable(current).map(AttendanceRecord::version);
        Version next = stored.map(Version::next).orElse(Version.NEW);
        records.put(registrant, new AttendanceRecord(session.id(), registrant, status, reason, actor.id(), at, next));
        merge(registrant, Optional.ofNullable(current).map(AttendanceRecord::status), Optional.of(status), reason,
                actor, at, stored);
    }

    /** Several changes to one registrant before saving become one write from the first state to the last. */
    private void merge(RegistrantId registrant, Optional<AttendanceStatus> from, Optional<AttendanceStatus> to,
                       String reason, Actor actor, Instant at, Optional<Version> expected) {
        Write earlier = writes.remove(registrant);
        Optional<AttendanceStatus> oldStatus = earlier == null ? from : earlier.change().oldStatus();
        Optional<Version> baseVersion = earlier == null ? expected : earlier.expected();
        if (oldStatus.isEmpty() && to.isEmpty()) {
            return; // added and removed again before saving: nothing to store
        }
        if (earlier != null && to.isPresent() && baseVersion.isPresent()) {
            // the record keeps the version it will have once this one write is stored
            AttendanceRecord merged = records.get(registrant);
            records.put(registrant, new AttendanceRecord(merged.session(), registrant, merged.status(), merged.reason(),
                    merged.recordedBy(), merged.recordedAt(), baseVersion.get().next()));
        } else if (earlier != null && to.isPresent()) {
            AttendanceRecord merged = records.get(registrant);
            records.put(registrant, new AttendanceRecord(merged.session(), registrant, merged.status(), merged.reason(),
                    merged.recordedBy(), merged.recordedAt(), Version.NEW));
        }
        writes.put(registrant, new Write(new AttendanceChange(session.id(), registrant, oldStatus, to, reason,
                actor.id(), at), baseVersion));
    }

    private String checkedReason(String reason) {
        String why = Text.optional("reason", "Reason", reason, AttendanceRecord.MAX_REASON_LENGTH);
        if (why.isEmpty() && session.reasonRequired()) {
            throw new DomainException("reason", session.reasonRequiredBecause());
        }
        return why;
    }
}
