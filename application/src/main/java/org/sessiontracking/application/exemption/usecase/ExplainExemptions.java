package org.sessiontracking.application.exemption.usecase;

import org.sessiontracking.application.exemption.ExemptionNote;
import org.sessiontracking.application.exemption.ExemptionRow;
import org.sessiontracking.application.exemption.port.in.ExplainExemptionsUseCase;
import org.sessiontracking.application.exemption.port.out.ExemptionRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.exemption.Exemption;
import org.sessiontracking.domain.exemption.ExemptionId;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.Permission;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

public final class ExplainExemptions implements ExplainExemptionsUseCase {

    private final ExemptionRepository exemptions;
    private final CurrentActor currentActor;

    public ExplainExemptions(ExemptionRepository exemptions, CurrentActor currentActor) {
        this.exemptions = exemptions;
        this.currentActor = currentActor;
    }

    @Override
    public List<ExemptionRow> inForce(SessionTypeId type, LocalDate from, LocalDate to) {
        currentActor.get().require(Permission.READ);
        return exemptions.list().stream()
                .filter(row -> row.exemption().appliesTo(type) && row.exemption().overlaps(from, to))
                .sorted(Comparator.comparing((ExemptionRow row) -> row.exemption().from())
                        .thenComparingLong(row -> row.exemption().id().value()))
                .toList();
    }

    @Override
    public Map<RegistrantId, ExemptionNote> notes(SessionTypeId type, LocalDate from, LocalDate to,
                                                  Collection<RegistrantId> registrants) {
        currentActor.get().require(Permission.READ);
        if (registrants.isEmpty()) {
            return Map.of();
        }
        Map<RegistrantId, ExemptionRepository.LeftOut> leftOut = exemptions.leftOut(type, from, to, registrants);
        if (leftOut.isEmpty()) {
            return Map.of();
        }
        Map<ExemptionId, Exemption> byId = exemptions.list().stream().map(ExemptionRow::exemption)
                .collect(Collectors.toMap(Exemption::id, Function.identity()));
        Map<RegistrantId, ExemptionNote> notes = new HashMap<>();
        leftOut.forEach((registrant, left) -> notes.put(registrant, new ExemptionNote(left.sessions(),
                left.exemptions().stream().map(byId::get).filter(java.util.Objects::nonNull)
                        .sorted(Comparator.comparing(Exemption::from).thenComparingLong(e -> e.id().value()))
                        .map(Exemption::describe).toList())));
        return notes;
    }
}
