package org.sessiontracking.application.compliance;

import org.sessiontracking.domain.compliance.CurriculumCompletion;
import org.sessiontracking.domain.registrant.RegistrantId;

/** One registrant's curriculum completion for a topic-tracking type. */
public record CurriculumRow(RegistrantId registrant, String externalId, String name, String area,
                            CurriculumCompletion completion) {
}
