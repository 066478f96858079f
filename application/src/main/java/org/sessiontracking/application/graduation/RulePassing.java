package org.sessiontracking.application.graduation;

import org.sessiontracking.domain.registrant.RegistrantId;

import java.util.Arrays;

/** The registrants for whom an eligibility rule passes, as sorted ids (a national population fits). */
public record RulePassing(long[] ids) {

    public RulePassing {
        ids = ids.clone();
        Arrays.sort(ids);
    }

    public boolean passes(RegistrantId registrant) {
        return Arrays.binarySearch(ids, registrant.value()) >= 0;
    }

    @Override
    public long[] ids() {
        return ids.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RulePassing that && Arrays.equals(ids, that.ids);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ids);
    }

    @Override
    public String toString() {
        return "RulePassing[" + ids.length + " registrants]";
    }
}
