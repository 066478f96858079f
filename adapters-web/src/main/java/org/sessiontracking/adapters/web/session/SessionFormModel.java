package org.sessiontracking.adapters.web.session;

import org.sessiontracking.application.session.port.in.ListFacilitatorsUseCase.Facilitator;
import org.sessiontracking.domain.session.SessionPlan;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.Topic;
import org.sessiontracking.domain.user.UserId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What the session form edits: plain mutable fields, turned into a domain plan on save. */
final class SessionFormModel {

    private SessionType type;
    private String title = "";
    private LocalDate date;
    private LocalTime startTime;
    private LocalTime endTime;
    private BigDecimal durationHours;
    private String location = "";
    private String area = "";
    private Facilitator facilitator;
    private Set<Facilitator> coFacilitators = new LinkedHashSet<>();
    private String externalFacilitators = "";
    private Topic topic;
    private String notes = "";

    /** Throws the domain's {@code InvalidValueException} naming the field when a value is refused. */
    SessionPlan toPlan() {
        Optional<UserId> facilitatorId = Optional.ofNullable(facilitator).map(Facilitator::id);
        Set<UserId> coFacilitatorIds = coFacilitators.stream().map(Facilitator::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Optional<Topic> chosenTopic = type != null && type.topicTracking() ? Optional.ofNullable(topic) : Optional.empty();
        return new SessionPlan(Optional.ofNullable(title), date, Optional.ofNullable(startTime),
                Optional.ofNullable(endTime), Optional.ofNullable(durationHours), location, area, facilitatorId,
                coFacilitatorIds, externalFacilitatorNames(), chosenTopic.map(Topic::id), notes);
    }

    /** The names typed in the external facilitators field, separated by commas; empty pieces are dropped. */
    List<String> externalFacilitatorNames() {
        return Arrays.stream(externalFacilitators.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                .toList();
    }

    static String joinNames(List<String> names) {
        return String.join(", ", names);
    }

    SessionType getType() {
        return type;
    }

    void setType(SessionType type) {
        this.type = type;
    }

    String getTitle() {
        return title;
    }

    void setTitle(String title) {
        this.title = title;
    }

    LocalDate getDate() {
        return date;
    }

    void setDate(LocalDate date) {
        this.date = date;
    }

    LocalTime getStartTime() {
        return startTime;
    }

    void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    LocalTime getEndTime() {
        return endTime;
    }

    void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }

    BigDecimal getDurationHours() {
        return durationHours;
    }

    void setDurationHours(BigDecimal durationHours) {
        this.durationHours = durationHours;
    }

    String getLocation() {
        return location;
    }

    void setLocation(String location) {
        this.location = location;
    }

    String getArea() {
        return area;
    }

    void setArea(String area) {
        this.area = area;
    }

    Facilitator getFacilitator() {
        return facilitator;
    }

    void setFacilitator(Facilitator facilitator) {
        this.facilitator = facilitator;
    }

    Set<Facilitator> getCoFacilitators() {
        return coFacilitators;
    }

    void setCoFacilitators(Set<Facilitator> coFacilitators) {
        this.coFacilitators = coFacilitators == null ? new LinkedHashSet<>() : new LinkedHashSet<>(coFacilitators);
    }

    String getExternalFacilitators() {
        return externalFacilitators;
    }

    void setExternalFacilitators(String externalFacilitators) {
        this.externalFacilitators = externalFacilitators == null ? "" : externalFacilitators;
    }

    Topic getTopic() {
        return topic;
    }

    void setTopic(Topic topic) {
        this.topic = topic;
    }

    String getNotes() {
        return notes;
    }

    void setNotes(String notes) {
        this.notes = notes;
    }
}
