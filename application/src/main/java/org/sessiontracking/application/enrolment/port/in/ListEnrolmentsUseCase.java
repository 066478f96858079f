package org.sessiontracking.application.enrolment.port.in;

import org.sessiontracking.application.enrolment.EnrolmentRow;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.util.List;

/**
 * Anyone signed in sees the enrolments (the Enrolment screen), the areas registrants live in (to choose
 * from), and whether a type has enrolments (the compliance screen then says how missing records count).
 */
public interface ListEnrolmentsUseCase {

    List<EnrolmentRow> list();

    List<String> areas();

    boolean anyOf(SessionTypeId type);
}
