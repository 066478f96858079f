package org.sessiontracking.application.eligibility.port.in;

import org.sessiontracking.application.eligibility.Outcome;
import org.sessiontracking.application.eligibility.RulePreview;
import org.sessiontracking.domain.registrant.RegistrantId;

import java.util.List;

/** Administrators see what a rule would decide for every registrant before relying on it. */
public interface PreviewEligibilityRuleUseCase {

    /** Evaluates the (checked) expression for every active registrant; InvalidExpressionException if it does not check. */
    RulePreview preview(String expression);

    /** One page of the registrants with that outcome, with their names. */
    List<Line> page(RulePreview preview, Outcome.Kind kind, int offset, int limit);

    record Line(RegistrantId registrant, String name, Outcome.Kind kind, String error) {
    }
}
