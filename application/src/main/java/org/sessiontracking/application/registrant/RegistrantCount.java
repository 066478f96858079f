package org.sessiontracking.application.registrant;

/**
 * How many registrants match a filter, counted up to a cap so that a count never has to visit a
 * million rows: {@code exact} is false when there are more than {@code value}.
 */
public record RegistrantCount(int value, boolean exact) {

    public static RegistrantCount capped(int counted, int cap) {
        return counted > cap ? new RegistrantCount(cap, false) : new RegistrantCount(counted, true);
    }

    /** "1,234" or "more than 10,000". */
    public String label() {
        return exact ? String.format("%,d", value) : String.format("more than %,d", value);
    }
}
