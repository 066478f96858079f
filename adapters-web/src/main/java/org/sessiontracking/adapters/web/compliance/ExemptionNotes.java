package org.sessiontracking.adapters.web.compliance;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.sessiontracking.adapters.web.exemption.ExemptionsView;
import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.ComplianceRow;
import org.sessiontracking.application.exemption.ExemptionNote;
import org.sessiontracking.application.exemption.ExemptionRow;
import org.sessiontracking.application.exemption.port.in.ExplainExemptionsUseCase;
import org.sessiontracking.domain.registrant.RegistrantId;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the compliance list says about exemptions: above the grid, those in force for the type and
 * period ("Exemptions in this period: ..."), and per row of the page shown, how many of the registrant's
 * sessions they left out and why ({@link #of}).
 */
final class ExemptionNotes extends Div {

    private final ExplainExemptionsUseCase explain;
    private final boolean mayManage;
    private Map<RegistrantId, ExemptionNote> page = Map.of();

    ExemptionNotes(ExplainExemptionsUseCase explain, boolean mayManage) {
        this.explain = explain;
        this.mayManage = mayManage;
        setId("compliance-exemptions");
        getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        setVisible(false);
    }

    /** The exemptions in force for the chosen type and period, or nothing. */
    void show(Optional<ComplianceCriteria> criteria) {
        removeAll();
        page = Map.of();
        List<ExemptionRow> inForce = criteria.map(chosen -> explain.inForce(chosen.type(), chosen.period().from(),
                chosen.period().to())).orElse(List.of());
        setVisible(!inForce.isEmpty());
        if (inForce.isEmpty()) {
            return;
        }
        add(new Span((inForce.size() == 1 ? "Exemption" : "Exemptions") + " in this period (absences inside "
                + (inForce.size() == 1 ? "it" : "them") + " do not count): " + String.join("; ",
                inForce.stream().map(row -> row.exemption().describe()).toList()) + ". Counted \"9 (+2)\": 2 more "
                + "sessions left out by an exemption (point at it to see which). "));
        if (mayManage) {
            add(new RouterLink("Manage exemptions", ExemptionsView.class));
        }
    }

    /** Looks up why, for the rows of the page about to be shown. */
    void load(ComplianceCriteria criteria, List<ComplianceRow> rows) {
        page = rows.isEmpty() || !isVisible() ? Map.of() : explain.notes(criteria.type(), criteria.period().from(),
                criteria.period().to(), rows.stream().map(ComplianceRow::registrant).toList());
    }

    /** " (+2)" when two of the row's sessions were left out, else empty. */
    String sessions(ComplianceRow row) {
        ExemptionNote note = page.get(row.registrant());
        return note == null ? "" : " (+" + note.sessions() + ")";
    }

    /** "2 sessions exempt: Typhoon emergency, North, 3–9 Nov 2026", or empty. */
    String of(ComplianceRow row) {
        ExemptionNote note = page.get(row.registrant());
        return note == null ? "" : note.text();
    }
}
