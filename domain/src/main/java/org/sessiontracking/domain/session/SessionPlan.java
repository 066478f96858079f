package org.sessiontracking.domain.session;

import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.common.Text;
import org.sessiontracking.domain.sessiontype.TopicId;
import org.sessiontracking.domain.user.UserId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a user enters to schedule or edit a session, each value checked on its own. The rules that
 * need the session type (active type, topics, default duration and title) are {@link Session}'s.
 *
 * @param title          a custom title; empty for the default "&lt;code or type&gt; - &lt;Month YYYY&gt; - &lt;location&gt;"
 * @param startTime      optional; when both times are given the end must be after the start
 * @param durationHours  optional; empty for the length between start and end time, or else the type's duration
 * @param facilitator          the user who runs the session; may be empty when an external facilitator runs it
 * @param coFacilitators       other users who run the session with the facilitator (not the facilitator)
 * @param externalFacilitators people without an account who run it (e.g. a partner NGO's trainer), by name:
 *                             trimmed, unique ignoring case; a name gives nobody any right on the session
 * @param topic                the topic covered; only for types that track topics, and then required
 */
public record SessionPlan(Optional<String> title, LocalDate date, Optional<LocalTime> startTime,
                          Optional<LocalTime> endTime, Optional<BigDecimal> durationHours, String location,
                          String area, Optional<UserId> facilitator, Set<UserId> coFacilitators,
                          List<String> externalFacilitators, Optional<TopicId> topic, String notes) {

    public static final int MAX_TITLE_LENGTH = 400;
    public static final int MAX_LOCATION_LENGTH = 200;
    public static final int MAX_AREA_LENGTH = 100;
    public static final int MAX_NOTES_LENGTH = 4000;
    public static final int MAX_CO_FACILITATORS = 20;
    public static final int MAX_EXTERNAL_FACILITATORS = 10;
    public static final int MAX_EXTERNAL_FACILITATOR_LENGTH = 100;

    /** A plan run by a user, with no external facilitator. */
    public SessionPlan(Optional<String> title, LocalDate date, Optional<LocalTime> startTime,
                       Optional<LocalTime> endTime, Optional<BigDecimal> durationHours, String location, String area,
                       UserId facilitator, Set<UserId> coFacilitators, Optional<TopicId> topic, String notes) {
        this(title, date, startTime, endTime, durationHours, location, area, Optional.ofNullable(facilitator),
                coFacilitators, List.of(), topic, notes);
    }

    public SessionPlan {
        title = Optional.ofNullable(title).flatMap(value -> value)
                .map(value -> Text.optional("title", "Title", value, MAX_TITLE_LENGTH))
                .filter(value -> !value.isEmpty());
        if (date == null) {
            throw new InvalidValueException("date", "Date is required");
        }
        startTime = Objects.requireNonNullElse(startTime, Optional.empty());
        endTime = Objects.requireNonNullElse(endTime, Optional.empty());
        if (startTime.isPresent() && endTime.isPresent() && !endTime.get().isAfter(startTime.get())) {
            throw new InvalidValueException("endTime",
                    "End time must be after the start time (" + startTime.get() + "), got " + endTime.get());
        }
        durationHours = Objects.requireNonNullElse(durationHours, Optional.<BigDecimal>empty())
                .map(SessionPlan::checkDuration);
        location = Text.required("location", "Location", location, MAX_LOCATION_LENGTH);
        area = Text.optional("area", "Area", area, MAX_AREA_LENGTH);
        facilitator = Objects.requireNonNullElse(facilitator, Optional.empty());
        externalFacilitators = checkExternalFacilitators(externalFacilitators);
        if (facilitator.isEmpty() && externalFacilitators.isEmpty()) {
            throw new InvalidValueException("facilitator",
                    "Facilitator is required: choose a user, or name an external facilitator");
        }
        coFacilitators = checkCoFacilitators(facilitator, coFacilitators);
        topic = Objects.requireNonNullElse(topic, Optional.empty());
        notes = Text.optional("notes", "Notes", notes, MAX_NOTES_LENGTH);
    }

    /** The same plan on another date (a series repeats one plan on each of its dates). */
    public SessionPlan onDate(LocalDate otherDate) {
        return new SessionPlan(title, otherDate, startTime, endTime, durationHours, location, area, facilitator,
                coFacilitators, externalFacilitators, topic, notes);
    }

    /** The same plan on another topic (a series may take the type's topics in turn). */
    public SessionPlan withTopic(TopicId otherTopic) {
        return new SessionPlan(title, date, startTime, endTime, durationHours, location, area, facilitator,
                coFacilitators, externalFacilitators, Optional.of(otherTopic), notes);
    }

    /** Whether the user is the facilitator or one of the co-facilitators (external facilitators are nobody's account). */
    public boolean involves(UserId user) {
        return facilitator.filter(user::equals).isPresent() || coFacilitators.contains(user);
    }

    static BigDecimal checkDuration(BigDecimal hours) {
        if (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(24)) > 0) {
            throw new InvalidValueException("durationHours",
                    "Duration must be more than 0 and at most 24 hours, got " + hours.toPlainString());
        }
        BigDecimal normalised = hours.stripTrailingZeros();
        if (normalised.scale() > 2) {
            throw new InvalidValueException("durationHours",
                    "Duration can have at most two decimals, got " + hours.toPlainString());
        }
        return normalised.scale() < 0 ? normalised.setScale(0) : normalised;
    }

    private static List<String> checkExternalFacilitators(List<String> names) {
        List<String> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : Objects.requireNonNullElse(names, List.<String>of())) {
            String trimmed = Text.required("externalFacilitators", "External facilitator's name", name,
                    MAX_EXTERNAL_FACILITATOR_LENGTH);
            if (!seen.add(trimmed.toLowerCase(Locale.ROOT))) {
                throw new InvalidValueException("externalFacilitators",
                        "External facilitator '" + trimmed + "' is named twice");
            }
            checked.add(trimmed);
        }
        if (checked.size() > MAX_EXTERNAL_FACILITATORS) {
            throw new InvalidValueException("externalFacilitators", "A session can have at most "
                    + MAX_EXTERNAL_FACILITATORS + " external facilitators, got " + checked.size());
        }
        return List.copyOf(checked);
    }

    private static Set<UserId> checkCoFacilitators(Optional<UserId> facilitator, Set<UserId> coFacilitators) {
        Set<UserId> sorted = new LinkedHashSet<>();
        Objects.requireNonNullElse(coFacilitators, Set.<UserId>of()).stream()
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingLong(UserId::value))
                .forEach(sorted::add);
        if (facilitator.isPresent() && sorted.contains(facilitator.get())) {
            throw new InvalidValueException("coFacilitators", "The facilitator cannot also be a co-facilitator");
        }
        if (sorted.size() > MAX_CO_FACILITATORS) {
            throw new InvalidValueException("coFacilitators",
                    "A session can have at most " + MAX_CO_FACILITATORS + " co-facilitators, got " + sorted.size());
        }
        return java.util.Collections.unmodifiableSet(sorted);
    }
}
