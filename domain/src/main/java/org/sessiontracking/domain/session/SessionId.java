package org.sessiontracking.domain.session;

public record SessionId(long value) {
}
