package org.sessiontracking.application.exemption.usecase;

import org.sessiontracking.application.attendance.port.out.AttendanceRegistrants;
import org.sessiontracking.application.exemption.ExemptionRow;
import org.sessiontracking.application.exemption.port.in.ListExemptionsUseCase;
import org.sessiontracking.application.exemption.port.out.ExemptionRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.user.Permission;

import java.util.List;

public final class ListExemptions implements ListExemptionsUseCase {

    private final ExemptionRepository exemptions;
    private final AttendanceRegistrants registrants;
    private final CurrentActor currentActor;

    public ListExemptions(ExemptionRepository exemptions, AttendanceRegistrants registrants, CurrentActor currentActor) {
        this.exemptions = exemptions;
        this.registrants = registrants;
        this.currentActor = currentActor;
    }

    @Override
    public List<ExemptionRow> list() {
        currentActor.get().require(Permission.READ);
        return exemptions.list();
    }

    @Override
    public List<String> areas() {
        currentActor.get().require(Permission.READ);
        return registrants.areas();
    }
}
