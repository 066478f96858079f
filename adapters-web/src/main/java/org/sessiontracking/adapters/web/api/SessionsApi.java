package org.sessiontracking.adapters.web.api;

import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.session.SessionFilter;
import org.sessiontracking.application.session.SessionRow;
import org.sessiontracking.application.session.port.in.CancelSessionUseCase;
import org.sessiontracking.application.session.port.in.CompleteSessionUseCase;
import org.sessiontracking.application.session.port.in.GetSessionUseCase;
import org.sessiontracking.application.session.port.in.ListSessionsUseCase;
import org.sessiontracking.application.session.port.in.ScheduleSessionUseCase;
import org.sessiontracking.application.session.port.in.SessionVersion;
import org.sessiontracking.application.session.port.in.StartSessionUseCase;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.session.SessionPlan;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.sessiontype.TopicId;
import org.sessiontracking.domain.user.UserId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sessions: the sessions grid's list (its filters, sorting and paging), one session, scheduling one
 * and its status actions, through the same use cases as the screens.
 */
@RestController
@RequestMapping("/api/v1/sessions")
public class SessionsApi {

    private final ListSessionsUseCase list;
    private final GetSessionUseCase get;
    private final ScheduleSessionUseCase schedule;
    private final StartSessionUseCase start;
    private final CompleteSessionUseCase complete;
    private final CancelSessionUseCase cancel;

    public SessionsApi(ListSessionsUseCase list, GetSessionUseCase get, ScheduleSessionUseCase schedule,
                       StartSessionUseCase start, CompleteSessionUseCase complete, CancelSessionUseCase cancel) {
        this.list = list;
        this.get = get;
        this.schedule = schedule;
        this.start = start;
        this.complete = complete;
        this.cancel = cancel;
    }

    /** A line of the sessions grid. */
    public record SessionRowJson(long id, String title, long typeId, String typeName, LocalDate date,
                                 LocalTime startTime, String location, String area, Long facilitatorId,
                                 String facilitatorName, List<String> externalFacilitators, String topicName,
                                 SessionStatus status, int attendanceRecords) {
        static SessionRowJson of(SessionRow row) {
            return new SessionRowJson(row.id().value(), row.title(), row.typeId().value(), row.typeName(), row.date(),
                    row.startTime().orElse(null), row.location(), row.area(),
                    row.facilitatorId().map(UserId::value).orElse(null), row.facilitatorName().orElse(null),
                    row.externalFacilitators(), row.topicName().orElse(null), row.status(), row.attendanceRecords());
        }
    }

    /**
     * One session.
     *
     * @param changeable whether the calling user may edit it and change its status
     * @param version    send it back with a status change: a newer stored one is a conflict
     */
    public record SessionJson(long id, String title, long typeId, LocalDate date, LocalTime startTime,
                              LocalTime endTime, BigDecimal durationHours, String location, String area,
                              Long facilitator, List<Long> coFacilitators, List<String> externalFacilitators,
                              Long topic, String notes, SessionStatus status, String cancelReason, int version,
                              boolean changeable, int attendanceRecords) {
        static SessionJson of(Session session, boolean changeable, int attendanceRecords) {
            return new SessionJson(session.id().value(), session.title(), session.typeId().value(), session.date(),
                    session.startTime().orElse(null), session.endTime().orElse(null), session.durationHours(),
                    session.location(), session.area(), session.facilitator().map(UserId::value).orElse(null),
                    session.coFacilitators().stream().map(UserId::value).toList(), session.externalFacilitators(),
                    session.topic().map(TopicId::value).orElse(null), session.notes(), session.status(),
                    session.cancelReason().orElse(null), session.version().value(), changeable, attendanceRecords);
        }
    }

    /** What the Create form takes (user guide, Step 2); title empty for the default one. */
    public record NewSession(Long type, String title, LocalDate date, LocalTime startTime, LocalTime endTime,
                             BigDecimal durationHours, String location, String area, Long facilitator,
                             List<Long> coFacilitators, List<String> externalFacilitators, Long topic, String notes) {
    }

    /** A status change made on the session as loaded in {@code version}. */
    public record StatusChange(Integer version) {
    }

    /** @param confirmAttendance cancel although attendance was recorded (which then counts for nobody) */
    public record Cancellation(Integer version, String reason, Boolean confirmAttendance) {
    }

