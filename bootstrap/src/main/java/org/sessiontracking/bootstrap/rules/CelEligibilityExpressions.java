package org.sessiontracking.bootstrap.rules;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.CelSourceLocation;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelLateFunctionBindings;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.eligibility.AttendanceFunction;
import org.sessiontracking.application.eligibility.ExpressionProblem;
import org.sessiontracking.application.eligibility.FactKey;
import org.sessiontracking.application.eligibility.Outcome;
import org.sessiontracking.application.eligibility.RuleInput;
import org.sessiontracking.application.eligibility.TypeFacts;
import org.sessiontracking.application.eligibility.TypeReference;
import org.sessiontracking.application.eligibility.port.out.EligibilityExpressions;
import org.sessiontracking.domain.compliance.Compliance;
import org.sessiontracking.domain.compliance.ComplianceStatus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Eligibility rules in CEL (cel-java). A rule is a boolean expression over the registrant's fields
 * {@code area}, {@code kind} ("INDIVIDUAL" or "GROUP"), {@code sex} ("FEMALE", "MALE", "OTHER") and
 * {@code age} (whole years), and the attendance functions of {@link AttendanceFunction}, each called
 * as {@code f("<type name or code>")} (last 12 months) or {@code f("<type>", "YYYY-MM-DD", "YYYY-MM-DD")}.
 * Type names and dates must be literals so that the facts can be fetched for everyone in advance.
 * The functions are late-bound: one compiled program serves every registrant.
 */
public final class CelEligibilityExpressions implements EligibilityExpressions {

    private static final Map<String, AttendanceFunction> FUNCTIONS = new HashMap<>();

    static {
        for (AttendanceFunction function : AttendanceFunction.values()) {
            FUNCTIONS.put(function.celName(), function);
        }
    }

    private final CelCompiler compiler;
    private final CelRuntime runtime;

    public CelEligibilityExpressions() {
        List<CelFunctionDecl> declarations = new ArrayList<>();
        for (AttendanceFunction function : AttendanceFunction.values()) {
            CelType result = switch (function) {
                case ATTENDANCE_RATE -> SimpleType.DOUBLE;
                case ATTENDED, COUNTED, TOPICS_COVERED -> SimpleType.INT;
                case COMPLIANT, TOPICS_COMPLETED, HOUSEHOLD_COMPLIANT -> SimpleType.BOOL;
            };
            declarations.add(CelFunctionDecl.newFunctionDeclaration(function.celName(),
                    CelOverloadDecl.newGlobalOverload(overload(function, 1), result, SimpleType.STRING),
                    CelOverloadDecl.newGlobalOverload(overload(function, 3), result, SimpleType.STRING,
                            SimpleType.STRING, SimpleType.STRING)));
        }
        compiler = CelCompilerFactory.standardCelCompilerBuilder()
                .addVar("area", SimpleType.STRING)
                .addVar("kind", SimpleType.STRING)
                .addVar("sex", SimpleType.STRING)
                .addVar("age", SimpleType.INT)
                .addFunctionDeclarations(declarations)
                .setResultType(SimpleType.BOOL)
                .build();
        runtime = CelRuntimeFactory.plannerRuntimeBuilder()
                .addLateBoundFunctions(FUNCTIONS.keySet())
                .build();
    }

    private static String overload(AttendanceFunction function, int arity) {
        return function.celName() + "_" + arity;
    }

