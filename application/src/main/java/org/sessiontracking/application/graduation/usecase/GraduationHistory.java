package org.sessiontracking.application.graduation.usecase;

import org.sessiontracking.application.graduation.port.in.GraduationHistoryUseCase;
import org.sessiontracking.application.graduation.port.out.GraduationRecords;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.graduation.GraduationPathwayId;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.user.Permission;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.UserId;

import java.util.List;

public final class GraduationHistory implements GraduationHistoryUseCase {

    private final GraduationRecords records;
    private final UserRepository users;
    private final CurrentActor currentActor;

    public GraduationHistory(GraduationRecords records, UserRepository users, CurrentActor currentActor) {
        this.records = records;
        this.users = users;
        this.currentActor = currentActor;
    }

    @Override
    public List<Entry> history(GraduationPathwayId pathway, RegistrantId registrant) {
        currentActor.get().require(Permission.READ);
        return records.of(pathway, registrant).stream().map(graduation -> new Entry(graduation,
                name(graduation.recordedBy()),
                graduation.revocation().map(revocation -> name(revocation.by())).orElse(""))).toList();
    }

    private String name(UserId id) {
        return users.findById(id).map(User::displayName).orElse("(removed user)");
    }
}
