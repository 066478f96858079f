package org.sessiontracking.adapters.web.compliance;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.sessiontracking.adapters.web.enrolment.EnrolmentView;
import org.sessiontracking.application.enrolment.port.in.ListEnrolmentsUseCase;
import org.sessiontracking.domain.sessiontype.SessionType;

import java.util.Optional;

/**
 * What the compliance list says about enrolment, above the grid, for a type with enrolments: that every
 * enrolled registrant is listed, and how their missing records count (the type's missing-record policy,
 * in the domain's words).
 */
final class EnrolmentNote extends Div {

    private final ListEnrolmentsUseCase enrolments;
    private final boolean mayManage;

    EnrolmentNote(ListEnrolmentsUseCase enrolments, boolean mayManage) {
        this.enrolments = enrolments;
        this.mayManage = mayManage;
        setId("compliance-enrolment");
        getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        setVisible(false);
    }

    /** Shows the note for the chosen type; returns whether the type has enrolments. */
    boolean show(Optional<SessionType> type) {
        removeAll();
        boolean enrolled = type.map(chosen -> enrolments.anyOf(chosen.id())).orElse(false);
        setVisible(enrolled);
        if (enrolled) {
            add(new Span("Every registrant enrolled in this type is listed, with a record or not. "
                    + type.get().details().missingRecordPolicy().explanation() + " (column No record). "));
            if (mayManage) {
                add(new RouterLink("Manage enrolment", EnrolmentView.class));
            }
        }
        return enrolled;
    }
}
