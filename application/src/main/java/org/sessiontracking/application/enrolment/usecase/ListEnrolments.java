package org.sessiontracking.application.enrolment.usecase;

import org.sessiontracking.application.enrolment.EnrolmentRow;
import org.sessiontracking.application.enrolment.port.in.ListEnrolmentsUseCase;
import org.sessiontracking.application.enrolment.port.out.EnrolmentRepository;
import org.sessiontracking.application.registrant.port.out.RegistrantRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.Permission;

import java.util.List;

public final class ListEnrolments implements ListEnrolmentsUseCase {

    private final EnrolmentRepository enrolments;
    private final RegistrantRepository registrants;
    private final CurrentActor currentActor;

    public ListEnrolments(EnrolmentRepository enrolments, RegistrantRepository registrants, CurrentActor currentActor) {
        this.enrolments = enrolments;
        this.registrants = registrants;
        this.currentActor = currentActor;
    }

    @Override
    public List<EnrolmentRow> list() {
        currentActor.get().require(Permission.READ);
        return enrolments.list();
    }

    @Override
    public List<String> areas() {
        currentActor.get().require(Permission.READ);
        return registrants.areas();
    }

    @Override
    public boolean anyOf(SessionTypeId type) {
        currentActor.get().require(Permission.READ);
        return enrolments.anyOf(type);
    }
}
