package org.sessiontracking.application.attendance;

/**
 * Which active registrants to offer when adding attendance.
 *
 * @param text       part of the name or external id, ignoring case; blank for all
 * @param groupsOnly only groups (households), to add a whole group's members
 */
public record RegistrantQuery(String text, boolean groupsOnly) {
    public RegistrantQuery {
        text = text == null ? "" : text.strip();
    }
}
