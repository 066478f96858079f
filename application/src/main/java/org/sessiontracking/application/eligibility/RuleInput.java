package org.sessiontracking.application.eligibility;

import org.sessiontracking.domain.registrant.RegistrantId;

import java.util.Map;
import java.util.Optional;

/**
 * The registrant a rule is evaluated for: their fields and, per fact the rule refers to, their
 * attendance facts. An absent sex or age makes a rule that reads it fail for this registrant.
 */
public record RuleInput(RegistrantId registrant, String area, String kind, Optional<String> sex, Optional<Long> age,
                        Map<FactKey, TypeFacts> facts) {
}
