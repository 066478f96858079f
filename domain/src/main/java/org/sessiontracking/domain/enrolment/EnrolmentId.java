package org.sessiontracking.domain.enrolment;

public record EnrolmentId(long value) {
}
