package org.sessiontracking.application.exemption;

import org.sessiontracking.application.exemption.port.out.ExemptionRepository.LeftOut;
import org.sessiontracking.domain.exemption.Exemption;
import org.sessiontracking.domain.exemption.ExemptionId;
import org.sessiontracking.domain.registrant.RegistrantId;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Adds up, per registrant, the records exemptions left out and which exemptions: for adapters that count in Java. */
public final class LeftOutTally {

    private final Map<RegistrantId, Integer> sessions = new HashMap<>();
    private final Map<RegistrantId, Set<ExemptionId>> by = new HashMap<>();

    /** One record of the registrant left out by these (covering) exemptions. */
    public void add(RegistrantId registrant, List<Exemption> covering) {
        sessions.merge(registrant, 1, Integer::sum);
        covering.forEach(exemption -> by.computeIfAbsent(registrant, key -> new HashSet<>()).add(exemption.id()));
    }

    public Map<RegistrantId, LeftOut> result() {
        Map<RegistrantId, LeftOut> leftOut = new HashMap<>();
        sessions.forEach((registrant, count) -> leftOut.put(registrant, new LeftOut(count, by.get(registrant))));
        return leftOut;
    }
}
