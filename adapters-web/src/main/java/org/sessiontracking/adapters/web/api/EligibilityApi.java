package org.sessiontracking.adapters.web.api;

import org.sessiontracking.application.eligibility.Outcome;
import org.sessiontracking.application.eligibility.port.in.CheckEligibilityUseCase;
import org.sessiontracking.application.eligibility.port.in.ManageEligibilityRulesUseCase;
import org.sessiontracking.domain.eligibility.EligibilityRule;
import org.sessiontracking.domain.eligibility.EligibilityRuleId;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The saved eligibility rules, and whether a registrant passes one. */
@RestController
@RequestMapping("/api/v1/eligibility-rules")
public class EligibilityApi {

    private final ManageEligibilityRulesUseCase rules;
    private final CheckEligibilityUseCase check;

    public EligibilityApi(ManageEligibilityRulesUseCase rules, CheckEligibilityUseCase check) {
        this.rules = rules;
        this.check = check;
    }

    public record RuleJson(long id, String name, String expression, String description, int version) {
        static RuleJson of(EligibilityRule rule) {
            return new RuleJson(rule.id().value(), rule.name(), rule.expression(), rule.description(),
                    rule.version().value());
        }
    }

    /**
     * @param outcome PASS, FAIL, or ERROR when the rule cannot be evaluated for this registrant
     * @param passes  true or false; null with ERROR
     * @param error   why it could not be evaluated (e.g. no attendance counted for the type); null otherwise
     */
    public record EligibilityJson(long ruleId, long registrantId, Outcome.Kind outcome, Boolean passes, String error) {
    }

    @GetMapping
    public List<RuleJson> list() {
        return rules.list().stream().map(RuleJson::of).toList();
    }

    @GetMapping("/{ruleId}/registrants/{registrantId}")
    public EligibilityJson check(@PathVariable long ruleId, @PathVariable long registrantId) {
        Outcome outcome = check.isEligible(new EligibilityRuleId(ruleId), new RegistrantId(registrantId));
        return new EligibilityJson(ruleId, registrantId, outcome.kind(), switch (outcome) {
            case Outcome.Pass pass -> Boolean.TRUE;
            case Outcome.Fail fail -> Boolean.FALSE;
            case Outcome.Error error -> null;
        }, outcome instanceof Outcome.Error error ? error.message() : null);
    }
}
