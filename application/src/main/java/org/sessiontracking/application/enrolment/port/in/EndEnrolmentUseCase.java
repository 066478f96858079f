package org.sessiontracking.application.enrolment.port.in;

import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.enrolment.EnrolmentId;

import java.time.LocalDate;

/** A Manager or Administrator ends an enrolment: after {@code lastDay} its registrants are no longer expected. */
public interface EndEnrolmentUseCase {

    void end(EnrolmentId enrolment, Version version, LocalDate lastDay);
}
