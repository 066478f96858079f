package org.sessiontracking.application.compliance.port.in;

import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.CurriculumRow;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.util.List;
import java.util.Optional;

/** Who covered which topics of a topic-tracking type, and who completed the whole curriculum. */
public interface CurriculumCompletionUseCase {

    List<CurriculumRow> list(SessionTypeId type, Optional<Period> period, boolean completedOnly, PageRequest page);

    int count(SessionTypeId type, Optional<Period> period, boolean completedOnly);
}
