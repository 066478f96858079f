package org.sessiontracking.adapters.web.sessiontype;

import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.MissingRecordPolicy;
import org.sessiontracking.domain.sessiontype.Frequency;
import org.sessiontracking.domain.sessiontype.HouseholdRule;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeDetails;

import java.math.BigDecimal;
import java.util.Optional;

/** What the session-type form edits: plain mutable fields, turned into domain values on save. */
final class SessionTypeFormModel {

    private String name = "";
    private String code = "";
    private String description = "";
    private Frequency frequency = Frequency.MONTHLY;
    private BigDecimal durationHours = BigDecimal.valueOf(2);
    private Integer requiredAttendance = 80;
    private ExcusedPolicy excusedPolicy = ExcusedPolicy.LEFT_OUT;
    private Integer absenceWarning = SessionTypeDetails.DEFAULT_ABSENCE_WARNING;
    private MissingRecordPolicy missingRecordPolicy = MissingRecordPolicy.LISTED_AS_NO_RECORD;
    private HouseholdRule householdRule = HouseholdRule.DEFAULT;
    private boolean topicTracking;

    static SessionTypeFormModel of(SessionType type) {
        SessionTypeFormModel model = new SessionTypeFormModel();
        SessionTypeDetails details = type.details();
        model.name = details.name();
        model.code = details.code().orElse("");
        model.description = details.description();
        model.frequency = details.frequency();
        model.durationHours = details.durationHours();
        model.requiredAttendance = details.requiredAttendance();
        model.excusedPolicy = details.excusedPolicy();
        model.absenceWarning = details.absenceWarning();
        model.missingRecordPolicy = details.missingRecordPolicy();
        model.householdRule = details.householdRule();
        model.topicTracking = type.topicTracking();
        return model;
    }

    /** Throws the domain's {@code InvalidValueException} naming the field when a value is refused. */
    SessionTypeDetails toDetails() {
        return new SessionTypeDetails(name, Optional.ofNullable(code), description, frequency, durationHours,
                requiredAttendance == null ? -1 : requiredAttendance, excusedPolicy,
                absenceWarning == null ? 0 : absenceWarning, missingRecordPolicy, householdRule);
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    String getCode() {
        return code;
    }

    void setCode(String code) {
        this.code = code;
    }

    String getDescription() {
        return description;
    }

    void setDescription(String description) {
        this.description = description;
    }

    Frequency getFrequency() {
        return frequency;
    }

    void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }

    BigDecimal getDurationHours() {
        return durationHours;
    }

    void setDurationHours(BigDecimal durationHours) {
        this.durationHours = durationHours;
    }

    Integer getRequiredAttendance() {
        return requiredAttendance;
    }

    void setRequiredAttendance(Integer requiredAttendance) {
        this.requiredAttendance = requiredAttendance;
    }

    ExcusedPolicy getExcusedPolicy() {
        return excusedPolicy;
    }

    void setExcusedPolicy(ExcusedPolicy excusedPolicy) {
        this.excusedPolicy = excusedPolicy;
    }

    MissingRecordPolicy getMissingRecordPolicy() {
        return missingRecordPolicy;
    }

    void setMissingRecordPolicy(MissingRecordPolicy missingRecordPolicy) {
        this.missingRecordPolicy = missingRecordPolicy;
    }

    HouseholdRule getHouseholdRule() {
        return householdRule;
    }

    void setHouseholdRule(HouseholdRule householdRule) {
        this.householdRule = householdRule;
    }

    Integer getAbsenceWarning() {
        return absenceWarning;
    }

    void setAbsenceWarning(Integer absenceWarning) {
        this.absenceWarning = absenceWarning;
    }

    boolean isTopicTracking() {
        return topicTracking;
    }

    void setTopicTracking(boolean topicTracking) {
        this.topicTracking = topicTracking;
    }
}
