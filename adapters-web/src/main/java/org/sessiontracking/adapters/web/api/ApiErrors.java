package org.sessiontracking.adapters.web.api;

import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.DuplicateException;
import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.common.StorageUnavailableException;
import org.sessiontracking.domain.common.AccessDeniedException;
import org.sessiontracking.domain.common.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.DatabindException;

import java.util.stream.Collectors;

/**
 * Every error of the REST API as an RFC 9457 problem detail: the use cases' refusals with their own
 * message (the one the screens show), and with the {@code field} they are about when there is one.
 * 400 for a body or parameter that cannot be read, 403 for a role that may not, 404 for an unknown id,
 * 409 for a conflict with what someone else saved, 422 for a value a rule refuses, 503 while the
 * database cannot be reached. Nothing unexpected shows its stack trace: it is logged, and the answer
 * says only that it failed.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
public class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    static ProblemDetail problem(HttpStatus status, String detail) {
        return ProblemDetail.forStatusAndDetail(status, detail);
    }

    static ProblemDetail invalid(String field, String detail) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("field", field);
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException error) {
        return problem(HttpStatus.NOT_FOUND, error.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException error) {
        return problem(HttpStatus.FORBIDDEN, error.getMessage());
    }

    @ExceptionHandler({ConcurrentModificationException.class, DuplicateException.class})
    ProblemDetail conflict(DomainException error) {
        return withField(problem(HttpStatus.CONFLICT, error.getMessage()), error);
    }

    @ExceptionHandler(StorageUnavailableException.class)
    ProblemDetail unavailable(StorageUnavailableException error) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, error.getMessage());
    }

    @ExceptionHandler(BadRequestException.class)
    ProblemDetail badRequest(BadRequestException error) {
        return invalid(error.field(), error.getMessage());
    }

    /** A rule of the domain refused a value or an action. */
    @ExceptionHandler(DomainException.class)
    ProblemDetail refused(DomainException error) {
        return withField(problem(HttpStatus.UNPROCESSABLE_CONTENT, error.getMessage()), error);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
                String field = databind.getPath().stream()
                        .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                                : "[" + reference.getIndex() + "]")
                        .collect(Collectors.joining(".")).replace(".[", "[");
                return invalid(field, "The value of '" + field + "' is not valid here");
            }
        }
        return problem(HttpStatus.BAD_REQUEST, "The request body is missing or is not valid JSON");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException error) {
        return invalid(error.getName(), "'" + error.getValue() + "' is not a valid " + error.getName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException error) {
        return invalid(error.getParameterName(), "The parameter '" + error.getParameterName() + "' is required");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noSuchPath(NoResourceFoundException error) {
        return problem(HttpStatus.NOT_FOUND, "There is no API resource at this address");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail wrongMethod(HttpRequestMethodNotSupportedException error) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "This address does not take " + error.getMethod());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail wrongContentType(HttpMediaTypeNotSupportedException error) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception error) {
        log.error("Unexpected error in the REST API", error);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on the server; it has been logged");
    }

    private static ProblemDetail withField(ProblemDetail problem, DomainException error) {
        error.field().ifPresent(field -> problem.setProperty("field", field));
        return problem;
    }
}
