package org.sessiontracking.domain.user;

public record UserId(long value) {
}
