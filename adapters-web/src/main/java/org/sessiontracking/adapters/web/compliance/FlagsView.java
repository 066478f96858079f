package org.sessiontracking.adapters.web.compliance;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sessiontracking.adapters.web.common.Notifications;
import org.sessiontracking.application.casework.port.in.ListCasesUseCase;
import org.sessiontracking.application.casework.port.in.OpenCaseUseCase;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.domain.casework.CaseId;
import org.sessiontracking.domain.compliance.ComplianceFlagId;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import java.util.HashMap;
import java.util.Map;
import org.sessiontracking.application.compliance.FlagFilter;
import org.sessiontracking.application.compliance.FlagRow;
import org.sessiontracking.application.compliance.port.in.ListFlagsUseCase;
import org.sessiontracking.application.compliance.port.in.ResolveFlagUseCase;
import org.sessiontracking.application.sessiontype.SessionTypeFilter;
import org.sessiontracking.application.sessiontype.port.in.ListSessionTypesUseCase;
import org.sessiontracking.application.user.port.in.CurrentUserUseCase;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.compliance.FlagKind;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.user.Permission;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;

/** The follow-up and exclusion flags raised from compliance lists; open ones can be resolved. */
@Route("compliance/flags")
@PageTitle("Compliance flags")
@PermitAll
public class FlagsView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final ListFlagsUseCase flags;
    private final ResolveFlagUseCase resolve;
    private final boolean mayResolve;
    private final Select<SessionType> type = new Select<>();
    private final Select<FlagKind> kind = new Select<>();
    private final Checkbox openOnly = new Checkbox("Open only", true);
    private final Grid<FlagRow> grid = new Grid<>();
    private final ConfigurableFilterDataProvider<FlagRow, Void, Void> rows;
    private final OpenCaseUseCase openCase;
    private final ListCasesUseCase cases;
    private final boolean worksCases;
    /** The cases opened from the flags fetched so far. */
    private final Map<ComplianceFlagId, CaseId> casesOfFlags = new HashMap<>();

    public FlagsView(ListFlagsUseCase flags, ResolveFlagUseCase resolve, ListSessionTypesUseCase types,
                     CurrentUserUseCase currentUser, OpenCaseUseCase openCase, ListCasesUseCase cases) {
        this.flags = flags;
        this.resolve = resolve;
        this.mayResolve = currentUser.currentUser().may(Permission.FLAG_FOLLOW_UP);
        this.openCase = openCase;
        this.cases = cases;
        this.worksCases = currentUser.currentUser().role().worksCases();
        setSizeFull();
        type.setLabel("Session type");
        type.setId("flags-type");
        type.setItems(types.list(SessionTypeFilter.ALL, PageRequest.first(PageRequest.MAX_LIMIT)));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption("All types");
        type.setItemLabelGenerator(value -> value == null ? "All types" : value.name());
        kind.setLabel("Flag");
        kind.setId("flags-kind");
        kind.setItems(FlagKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption("All flags");
        kind.setItemLabelGenerator(value -> value == null ? "All flags" : value.label());
        openOnly.setId("flags-open-only");
        HorizontalLayout filters = new HorizontalLayout(type, kind, openOnly);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("flags-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(row -> row.registrantName() + " (" + row.registrantExternalId() + ")").setHeader("Registrant")
                .setFlexGrow(2);
        grid.addColumn(FlagRow::typeName).setHeader("Session type").setFlexGrow(1);
        grid.addColumn(row -> row.flag().kind().label()).setHeader("Flag").setFlexGrow(1);
        grid.addColumn(row -> row.flag().note()).setHeader("Note").setFlexGrow(3)
                .setTooltipGenerator(row -> row.flag().note());
        grid.addColumn(row -> row.raisedByName() + ", " + WHEN.format(row.flag().raisedAt())).setHeader("Raised")
                .setFlexGrow(1);
        grid.addColumn(row -> row.flag().resolution().map(resolution -> "Resolved by " + row.resolvedByName() + ", "
                + WHEN.format(resolution.at()) + ": " + resolution.note()).orElse("Open")).setHeader("Resolution")
                .setFlexGrow(2);
        grid.addComponentColumn(this::caseCell).setHeader("Case").setAutoWidth(true).setFlexGrow(0)
                .setVisible(worksCases);
        grid.addComponentColumn(this::resolveButton).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("No flags match.");
        rows = new CallbackDataProvider<FlagRow, Void>(this::fetch, query -> flags.count(filter()),
                row -> row.flag().id().value()).withConfigurableFilter();
        grid.setItems(rows);
        type.addValueChangeListener(event -> rows.refreshAll());
        kind.addValueChangeListener(event -> rows.refreshAll());
        openOnly.addValueChangeListener(event -> rows.refreshAll());
        add(filters, grid);
        expand(grid);
    }

    /** The case opened from the flag, or (an open follow-up) a button opening one in one click. */
    private Component caseCell(FlagRow row) {
        CaseId opened = casesOfFlags.get(row.flag().id());
        if (opened != null) {
            Anchor link = new Anchor("cases/" + opened.value(), "Case " + opened.value());
            link.getElement().setAttribute("router-link", true);
            link.setId("flag-case-" + row.flag().id().value());
            return link;
        }
        Button button = new Button("Open case", event -> {
            try {
                CaseId id = openCase.openFromFlag(row.flag().id());
                getUI().ifPresent(ui -> ui.navigate("cases/" + id.value()));
            } catch (DomainException problem) {
                Notifications.error(problem.getMessage());
            }
        });
        button.setId("open-case-" + row.flag().id().value());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setVisible(row.flag().open() && row.flag().kind() == FlagKind.FOLLOW_UP);
        return button;
    }

    private Button resolveButton(FlagRow row) {
        Button button = new Button("Resolve", event -> openResolve(row));
        button.setId("resolve-" + row.flag().id().value());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setVisible(mayResolve && row.flag().open());
        return button;
    }

    private void openResolve(FlagRow row) {
        Dialog dialog = new Dialog("Resolve flag of " + row.registrantName());
        TextArea note = new TextArea("How was it resolved?");
        note.setId("resolve-note");
        note.setWidthFull();
        Button save = new Button("Resolve", event -> {
            try {
                resolve.resolve(new ResolveFlagUseCase.Command(row.flag().id(), row.flag().version(),
                        note.getValue()));
                Notifications.success("Flag resolved");
                dialog.close();
                rows.refreshAll();
            } catch (DomainException problem) {
                note.setErrorMessage(problem.getMessage());
                note.setInvalid(true);
            }
        });
        save.setId("save-resolve");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(note);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), save);
        dialog.setWidth("28em");
        dialog.open();
    }

    private FlagFilter filter() {
        return FlagFilter.ALL.withType(type.getValue() == null ? null : type.getValue().id())
                .withKind(kind.getValue()).withOpenOnly(openOnly.getValue());
    }

    private Stream<FlagRow> fetch(Query<FlagRow, Void> query) {
        java.util.List<FlagRow> page = flags.list(filter(), new PageRequest(query.getOffset(), Math.min(query.getLimit(),
                PageRequest.MAX_LIMIT), java.util.List.of()));
        if (worksCases) {
            casesOfFlags.putAll(cases.openedFrom(page.stream().map(row -> row.flag().id()).toList()));
        }
        return page.stream();
    }
}
