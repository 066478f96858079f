package org.sessiontracking.application.compliance.usecase;

import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.FlagFilter;
import org.sessiontracking.application.compliance.FlagRow;
import org.sessiontracking.application.compliance.port.in.ListFlagsUseCase;
import org.sessiontracking.application.compliance.port.out.ComplianceFlagRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.user.Permission;

import java.util.List;

public final class ListFlags implements ListFlagsUseCase {

    private final ComplianceFlagRepository flags;
    private final CurrentActor currentActor;

    public ListFlags(ComplianceFlagRepository flags, CurrentActor currentActor) {
        this.flags = flags;
        this.currentActor = currentActor;
    }

    @Override
    public List<FlagRow> list(FlagFilter filter, PageRequest page) {
        currentActor.get().require(Permission.READ);
        return flags.list(filter, page);
    }

    @Override
    public int count(FlagFilter filter) {
        currentActor.get().require(Permission.READ);
        return flags.count(filter);
    }
}
