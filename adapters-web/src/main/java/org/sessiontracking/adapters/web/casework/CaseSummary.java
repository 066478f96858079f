package org.sessiontracking.adapters.web.casework;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.sessiontracking.adapters.web.compliance.FlagsView;
import org.sessiontracking.adapters.web.compliance.RegistrantComplianceView;
import org.sessiontracking.application.casework.port.in.GetCaseUseCase.CaseDetails;
import org.sessiontracking.domain.casework.Case;
import org.sessiontracking.domain.casework.CaseStatus;
import org.sessiontracking.domain.casework.PlanProgress;

/** The head of a case page: whose case, who works it, its state, its flag, and the plan's progress in one line. */
final class CaseSummary extends Div {

    CaseSummary() {
        setId("case-summary");
        setWidthFull();
    }

    void show(CaseDetails details) {
        removeAll();
        Case theCase = details.theCase();
        RouterLink registrant = new RouterLink(details.registrant().name() + " · " + details.registrant().externalId(),
                RegistrantComplianceView.class,
                new RouteParameters(RegistrantComplianceView.ID_PARAMETER,
                        String.valueOf(details.registrant().id().value())));
        registrant.setId("case-registrant-link");
        Span status = new Span(theCase.status().label());
        status.setId("case-status");
        status.getElement().getThemeList().add(theCase.status() == CaseStatus.OPEN ? "badge success" : "badge contrast");
        String kind = "GROUP".equals(details.registrant().kind()) ? "household" : "individual";
        String area = details.registrant().area().isBlank() ? "" : ", " + details.registrant().area();
        add(line(registrant, muted(kind + area), status));
        Span worker = new Span("Case worker: " + details.caseWorkerName());
        worker.setId("case-worker-name");
        add(line(worker, muted("opened " + theCase.openedOn() + " by " + details.openedByName())));
        theCase.closure().ifPresent(closure -> add(line(new Span("Closed " + closure.on() + " by "
                + details.closedByName().orElse("") + ": " + closure.note()))));
        details.flag().ifPresent(flag -> {
            RouterLink link = new RouterLink("Opened from a follow-up flag (" + flag.typeName() + ": " + flag.note()
                    + (flag.open() ? ", open" : ", resolved") + ")", FlagsView.class);
            link.setId("case-flag-link");
            add(line(link));
        });
        add(progressLine(details.progress(), details));
    }

    private static HorizontalLayout progressLine(PlanProgress progress, CaseDetails details) {
        Span ratio = new Span(progress.required() == 0 ? "Plan:"
                : "Plan: " + progress.met() + " of " + progress.required() + " required sessions attended ("
                + Math.round(progress.ratio().orElse(0) * 100) + "%)");
        ratio.setId("case-progress");
        Span state = ProgressBadge.of(progress.state());
        state.setId("case-state");
        HorizontalLayout line = line(ratio, state);
        if (progress.overdue() > 0) {
            Span overdue = ProgressBadge.overdue();
            overdue.setText(progress.overdue() + (progress.overdue() == 1 ? " item overdue" : " items overdue"));
            line.add(overdue);
        }
        line.add(muted("compliant from " + details.theCase().thresholds().compliantPercent() + "%, partial from "
                + details.theCase().thresholds().partialPercent() + "%"));
        return line;
    }

    private static HorizontalLayout line(com.vaadin.flow.component.Component... parts) {
        HorizontalLayout line = new HorizontalLayout(parts);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.setSpacing(true);
        return line;
    }

    private static Span muted(String text) {
        Span span = new Span(text);
        span.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return span;
    }
}
