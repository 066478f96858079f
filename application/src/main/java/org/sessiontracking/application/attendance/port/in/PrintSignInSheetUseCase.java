package org.sessiontracking.application.attendance.port.in;

import org.sessiontracking.application.attendance.SignInSheet;
import org.sessiontracking.domain.session.SessionId;

/** Anyone signed in prints a session's sign-in sheet, to take attendance on paper where there is no network. */
public interface PrintSignInSheetUseCase {

    SignInSheet sheet(SessionId session);
}
