package org.sessiontracking.domain.casework;

/** A case's identity. */
public record CaseId(long value) {
}
