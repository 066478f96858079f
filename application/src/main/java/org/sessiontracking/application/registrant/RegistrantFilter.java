package org.sessiontracking.application.registrant;

import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.registrant.RegistrantKind;

import java.util.Objects;
import java.util.Optional;

/**
 * Which registrants to list.
 *
 * @param text       the start of an external id, or part of a name (any case); blank for all.
 *                   Names match anywhere from {@value #CONTAINS_FROM} characters on, and by their start below.
 * @param area       exactly this area
 * @param groupId    members of this household
 * @param kind       only individuals or only households
 * @param activeOnly leave out inactive registrants
 */
public record RegistrantFilter(String text, Optional<String> area, Optional<RegistrantId> groupId,
                               Optional<RegistrantKind> kind, boolean activeOnly) {

    /** Shorter search texts match names by their start only, so that they stay indexed. */
    public static final int CONTAINS_FROM = 3;

    public static final RegistrantFilter ALL = new RegistrantFilter("", Optional.empty(), Optional.empty(),
            Optional.empty(), false);

    public RegistrantFilter {
        text = text == null ? "" : text.strip();
        area = Objects.requireNonNullElse(area, Optional.<String>empty()).map(String::strip);
        groupId = Objects.requireNonNullElse(groupId, Optional.empty());
        kind = Objects.requireNonNullElse(kind, Optional.empty());
    }

    public static RegistrantFilter text(String text) {
        return ALL.withText(text);
    }

    public RegistrantFilter withText(String value) {
        return new RegistrantFilter(value, area, groupId, kind, activeOnly);
    }

    public RegistrantFilter withArea(String value) {
        return new RegistrantFilter(text, Optional.ofNullable(value), groupId, kind, activeOnly);
    }

    public RegistrantFilter withGroup(RegistrantId value) {
        return new RegistrantFilter(text, area, Optional.ofNullable(value), kind, activeOnly);
    }

    public RegistrantFilter withKind(RegistrantKind value) {
        return new RegistrantFilter(text, area, groupId, Optional.ofNullable(value), activeOnly);
    }

    public RegistrantFilter onlyActive() {
        return new RegistrantFilter(text, area, groupId, kind, true);
    }

    /** No condition at all: counting it means counting the whole registry. */
    public boolean isEmpty() {
        return text.isEmpty() && area.isEmpty() && groupId.isEmpty() && kind.isEmpty() && !activeOnly;
    }

    /**
     * The properties a list of registrants can be sorted by; the default is the name. Only indexed
     * orders are offered, so that a first page is fast with a million registrants.
     */
    public enum SortProperty {
        externalId, fullName, area, birthDate
    }
}
