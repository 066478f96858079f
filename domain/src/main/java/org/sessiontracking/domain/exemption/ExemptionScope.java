package org.sessiontracking.domain.exemption;

import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.registrant.RegistrantId;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whom an exemption covers: some areas (every registrant whose area is one of them, compared ignoring
 * case, as the area is at the time compliance is computed) or some registrants by id; one or the other.
 */
public record ExemptionScope(List<String> areas, Set<RegistrantId> registrants) {

    public static final int MAX_AREAS = 50;
    public static final int MAX_REGISTRANTS = 5000;
    public static final int MAX_AREA_LENGTH = 100;

    public ExemptionScope {
        areas = List.copyOf(areas);
        registrants = Set.copyOf(registrants);
        if (areas.isEmpty() == registrants.isEmpty()) {
            throw new InvalidValueException("scope", areas.isEmpty()
                    ? "Choose at least one area or registrant" : "An exemption covers areas or registrants, not both");
        }
    }

    /** The areas, trimmed, each once (ignoring case), in the order given. */
    public static ExemptionScope ofAreas(List<String> areas) {
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
            throw new InvalidValueException("areas", "An exemption covers at most " + MAX_AREAS + " areas, got "
                    + kept.size());
        }
        return new ExemptionScope(kept, Set.of());
    }

    public static ExemptionScope ofRegistrants(Set<RegistrantId> registrants) {
        if (registrants.isEmpty()) {
            throw new InvalidValueException("registrants", "Choose at least one registrant");
        }
        if (registrants.size() > MAX_REGISTRANTS) {
            throw new InvalidValueException("registrants", "An exemption covers at most " + MAX_REGISTRANTS
                    + " registrants, got " + registrants.size() + ": exempt their areas instead");
        }
        return new ExemptionScope(List.of(), registrants);
    }

    public boolean byArea() {
        return !areas.isEmpty();
    }

    /** Whether the registrant, whose area is {@code area} (may be empty), is covered. */
    public boolean includes(RegistrantId registrant, String area) {
        if (byArea()) {
            String wanted = key(area == null ? "" : area.strip());
            return !wanted.isEmpty() && areas.stream().anyMatch(covered -> key(covered).equals(wanted));
        }
        return registrants.contains(registrant);
    }

    /** How areas are compared: ignoring case (the database compares {@code lower(...)}). */
    public static String key(String area) {
        return area.toLowerCase(Locale.ROOT);
    }
}
