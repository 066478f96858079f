package org.sessiontracking.domain.exemption;

import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.common.Text;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A time when some registrants could not be expected to attend (a declared emergency in their area, a
 * typhoon, a registrant's hospital stay): over a date range, both days included, for one session type or
 * all, with a reason. What it means for compliance is {@link org.sessiontracking.domain.attendance.CountedRecords}'
 * rule: a covered registrant's records of sessions inside it count only when Present.
 */
public final class Exemption {

    public static final int MAX_REASON_LENGTH = 300;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final ExemptionId id;
    private final Optional<SessionTypeId> type;
    private final LocalDate from;
    private LocalDate to;
    private final ExemptionScope scope;
    private final String reason;
    private final Version version;

    private Exemption(ExemptionId id, Optional<SessionTypeId> type, LocalDate from, LocalDate to, ExemptionScope scope,
                      String reason, Version version) {
        this.id = Objects.requireNonNull(id, "id");
        this.type = Objects.requireNonNull(type, "type");
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.version = Objects.requireNonNull(version, "version");
    }

    /**
     * A new exemption. @param type empty for every session type
     */
    public static Exemption create(ExemptionId id, Optional<SessionTypeId> type, LocalDate from, LocalDate to,
                                   ExemptionScope scope, String reason) {
        if (from == null) {
            throw new InvalidValueException("from", "The first day is required");
        }
        if (to == null) {
            throw new InvalidValueException("to", "The last day is required");
        }
        if (to.isBefore(from)) {
            throw new InvalidValueException("to", "The last day (" + DAY.format(to) + ") is before the first ("
                    + DAY.format(from) + ")");
        }
        return new Exemption(id, type, from, to, scope,
                Text.required("reason", "Reason", reason, MAX_REASON_LENGTH), Version.NEW);
    }

    public static Exemption reconstitute(ExemptionId id, Optional<SessionTypeId> type, LocalDate from, LocalDate to,
                                         ExemptionScope scope, String reason, Version version) {
        return new Exemption(id, type, from, to, scope, reason, version);
    }

    /** Whether a session of {@code sessionType} on {@code date} is inside it for this registrant (of that area). */
    public boolean covers(RegistrantId registrant, String area, SessionTypeId sessionType, LocalDate date) {
        return appliesTo(sessionType) && !date.isBefore(from) && !date.isAfter(to) && scope.includes(registrant, area);
    }

    public boolean appliesTo(SessionTypeId sessionType) {
        return type.map(sessionType::equals).orElse(true);
    }

    /** Whether it shares at least one day with [periodFrom, periodTo]. */
    public boolean overlaps(LocalDate periodFrom, LocalDate periodTo) {
        return !from.isAfter(periodTo) && !to.isBefore(periodFrom);
    }

    /**
     * Ends it earlier: {@code lastDay} is the last day it still covers. Sessions after it count again.
     */
    public void endOn(LocalDate lastDay) {
        if (lastDay == null) {
            throw new InvalidValueException("to", "The last day is required");
        }
        if (lastDay.isBefore(from)) {
            throw new DomainException("It starts on " + DAY.format(from) + ": it cannot end before that. Remove it "
                    + "instead if it should never have applied");
        }
        if (lastDay.isAfter(to)) {
            throw new DomainException("It already ends on " + DAY.format(to) + "; to cover more days, add another "
                    + "exemption");
        }
        this.to = lastDay;
    }

    public ExemptionId id() {
        return id;
    }

    public Optional<SessionTypeId> type() {
        return type;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public ExemptionScope scope() {
        return scope;
    }

    public String reason() {
        return reason;
    }

    public Version version() {
        return version;
    }

    /** "Typhoon emergency, North, East, 3–9 Nov 2026": the reason, the areas (if by area) and the dates. */
    public String describe() {
        return reason + (scope.byArea() ? ", " + String.join(", ", scope.areas()) : "") + ", " + datesText();
    }

    /** "3-9 Nov 2026", "28 Oct - 3 Nov 2026" or "30 Dec 2026 - 2 Jan 2027": the dates as people say them. */
    public String datesText() {
        if (from.equals(to)) {
            return DAY.format(from);
        }
        if (from.getYear() != to.getYear()) {
            return DAY.format(from) + " \u2013 " + DAY.format(to);
        }
        if (from.getMonth() != to.getMonth()) {
            return DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).format(from) + " \u2013 " + DAY.format(to);
        }
        return from.getDayOfMonth() + "\u2013" + DAY.format(to);
    }
}