    @GetMapping
    public ApiPage<SessionRowJson> list(@RequestParam(defaultValue = "all") String scope,
                                        @RequestParam(required = false) Long type,
                                        @RequestParam(required = false) LocalDate from,
                                        @RequestParam(required = false) LocalDate to,
                                        @RequestParam(required = false) String location,
                                        @RequestParam(required = false) String facilitator,
                                        @RequestParam(required = false) String status,
                                        @RequestParam(required = false) Integer offset,
                                        @RequestParam(required = false) Integer limit,
                                        @RequestParam(required = false) List<String> sort) {
        Paging paging = Paging.of(offset, limit, sort, SessionFilter.SortProperty.class);
        ListSessionsUseCase.Scope listScope = Paging.parse("scope", scope, ListSessionsUseCase.Scope.class);
        SessionFilter filter = SessionFilter.ALL.withType(type == null ? null : new SessionTypeId(type))
                .withPeriod(from, to).withLocationContaining(location).withFacilitatorContaining(facilitator)
                .withStatus(status == null ? null : Paging.parse("status", status, SessionStatus.class));
        return ApiPage.of(list.list(listScope, filter, paging.request()).stream().map(SessionRowJson::of).toList(),
                paging, list.count(listScope, filter));
    }

    @GetMapping("/{id}")
    public SessionJson get(@PathVariable long id) {
        GetSessionUseCase.SessionView view = load(id);
        return SessionJson.of(view.session(), view.changeable(), view.attendanceRecords());
    }

    @PostMapping
    public ResponseEntity<SessionJson> create(@RequestBody NewSession body) {
        SessionPlan plan = new SessionPlan(Optional.ofNullable(body.title()), body.date(),
                Optional.ofNullable(body.startTime()), Optional.ofNullable(body.endTime()),
                Optional.ofNullable(body.durationHours()), body.location(), body.area(),
                Optional.ofNullable(body.facilitator()).map(UserId::new), users(body.coFacilitators()),
                Objects.requireNonNullElse(body.externalFacilitators(), List.of()),
                Optional.ofNullable(body.topic()).map(TopicId::new), body.notes());
        Session created = schedule.schedule(new ScheduleSessionUseCase.Command(
                body.type() == null ? null : new SessionTypeId(body.type()), plan));
        return ResponseEntity.created(URI.create("/api/v1/sessions/" + created.id().value())).body(get(created.id().value()));
    }

    @PostMapping("/{id}/start")
    public SessionJson start(@PathVariable long id, @RequestBody StatusChange body) {
        start.start(seen(id, body.version()));
        return get(id);
    }

    @PostMapping("/{id}/complete")
    public SessionJson complete(@PathVariable long id, @RequestBody StatusChange body) {
        complete.complete(seen(id, body.version()));
        return get(id);
    }

    /** 409 with {@code attendanceRecords} when the session has attendance and the cancellation was not confirmed. */
    @PostMapping("/{id}/cancel")
    public ResponseEntity<?> cancel(@PathVariable long id, @RequestBody Cancellation body) {
        CancelSessionUseCase.Outcome outcome = cancel.cancel(new CancelSessionUseCase.Command(seen(id, body.version()),
                body.reason(), Boolean.TRUE.equals(body.confirmAttendance())));
        return switch (outcome) {
            case CancelSessionUseCase.Cancelled cancelled -> ResponseEntity.ok(get(id));
            case CancelSessionUseCase.ConfirmationNeeded needed -> {
                ProblemDetail problem = ApiErrors.problem(HttpStatus.CONFLICT, "The session has "
                        + needed.attendanceRecords() + " attendance records, which will count for nobody once it is "
                        + "cancelled: send \"confirmAttendance\": true to cancel it all the same");
                problem.setProperty("field", "confirmAttendance");
                problem.setProperty("attendanceRecords", needed.attendanceRecords());
                yield ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
            }
        };
    }

    private GetSessionUseCase.SessionView load(long id) {
        return get.get(new SessionId(id)).orElseThrow(() -> new NotFoundException("Session " + id + " does not exist"));
    }

    private static SessionVersion seen(long id, Integer version) {
        return new SessionVersion(new SessionId(id), Versions.required("version", version));
    }

    private static Set<UserId> users(List<Long> ids) {
        return ids == null ? Set.of() : ids.stream().filter(Objects::nonNull).map(UserId::new)
                .collect(Collectors.toSet());
    }
}
