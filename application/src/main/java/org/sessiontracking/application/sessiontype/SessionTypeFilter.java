package org.sessiontracking.application.sessiontype;

/**
 * Which session types to list.
 *
 * @param nameContains   part of the name or code, ignoring case; blank for all
 * @param includeRetired whether retired types are listed too
 */
public record SessionTypeFilter(String nameContains, boolean includeRetired) {

    public static final SessionTypeFilter ALL = new SessionTypeFilter("", true);
    public static final SessionTypeFilter ACTIVE = new SessionTypeFilter("", false);

    public SessionTypeFilter {
        nameContains = nameContains == null ? "" : nameContains.strip();
    }

    /** The properties a list of session types can be sorted by. */
    public enum SortProperty {
        name, frequency, durationHours, requiredAttendance, topicTracking, topicCount, active
    }
}
