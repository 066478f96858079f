package org.sessiontracking.application.enrolment.usecase;

import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.enrolment.port.in.RemoveEnrolmentUseCase;
import org.sessiontracking.application.enrolment.port.out.EnrolmentRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.enrolment.EnrolmentId;
import org.sessiontracking.domain.user.Permission;

public final class RemoveEnrolment implements RemoveEnrolmentUseCase {

    private final EnrolmentRepository enrolments;
    private final CurrentActor currentActor;

    public RemoveEnrolment(EnrolmentRepository enrolments, CurrentActor currentActor) {
        this.enrolments = enrolments;
        this.currentActor = currentActor;
    }

    @Override
    public void remove(EnrolmentId id) {
        currentActor.get().require(Permission.MANAGE_ENROLMENTS);
        enrolments.findById(id).orElseThrow(() -> new NotFoundException("The enrolment no longer exists"));
        enrolments.remove(id);
    }
}
