package org.sessiontracking.adapters.web.compliance;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.ComplianceRow;
import org.sessiontracking.application.compliance.HouseholdCriteria;
import org.sessiontracking.application.compliance.HouseholdRow;
import org.sessiontracking.application.compliance.port.in.ComplianceListUseCase;
import org.sessiontracking.domain.compliance.Compliance;

/**
 * A household's members with their own compliance: the compliance list narrowed to the household
 * (members without records of the type in the period are not listed, as in the list of registrants).
 */
final class HouseholdMembersDialog extends Dialog {

    HouseholdMembersDialog(ComplianceListUseCase compliance, HouseholdCriteria criteria, HouseholdRow household) {
        setHeaderTitle(household.name() + ": " + household.status().label() + " (" + household.rule().label() + ")");
        setId("household-members-dialog");
        setWidth("720px");
        Grid<ComplianceRow> members = new Grid<>();
        members.setId("household-members-grid");
        members.addColumn(ComplianceRow::name).setHeader("Name");
        members.addColumn(ComplianceRow::externalId).setHeader("External ID");
        members.addColumn(row -> Compliance.rateText(row.attended(), row.counted())).setHeader("Rate");
        members.addComponentColumn(row -> ComplianceView.badge(row.status())).setHeader("Status");
        members.setItems(compliance.list(ComplianceCriteria.of(criteria.type(), criteria.period())
                .withGroup(household.household()), PageRequest.first(PageRequest.MAX_LIMIT)));
        members.setEmptyStateText("No member has records of this type in the period.");
        add(members);
        getFooter().add(new Button("Close", event -> close()));
    }
}
