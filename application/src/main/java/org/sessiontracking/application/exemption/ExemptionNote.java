package org.sessiontracking.application.exemption;

import java.util.List;

/**
 * Why some of a registrant's records do not count: how many of their sessions the exemptions left out,
 * and those exemptions ({@link org.sessiontracking.domain.exemption.Exemption#describe}).
 */
public record ExemptionNote(int sessions, List<String> exemptions) {

    public ExemptionNote {
        exemptions = List.copyOf(exemptions);
    }

    /** "2 sessions exempt: Typhoon emergency, North, 3–9 Nov 2026". */
    public String text() {
        return sessions + (sessions == 1 ? " session" : " sessions") + " exempt: " + String.join("; ", exemptions);
    }
}
