package org.sessiontracking.application.graduation.port.in;

import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.graduation.ReadinessFilter;
import org.sessiontracking.application.graduation.ReadinessRow;
import org.sessiontracking.domain.graduation.GraduationPathwayId;

import java.util.List;
import java.util.function.Consumer;

/** Anyone who may read sees (and exports) a pathway's registrants with their readiness and each criterion's state. */
public interface GraduationReadinessUseCase {

    List<ReadinessRow> list(GraduationPathwayId pathway, ReadinessFilter filter, String search, PageRequest page);

    int count(GraduationPathwayId pathway, ReadinessFilter filter, String search);

    /** Every row, in name order, for a CSV export. */
    void export(GraduationPathwayId pathway, ReadinessFilter filter, String search, Consumer<ReadinessRow> row);
}
