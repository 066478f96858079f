package org.sessiontracking.application.enrolment.usecase;

import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.enrolment.port.in.EndEnrolmentUseCase;
import org.sessiontracking.application.enrolment.port.out.EnrolmentRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.enrolment.Enrolment;
import org.sessiontracking.domain.enrolment.EnrolmentId;
import org.sessiontracking.domain.user.Permission;

import java.time.LocalDate;

public final class EndEnrolment implements EndEnrolmentUseCase {

    private final EnrolmentRepository enrolments;
    private final CurrentActor currentActor;

    public EndEnrolment(EnrolmentRepository enrolments, CurrentActor currentActor) {
        this.enrolments = enrolments;
        this.currentActor = currentActor;
    }

    @Override
    public void end(EnrolmentId id, Version version, LocalDate lastDay) {
        currentActor.get().require(Permission.MANAGE_ENROLMENTS);
        Enrolment enrolment = enrolments.findById(id)
                .orElseThrow(() -> new NotFoundException("The enrolment no longer exists"));
        if (!enrolment.version().equals(version)) {
            throw new ConcurrentModificationException("Someone else changed this enrolment meanwhile; reload it");
        }
        enrolment.endOn(lastDay);
        enrolments.update(enrolment);
    }
}
