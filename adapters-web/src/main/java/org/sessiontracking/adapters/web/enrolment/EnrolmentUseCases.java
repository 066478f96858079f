package org.sessiontracking.adapters.web.enrolment;

import org.sessiontracking.application.enrolment.port.in.AddEnrolmentUseCase;
import org.sessiontracking.application.enrolment.port.in.EndEnrolmentUseCase;
import org.sessiontracking.application.enrolment.port.in.ListEnrolmentsUseCase;
import org.sessiontracking.application.enrolment.port.in.RemoveEnrolmentUseCase;
import org.sessiontracking.application.sessiontype.port.in.ListSessionTypesUseCase;

/** The in-ports the Enrolment screen calls, gathered so its components take one argument. */
public record EnrolmentUseCases(ListEnrolmentsUseCase list, AddEnrolmentUseCase add, EndEnrolmentUseCase end,
                                RemoveEnrolmentUseCase remove, ListSessionTypesUseCase types) {
}
