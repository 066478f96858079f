package org.sessiontracking.adapters.web.attendance;

import org.sessiontracking.application.attendance.port.in.AddRegistrantsUseCase;
import org.sessiontracking.application.attendance.port.in.AttendanceHistoryUseCase;
import org.sessiontracking.application.attendance.port.in.FindRegistrantsForAttendanceUseCase;
import org.sessiontracking.application.attendance.port.in.ImportSignInSheetUseCase;
import org.sessiontracking.application.attendance.port.in.LoadAttendanceUseCase;
import org.sessiontracking.application.attendance.port.in.SaveAttendanceUseCase;

/**
 * The in-ports the Attendance tab calls, gathered so it takes one constructor argument.
 * Spring builds it from the use-case beans; tests build it from the use cases over in-memory fakes.
 */
public record AttendanceUseCases(LoadAttendanceUseCase load, FindRegistrantsForAttendanceUseCase find,
                                 AddRegistrantsUseCase add, SaveAttendanceUseCase save,
                                 AttendanceHistoryUseCase history, ImportSignInSheetUseCase importSheet) {
}
