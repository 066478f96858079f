package org.sessiontracking.application.casework.port.in;

import org.sessiontracking.application.casework.CaseRow;
import org.sessiontracking.domain.session.SessionId;

import java.util.List;

/** The open cases whose plan requires a session, for the session page (staff: the cases they work). */
public interface CasesRequiringSessionUseCase {

    List<CaseRow> list(SessionId session);
}
