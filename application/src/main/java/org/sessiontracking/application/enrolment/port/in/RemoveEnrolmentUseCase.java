package org.sessiontracking.application.enrolment.port.in;

import org.sessiontracking.domain.enrolment.EnrolmentId;

/** A Manager or Administrator removes an enrolment that should never have been added, as if it never was. */
public interface RemoveEnrolmentUseCase {

    void remove(EnrolmentId enrolment);
}