    @Override
    public Checked check(String expression, Period defaultPeriod) {
        String text = expression == null ? "" : expression;
        if (text.isBlank()) {
            return new Checked(List.of(new ExpressionProblem(1, 1, "The rule is empty")), List.of());
        }
        CelValidationResult result = compiler.compile(text);
        if (result.hasError()) {
            List<ExpressionProblem> problems = new ArrayList<>();
            for (CelIssue issue : result.getErrors()) {
                CelSourceLocation location = issue.getSourceLocation();
                problems.add(new ExpressionProblem(Math.max(1, location.getLine()),
                        Math.max(1, location.getColumn() + 1), issue.getMessage()));
            }
            return new Checked(problems, List.of());
        }
        try {
            CelAbstractSyntaxTree ast = result.getAst();
            List<ExpressionProblem> problems = new ArrayList<>();
            List<TypeReference> references = new ArrayList<>();
            collect(ast, ast.getExpr(), defaultPeriod, problems, references);
            return new Checked(problems, references);
        } catch (CelValidationException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public CompiledRule compile(String expression, Period defaultPeriod) {
        Checked checked = check(expression, defaultPeriod);
        if (!checked.problems().isEmpty()) {
            throw new IllegalArgumentException("the rule does not check: " + checked.problems());
        }
        try {
            CelAbstractSyntaxTree ast = compiler.compile(expression).getAst();
            return new CelRule(runtime.createProgram(ast), checked.references(), defaultPeriod);
        } catch (CelValidationException | CelEvaluationException e) {
            throw new IllegalStateException("a checked rule did not compile", e);
        }
    }

    private void collect(CelAbstractSyntaxTree ast, CelExpr expr, Period defaultPeriod,
                         List<ExpressionProblem> problems, List<TypeReference> references) {
        switch (expr.getKind()) {
            case CALL -> {
                CelExpr.CelCall call = expr.call();
                call.target().ifPresent(target -> collect(ast, target, defaultPeriod, problems, references));
                call.args().forEach(arg -> collect(ast, arg, defaultPeriod, problems, references));
                AttendanceFunction function = FUNCTIONS.get(call.function());
                if (function != null) {
                    reference(ast, expr, function, call.args(), defaultPeriod, problems, references);
                }
            }
            case SELECT -> collect(ast, expr.select().operand(), defaultPeriod, problems, references);
            case LIST -> expr.list().elements().forEach(e -> collect(ast, e, defaultPeriod, problems, references));
            case MAP -> expr.map().entries().forEach(entry -> {
                collect(ast, entry.key(), defaultPeriod, problems, references);
                collect(ast, entry.value(), defaultPeriod, problems, references);
            });
            case STRUCT -> expr.struct().entries()
                    .forEach(entry -> collect(ast, entry.value(), defaultPeriod, problems, references));
            case COMPREHENSION -> {
                CelExpr.CelComprehension loop = expr.comprehension();
                for (CelExpr part : List.of(loop.iterRange(), loop.accuInit(), loop.loopCondition(), loop.loopStep(),
                        loop.result())) {
                    collect(ast, part, defaultPeriod, problems, references);
                }
            }
            default -> {
                // constants and identifiers call nothing
            }
        }
    }

    private static void reference(CelAbstractSyntaxTree ast, CelExpr call, AttendanceFunction function,
                                  List<CelExpr> args, Period defaultPeriod, List<ExpressionProblem> problems,
                                  List<TypeReference> references) {
        int[] position = position(ast, call);
        List<String> literals = new ArrayList<>();
        for (CelExpr arg : args) {
            if (arg.getKind() != CelExpr.ExprKind.Kind.CONSTANT
                    || arg.constant().getKind() != CelConstant.Kind.STRING_VALUE) {
                int[] at = position(ast, arg);
                problems.add(new ExpressionProblem(at[0], at[1], function.celName()
                        + " needs the session type and dates written as text in quotes, e.g. "
                        + function.celName() + "(\"Family Development Session\")"));
                return;
            }
            literals.add(arg.constant().stringValue());
        }
        Period period = defaultPeriod;
        if (literals.size() == 3) {
            try {
                LocalDate from = LocalDate.parse(literals.get(1).strip());
                LocalDate to = LocalDate.parse(literals.get(2).strip());
                if (to.isBefore(from)) {
                    problems.add(new ExpressionProblem(position[0], position[1], function.celName()
                            + ": the period ends (" + to + ") before it starts (" + from + ")"));
                    return;
                }
                period = new Period(from, to);
            } catch (DateTimeParseException e) {
                problems.add(new ExpressionProblem(position[0], position[1], function.celName()
                        + ": dates are written YYYY-MM-DD, got \"" + e.getParsedString() + "\""));
                return;
            }
        }
        if (literals.getFirst().isBlank()) {
            problems.add(new ExpressionProblem(position[0], position[1], function.celName()
                    + " needs the name of a session type"));
            return;
        }
        references.add(new TypeReference(function, new FactKey(literals.getFirst(), period), literals.getFirst(),
                position[0], position[1]));
    }

    /** Line and column (both from 1) of an expression in the rule's text. */
    private static int[] position(CelAbstractSyntaxTree ast, CelExpr expr) {
        Integer offset = ast.getSource().getPositionsMap().get(expr.id());
        if (offset == null) {
            return new int[]{1, 1};
        }
        return ast.getSource().getOffsetLocation(offset)
                .map(location -> new int[]{location.getLine(), location.getColumn() + 1})
                .orElse(new int[]{1, 1});
    }

    /** One compiled rule; evaluation binds the attendance functions to the registrant's facts. */
    private static final class CelRule implements CompiledRule {

        private final CelRuntime.Program program;
        private final List<TypeReference> references;
        /** The registrant being evaluated on this thread: the bindings below are made once and read it. */
        private final ThreadLocal<RuleInput> current = new ThreadLocal<>();
        private final CelLateFunctionBindings bindings;

        CelRule(CelRuntime.Program program, List<TypeReference> references, Period defaultPeriod) {
            this.program = program;
            this.references = List.copyOf(references);
            List<CelFunctionBinding> all = new ArrayList<>(FUNCTIONS.size() * 2);
            for (AttendanceFunction function : AttendanceFunction.values()) {
                all.add(CelFunctionBinding.from(overload(function, 1), String.class,
                        type -> apply(function, facts(current.get(), type, defaultPeriod), type)));
                all.add(CelFunctionBinding.from(overload(function, 3),
                        Arrays.asList(String.class, String.class, String.class),
                        args -> apply(function, facts(current.get(), (String) args[0], new Period(
                                LocalDate.parse(((String) args[1]).strip()),
                                LocalDate.parse(((String) args[2]).strip()))), (String) args[0])));
            }
            this.bindings = CelLateFunctionBindings.from(all);
        }

        @Override
        public List<TypeReference> references() {
            return references;
        }

        @Override
        public Outcome evaluate(RuleInput input) {
            Map<String, Object> variables = new HashMap<>(8);
            variables.put("area", input.area());
            variables.put("kind", input.kind());
            input.sex().ifPresent(sex -> variables.put("sex", sex));
            input.age().ifPresent(age -> variables.put("age", age));
            current.set(input);
            try {
                Object result = program.eval(variables, bindings);
                if (result instanceof Boolean passed) {
                    return Outcome.of(passed);
                }
                return new Outcome.Error("The rule gave " + result + " instead of true or false");
            } catch (CelEvaluationException | RuleFailure e) {
                return new Outcome.Error(message(e));
            } finally {
                current.remove();
            }
        }

        private static TypeFacts facts(RuleInput input, String type, Period period) {
            TypeFacts facts = input.facts().get(new FactKey(type, period));
            if (facts == null) {
                throw new RuleFailure("no facts were fetched for " + type);
            }
            return facts;
        }

        private static Object apply(AttendanceFunction function, TypeFacts facts, String type) {
            Compliance compliance = facts.compliance();
            return switch (function) {
                case ATTENDANCE_RATE -> {
                    if (compliance.counted() == 0) {
                        throw new RuleFailure("attendance_rate(\"" + type + "\"): no data (no counted session)");
                    }
                    yield (double) compliance.attended() / compliance.counted();
                }
                case ATTENDED -> (long) compliance.attended();
                case COUNTED -> (long) compliance.counted();
                case COMPLIANT -> {
                    if (compliance.status() == ComplianceStatus.NO_DATA) {
                        throw new RuleFailure("compliant(\"" + type + "\"): no data (no counted session)");
                    }
                    yield compliance.status() != ComplianceStatus.NON_COMPLIANT;
                }
                case TOPICS_COVERED -> (long) facts.coveredTopics();
                case TOPICS_COMPLETED -> facts.activeTopics() > 0 && facts.coveredTopics() >= facts.activeTopics();
                case HOUSEHOLD_COMPLIANT -> {
                    ComplianceStatus household = facts.household().orElseThrow(() -> new RuleFailure(
                            "household_compliant(\"" + type + "\"): the registrant belongs to no household"));
                    if (household == ComplianceStatus.NO_DATA) {
                        throw new RuleFailure("household_compliant(\"" + type + "\"): no data for the household");
                    }
                    yield household != ComplianceStatus.NON_COMPLIANT;
                }
            };
        }

        /** The message a person can read: ours when one of our functions failed, else CEL's. */
        private static String message(Exception e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof RuleFailure failure) {
                    return failure.getMessage();
                }
            }
            String text = Optional.ofNullable(e.getMessage()).orElse("evaluation failed");
            if (text.contains("age")) {
                return "The registrant's age is unknown (no birth date): " + text;
            }
            if (text.contains("sex")) {
                return "The registrant's sex is unknown: " + text;
            }
            return text;
        }
    }

    /** A function cannot answer for this registrant (e.g. no data); reported, never turned into pass or fail. */
    private static final class RuleFailure extends RuntimeException {
        RuleFailure(String message) {
            super(message);
        }
    }
}
