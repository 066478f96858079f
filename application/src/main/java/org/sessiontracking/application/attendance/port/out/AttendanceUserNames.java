package org.sessiontracking.application.attendance.port.out;

import org.sessiontracking.domain.user.UserId;

import java.util.Collection;
import java.util.Map;

/** The display names of the users who recorded attendance. */
public interface AttendanceUserNames {

    Map<UserId, String> namesOf(Collection<UserId> users);
}
