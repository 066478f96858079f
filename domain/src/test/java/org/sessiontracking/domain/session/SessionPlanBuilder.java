package org.sessiontracking.domain.session;

import org.sessiontracking.domain.sessiontype.TopicId;
import org.sessiontracking.domain.user.UserId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Test data builder: a plan for 12 March 2026 at Barangay 12, run by user 3, with no topic. */
public final class SessionPlanBuilder {

    private String title;
    private LocalDate date = LocalDate.of(2026, 3, 12);
    private LocalTime startTime;
    private LocalTime endTime;
    private BigDecimal durationHours;
    private String location = "Barangay 12";
    private String area = "North";
    private UserId facilitator = new UserId(3);
    private final Set<UserId> coFacilitators = new LinkedHashSet<>();
    private final List<String> externalFacilitators = new ArrayList<>();
    private TopicId topic;
    private String notes = "";

    public static SessionPlanBuilder aSessionPlan() {
        return new SessionPlanBuilder();
    }

    public SessionPlanBuilder title(String value) {
        this.title = value;
        return this;
    }

    public SessionPlanBuilder date(LocalDate value) {
        this.date = value;
        return this;
    }

    public SessionPlanBuilder times(LocalTime start, LocalTime end) {
        this.startTime = start;
        this.endTime = end;
        return this;
    }

    public SessionPlanBuilder durationHours(String value) {
        this.durationHours = value == null ? null : new BigDecimal(value);
        return this;
    }

    public SessionPlanBuilder location(String value) {
        this.location = value;
        return this;
    }

    public SessionPlanBuilder area(String value) {
        this.area = value;
        return this;
    }

    public SessionPlanBuilder facilitator(UserId value) {
        this.facilitator = value;
        return this;
    }

    public SessionPlanBuilder coFacilitators(UserId... values) {
        this.coFacilitators.clear();
        this.coFacilitators.addAll(List.of(values));
        return this;
    }

    public SessionPlanBuilder externalFacilitators(String... names) {
        this.externalFacilitators.clear();
        this.externalFacilitators.addAll(Arrays.asList(names));
        return this;
    }

    public SessionPlanBuilder topic(TopicId value) {
        this.topic = value;
        return this;
    }

    public SessionPlanBuilder notes(String value) {
        this.notes = value;
        return this;
    }

    public SessionPlan build() {
        return new SessionPlan(Optional.ofNullable(title), date, Optional.ofNullable(startTime),
                Optional.ofNullable(endTime), Optional.ofNullable(durationHours), location, area,
                Optional.ofNullable(facilitator), Set.copyOf(coFacilitators), externalFacilitators,
                Optional.ofNullable(topic), notes);
    }
}
