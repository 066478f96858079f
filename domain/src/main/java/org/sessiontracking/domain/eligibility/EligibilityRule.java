package org.sessiontracking.domain.eligibility;

import org.sessiontracking.domain.common.Text;
import org.sessiontracking.domain.common.Version;

import java.util.Objects;

/**
 * A named eligibility rule: a CEL expression over a registrant's attendance that administrators write
 * (product.md, "Eligibility rules"). Whether the expression is valid CEL is checked by the application
 * before it is saved; the domain keeps its name and text well-formed.
 */
public final class EligibilityRule {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_EXPRESSION_LENGTH = 4000;

    private final EligibilityRuleId id;
    private String name;
    private String expression;
    private String description;
    private final Version version;

    private EligibilityRule(EligibilityRuleId id, String name, String expression, String description,
                            Version version) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Text.required("name", "Name", name, MAX_NAME_LENGTH);
        this.expression = validExpression(expression);
        this.description = Text.optional("description", "Description", description, 1000);
        this.version = Objects.requireNonNull(version, "version");
    }

    public static EligibilityRule create(EligibilityRuleId id, String name, String expression, String description) {
        return new EligibilityRule(id, name, expression, description, Version.NEW);
    }

    public static EligibilityRule reconstitute(EligibilityRuleId id, String name, String expression,
                                               String description, Version version) {
        return new EligibilityRule(id, name, expression, description, version);
    }

    public void edit(String newName, String newExpression, String newDescription) {
        String checkedName = Text.required("name", "Name", newName, MAX_NAME_LENGTH);
        String checkedExpression = validExpression(newExpression);
        String checkedDescription = Text.optional("description", "Description", newDescription, 1000);
        name = checkedName;
        expression = checkedExpression;
        description = checkedDescription;
    }

    /**
     * The expression trimmed, if it is one a rule may hold (present, at most {@value #MAX_EXPRESSION_LENGTH}
     * characters); checking a rule's text applies this first, so that a check never accepts what saving refuses.
     */
    public static String validExpression(String expression) {
        return Text.required("expression", "Expression", expression, MAX_EXPRESSION_LENGTH);
    }

    public EligibilityRuleId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String expression() {
        return expression;
    }

    public String description() {
        return description;
    }

    public Version version() {
        return version;
    }
}
