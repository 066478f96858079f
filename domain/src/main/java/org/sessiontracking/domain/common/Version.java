package org.sessiontracking.domain.common;

/**
 * The optimistic-locking version of an aggregate as it was loaded. Saving checks that the stored
 * version is still this one, so that two people editing the same thing cannot silently overwrite
 * each other.
 */
public record Version(int value) {

    public static final Version NEW = new Version(0);

    public Version {
        if (value < 0) {
            throw new IllegalArgumentException("version must not be negative, got " + value);
        }
    }

    public Version next() {
        return new Version(value + 1);
    }
}
