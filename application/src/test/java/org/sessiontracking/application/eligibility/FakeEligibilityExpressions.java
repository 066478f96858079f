package org.sessiontracking.application.eligibility;

import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.eligibility.port.out.EligibilityExpressions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the CEL adapter that only checks, for use-case tests that are about what the application
 * does with a check's result. Its "language": {@code ??} is a syntax error where it stands; a call
 * {@code name("Type")} of an {@link AttendanceFunction} is a reference to that type at the call's position;
 * a call of any other lower-case name is an undeclared function. Positions start at line 1, column 1.
 */
public final class FakeEligibilityExpressions implements EligibilityExpressions {

    private static final Pattern CALL = Pattern.compile("([a-z_]+)\\(\"([^\"]*)\"\\)");

    private final List<String> checked = new ArrayList<>();
    private Period lastDefaultPeriod;

    /** The expressions {@link #check} was asked about, in order. */
    public List<String> checked() {
        return List.copyOf(checked);
    }

    public Period lastDefaultPeriod() {
        return lastDefaultPeriod;
    }

    @Override
    public Checked check(String expression, Period defaultPeriod) {
        checked.add(expression);
        lastDefaultPeriod = defaultPeriod;
        List<ExpressionProblem> problems = new ArrayList<>();
        List<TypeReference> references = new ArrayList<>();
        String[] lines = expression.split("\n", -1);
        for (int line = 0; line < lines.length; line++) {
            String text = lines[line];
            for (int at = text.indexOf("??"); at >= 0; at = text.indexOf("??", at + 2)) {
                problems.add(new ExpressionProblem(line + 1, at + 1, "Syntax error: mismatched input '?'"));
            }
            Matcher call = CALL.matcher(text);
            while (call.find()) {
                int column = call.start() + 1;
                Optional<AttendanceFunction> function = Arrays.stream(AttendanceFunction.values())
                        .filter(candidate -> candidate.celName().equals(call.group(1))).findFirst();
                if (function.isPresent()) {
                    references.add(new TypeReference(function.get(), new FactKey(call.group(2), defaultPeriod),
                            call.group(2), line + 1, column));
                } else {
                    problems.add(new ExpressionProblem(line + 1, column,
                            "undeclared reference to '" + call.group(1) + "'"));
                }
            }
        }
        return new Checked(problems, references);
    }

    @Override
    public CompiledRule compile(String expression, Period defaultPeriod) {
        Checked result = check(expression, defaultPeriod);
        if (!result.problems().isEmpty()) {
            throw new IllegalArgumentException("the rule does not check: " + result.problems());
        }
        return new CompiledRule() {
            @Override
            public List<TypeReference> references() {
                return result.references();
            }

            @Override
            public Outcome evaluate(RuleInput input) {
                throw new UnsupportedOperationException("this fake checks rules but does not evaluate them");
            }
        };
    }
}
