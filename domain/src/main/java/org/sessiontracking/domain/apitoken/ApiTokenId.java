package org.sessiontracking.domain.apitoken;

public record ApiTokenId(long value) {
}
