package org.sessiontracking.domain.enrolment;

import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is expected at the sessions of one type: some areas, households or registrants
 * ({@link EnrolmentScope}), from a first day, until a last day or open-ended. What it means for
 * compliance is {@link org.sessiontracking.domain.attendance.CountedRecords#missing}: an enrolled
 * registrant's held session without a record is a missing record, which counts by the type's
 * {@link org.sessiontracking.domain.sessiontype.MissingRecordPolicy}; and an enrolled registrant is on the
 * type's compliance list even with no record at all.
 */
public final class Enrolment {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final EnrolmentId id;
    private final SessionTypeId type;
    private final EnrolmentScope scope;
    private final LocalDate from;
    private Optional<LocalDate> to;
    private final Version version;

    private Enrolment(EnrolmentId id, SessionTypeId type, EnrolmentScope scope, LocalDate from,
                      Optional<LocalDate> to, Version version) {
        this.id = Objects.requireNonNull(id, "id");
        this.type = Objects.requireNonNull(type, "type");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.version = Objects.requireNonNull(version, "version");
    }

    /** A new enrolment; {@code to} empty when it has no end yet. */
    public static Enrolment create(EnrolmentId id, SessionTypeId type, EnrolmentScope scope, LocalDate from,
                                   Optional<LocalDate> to) {
        if (type == null) {
            throw new InvalidValueException("type", "The session type is required");
        }
        if (scope == null) {
            throw new InvalidValueException("scope", "Choose at least one area, household or registrant");
        }
        if (from == null) {
            throw new InvalidValueException("from", "The first day is required");
        }
        Optional<LocalDate> until = to == null ? Optional.empty() : to;
        if (until.isPresent() && until.get().isBefore(from)) {
            throw new InvalidValueException("to", "The last day (" + DAY.format(until.get())
                    + ") is before the first (" + DAY.format(from) + ")");
        }
        return new Enrolment(id, type, scope, from, until, Version.NEW);
    }

    public static Enrolment reconstitute(EnrolmentId id, SessionTypeId type, EnrolmentScope scope, LocalDate from,
                                         Optional<LocalDate> to, Version version) {
        return new Enrolment(id, type, scope, from, to, version);
    }

    /**
     * Whether the registrant (of area {@code area}, member of {@code household} if any) is expected at a
     * session of this enrolment's type on {@code day}.
     */
    public boolean covers(RegistrantId registrant, String area, Optional<RegistrantId> household, LocalDate day) {
        return includes(day) && scope.includes(registrant, area, household);
    }

    /**
     * Whether any of {@code enrolments} (of one type) expects the registrant on {@code day}: an inactive
     * registrant (who left the programme) is expected nowhere.
     */
    public static boolean expects(Collection<Enrolment> enrolments, RegistrantId registrant, String area,
                                  Optional<RegistrantId> household, boolean active, LocalDate day) {
        return active && enrolments.stream().anyMatch(enrolment -> enrolment.covers(registrant, area, household, day));
    }

    /** Whether {@code day} is inside it (first and last day included). */
    public boolean includes(LocalDate day) {
        return !day.isBefore(from) && to.map(last -> !day.isAfter(last)).orElse(true);
    }

    /** Whether it shares at least one day with [periodFrom, periodTo]. */
    public boolean overlaps(LocalDate periodFrom, LocalDate periodTo) {
        return !from.isAfter(periodTo) && to.map(last -> !last.isBefore(periodFrom)).orElse(true);
    }

    /** Ends it: {@code lastDay} is the last day registrants are still expected. */
    public void endOn(LocalDate lastDay) {
        if (lastDay == null) {
            throw new InvalidValueException("to", "The last day is required");
        }
        if (lastDay.isBefore(from)) {
            throw new DomainException("It starts on " + DAY.format(from) + ": it cannot end before that. Remove it "
                    + "instead if nobody should ever have been expected");
        }
        if (to.isPresent() && lastDay.isAfter(to.get())) {
            throw new DomainException("It already ends on " + DAY.format(to.get()) + "; to expect them longer, add "
                    + "another enrolment");
        }
        this.to = Optional.of(lastDay);
    }

    public EnrolmentId id() {
        return id;
    }

    public SessionTypeId type() {
        return type;
    }

    public EnrolmentScope scope() {
        return scope;
    }

    public LocalDate from() {
        return from;
    }

    public Optional<LocalDate> to() {
        return to;
    }

    public Version version() {
        return version;
    }

    /** "from 3 Nov 2026" or "3 Nov 2026 – 31 Mar 2027". */
    public String datesText() {
        return to.map(last -> DAY.format(from) + " \u2013 " + DAY.format(last)).orElse("from " + DAY.format(from));
    }
}
