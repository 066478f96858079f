package org.sessiontracking.domain.enrolment;

import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.registrant.RegistrantId;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whom an enrolment expects: some areas (every registrant whose area is one of them, compared ignoring
 * case and surrounding spaces, as the area is when compliance is computed), some households (their
 * members: the registrants whose group is one of them), or some registrants by id; exactly one of these.
 */
public record EnrolmentScope(List<String> areas, Set<RegistrantId> households, Set<RegistrantId> registrants) {

    public static final int MAX_AREAS = 50;
    public static final int MAX_HOUSEHOLDS = 5000;
    public static final int MAX_REGISTRANTS = 5000;
    public static final int MAX_AREA_LENGTH = 100;

    public EnrolmentScope {
        areas = List.copyOf(areas);
        households = Set.copyOf(households);
        registrants = Set.copyOf(registrants);
        int kinds = (areas.isEmpty() ? 0 : 1) + (households.isEmpty() ? 0 : 1) + (registrants.isEmpty() ? 0 : 1);
        if (kinds != 1) {
            throw new InvalidValueException("scope", kinds == 0
                    ? "Choose at least one area, household or registrant"
                    : "An enrolment covers areas, households or registrants: one of them");
        }
    }

    /** The areas, trimmed, each once (ignoring case), in the order given. */
    public static EnrolmentScope ofAreas(List<String> areas) {
        List<String> kept = new ArrayList<>();
        for (String area : areas) {
            String trimmed = area == null ? "" : area.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.length() > MAX_AREA_LENGTH) {
                throw new InvalidValueException("areas", "An area has at most " + MAX_AREA_LENGTH + " characters");
            }
            if (kept.stream().noneMatch(other -> key(other).equals(key(trimmed)))) {
                kept.add(trimmed);
            }
        }
        if (kept.isEmpty()) {
            throw new InvalidValueException("areas", "Choose at least one area");
        }
        if (kept.size() > MAX_AREAS) {
            throw new InvalidValueException("areas", "An enrolment covers at most " + MAX_AREAS + " areas, got "
                    + kept.size());
        }
        return new EnrolmentScope(kept, Set.of(), Set.of());
    }

    public static EnrolmentScope ofHouseholds(Set<RegistrantId> households) {
        if (households.isEmpty()) {
            throw new InvalidValueException("households", "Choose at least one household");
        }
        if (households.size() > MAX_HOUSEHOLDS) {
            throw new InvalidValueException("households", "An enrolment covers at most " + MAX_HOUSEHOLDS
                    + " households, got " + households.size() + ": enrol their areas instead");
        }
        return new EnrolmentScope(List.of(), households, Set.of());
    }

    public static EnrolmentScope ofRegistrants(Set<RegistrantId> registrants) {
        if (registrants.isEmpty()) {
            throw new InvalidValueException("registrants", "Choose at least one registrant");
        }
        if (registrants.size() > MAX_REGISTRANTS) {
            throw new InvalidValueException("registrants", "An enrolment covers at most " + MAX_REGISTRANTS
                    + " registrants, got " + registrants.size() + ": enrol their areas or households instead");
        }
        return new EnrolmentScope(List.of(), Set.of(), registrants);
    }

    public boolean byArea() {
        return !areas.isEmpty();
    }

    public boolean byHousehold() {
        return !households.isEmpty();
    }

    /** Whether the registrant, of area {@code area} (may be empty) and household {@code household}, is expected. */
    public boolean includes(RegistrantId registrant, String area, Optional<RegistrantId> household) {
        if (byArea()) {
            String wanted = key(area == null ? "" : area);
            return !wanted.isEmpty() && areas.stream().anyMatch(covered -> key(covered).equals(wanted));
        }
        if (byHousehold()) {
            return household.filter(households::contains).isPresent();
        }
        return registrants.contains(registrant);
    }

    /** How areas are compared: ignoring case and surrounding spaces (the database: {@code lower(trim(...))}). */
    public static String key(String area) {
        return area.strip().toLowerCase(Locale.ROOT);
    }
}
