package org.sessiontracking.domain.registrant;

public record RegistrantId(long value) {
}
