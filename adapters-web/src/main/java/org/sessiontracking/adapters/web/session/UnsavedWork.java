package org.sessiontracking.adapters.web.session;

/**
 * A tab's content that can hold edits not saved yet (the Attendance tab). The session page asks
 * before anything rebuilds its tabs (a status change, saving the details), so those edits are never
 * thrown away without the user knowing.
 */
public interface UnsavedWork {

    boolean hasUnsavedChanges();
}
