package org.sessiontracking.adapters.web.verification;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.sessiontype.SessionTypeFilter;
import org.sessiontracking.application.sessiontype.port.in.ListSessionTypesUseCase;
import org.sessiontracking.application.user.port.in.CurrentUserUseCase;
import org.sessiontracking.application.verification.port.in.DefineVerificationPeriodsUseCase;
import org.sessiontracking.application.verification.port.in.ListVerificationPeriodsUseCase;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.user.Permission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The verification periods of a session type with their state; Managers and Administrators define them
 * one by one or a year at a time. Each period opens its own page (close, reopen, frozen list, late
 * corrections).
 */
@Route("compliance/periods")
@PageTitle("Verification periods")
@Menu(title = "Verification periods", order = 31, icon = "vaadin:calendar-clock")
@PermitAll
public class VerificationPeriodsView extends VerticalLayout implements BeforeEnterObserver {

    private final ListVerificationPeriodsUseCase periods;
    private final Select<SessionType> type = new Select<>();
    private final PeriodsGrid grid = new PeriodsGrid();
    private final Button define = new Button("Define a period");
    private final Button generate = new Button("Generate a year");

    public VerificationPeriodsView(ListVerificationPeriodsUseCase periods, DefineVerificationPeriodsUseCase defining,
                                   ListSessionTypesUseCase types, CurrentUserUseCase currentUser, Clock clock) {
        this.periods = periods;
        setSizeFull();
        type.setLabel("Session type");
        type.setId("periods-type");
        List<SessionType> all = types.list(SessionTypeFilter.ALL, PageRequest.first(PageRequest.MAX_LIMIT));
        type.setItems(all);
        type.setItemLabelGenerator(SessionType::name);
        type.addValueChangeListener(event -> {
            refresh();
            if (event.isFromClient() && event.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(VerificationPeriodsView.class, QueryParameters.simple(
                        Map.of("type", String.valueOf(event.getValue().id().value())))));
            }
        });
        boolean mayDefine = currentUser.currentUser().may(Permission.VERIFY_PERIODS);
        define.setId("define-period");
        generate.setId("generate-periods");
        define.setVisible(mayDefine);
        generate.setVisible(mayDefine);
        define.addClickListener(event -> new DefinePeriodDialog(defining, type.getValue(), this::refresh).open());
        generate.addClickListener(event -> new GeneratePeriodsDialog(defining, type.getValue(), LocalDate.now(clock),
                this::refresh).open());
        HorizontalLayout toolbar = new HorizontalLayout(type, define, generate);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph help = new Paragraph("Closing a period freezes its compliance list: exports for the period then "
                + "use the frozen list. Changes after the data-entry deadline or the close need a reason and are "
                + "listed as late corrections on the period's page.");
        help.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        add(toolbar, help, grid);
        expand(grid);
        if (!all.isEmpty()) {
            type.setValue(all.getFirst());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("type").ifPresent(id ->
                type.getListDataView().getItems().filter(item -> String.valueOf(item.id().value()).equals(id))
                        .findFirst().ifPresent(type::setValue));
    }

    private void refresh() {
        boolean chosen = type.getValue() != null;
        define.setEnabled(chosen);
        generate.setEnabled(chosen);
        grid.show(chosen ? periods.periods(type.getValue().id()) : List.of());
    }
}
