package org.sessiontracking.application.eligibility.port.in;

import org.sessiontracking.application.eligibility.Outcome;
import org.sessiontracking.domain.eligibility.EligibilityRuleId;
import org.sessiontracking.domain.registrant.RegistrantId;

/** Is this registrant eligible under that saved rule? For other adapters (screens, exports, APIs). */
public interface CheckEligibilityUseCase {

    Outcome isEligible(EligibilityRuleId rule, RegistrantId registrant);
}
