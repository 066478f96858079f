package org.sessiontracking.adapters.web.graduation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.graduation.ReadinessFilter;
import org.sessiontracking.application.graduation.ReadinessRow;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.graduation.GraduationPathway;
import org.sessiontracking.domain.graduation.GraduationPathwayId;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Permission;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Graduation: choose a pathway; its registrants with readiness and each criterion's state, loaded
 * lazily; filter ready / not ready / graduated, search, export; configure pathways (Administrator,
 * Manager), record assessed criteria (Staff and up), graduate the selected (Manager) and revoke.
 */
@Route("graduation")
@PageTitle("Graduation")
@Menu(title = "Graduation", order = 35, icon = "vaadin:academy-cap")
@PermitAll
public class GraduationView extends VerticalLayout {

    static final String WHO_IS_LISTED = "Listed: everyone with an attendance record of an attendance or curriculum "
            + "criterion's session type (in the criterion's period, for attendance), and anyone assessed or graduated "
            + "on this pathway. Score of a criterion: attendance = rate / required rate (at most 1), curriculum = topics "
            + "covered / active topics, rule or assessment = 1 when met. Readiness = sum(score x weight) / sum(weights); "
            + "ready = every required (*) criterion met (every criterion, when none is required). \"Ready to graduate\" and \"Not ready yet\" leave out who has graduated.";

    private final GraduationUseCases useCases;
    private final Actor actor;
    private final Select<GraduationPathway> pathway = new Select<>();
    private final Select<ReadinessFilter> filter = new Select<>();
    private final TextField search = new TextField();
    private final Span total = new Span();
    private final Paragraph description = new Paragraph();
    private final Button graduate = new Button("Graduate selected", VaadinIcon.ACADEMY_CAP.create());
    private final Button editPathway = new Button("Edit pathway", VaadinIcon.EDIT.create());
    private final ReadinessGrid grid;

    public GraduationView(GraduationUseCases useCases) {
        this.useCases = useCases;
        this.actor = useCases.currentUser().currentUser();
        setSizeFull();
        grid = new ReadinessGrid(this::page, ignored -> count(), actor.may(Permission.GRADUATE), this::openRegistrant);
        pathway.setLabel("Pathway");
        pathway.setId("pathway");
        pathway.setItemLabelGenerator(item -> item.name() + (item.active() ? "" : " (inactive)"));
        pathway.setWidth("20em");
        filter.setLabel("Show");
        filter.setId("readiness-filter");
        filter.setItems(ReadinessFilter.values());
        filter.setItemLabelGenerator(ReadinessFilter::label);
        filter.setValue(ReadinessFilter.ALL);
        search.setLabel("Search");
        search.setId("readiness-search");
        search.setPlaceholder("Name or id");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        total.setId("readiness-total");
        pathway.addValueChangeListener(event -> showPathway());
        filter.addValueChangeListener(event -> refresh());
        search.addValueChangeListener(event -> refresh());
        if (actor.may(Permission.GRADUATE)) {
            grid.addSelectionListener(event -> graduate.setEnabled(!event.getAllSelectedItems().isEmpty()));
        }
        description.setId("pathway-description-text");
        Paragraph listed = new Paragraph(WHO_IS_LISTED + " The card icon opens a registrant's details"
                + (actor.may(Permission.ASSESS_GRADUATION_CRITERIA) ? ", to assess" : "")
                + (actor.may(Permission.GRADUATE) ? " or to revoke a graduation." : "."));
        listed.setId("readiness-explanation");
        listed.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
                .set("margin", "0");
        com.vaadin.flow.component.details.Details how = new com.vaadin.flow.component.details.Details(
                "Who is listed, and how readiness is computed", listed);
        how.setId("readiness-how");
        HorizontalLayout filters = new HorizontalLayout(pathway, filter, search, total);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        add(filters, actions(), description, how, grid);
        expand(grid);
        loadPathways(Optional.empty());
    }

    private HorizontalLayout actions() {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        if (actor.may(Permission.GRADUATE)) {
            graduate.setId("graduate-selected");
            graduate.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            graduate.setEnabled(false);
            graduate.addClickListener(event -> openGraduate());
            actions.add(graduate);
        }
        if (actor.may(Permission.CONFIGURE_GRADUATION)) {
            Button create = new Button("New pathway", VaadinIcon.PLUS.create(),
                    event -> new PathwayDialog(useCases, Optional.empty(), id -> loadPathways(Optional.of(id))).open());
            create.setId("new-pathway");
            editPathway.setId("edit-pathway");
            editPathway.addClickListener(event -> Optional.ofNullable(pathway.getValue()).ifPresent(chosen ->
                    new PathwayDialog(useCases, Optional.of(chosen), id -> loadPathways(Optional.of(id))).open()));
            actions.add(create, editPathway);
        }
        Anchor csv = new Anchor((DownloadHandler) event -> {
            GraduationPathway chosen = pathway.getValue();
            event.setFileName(chosen == null ? "graduation.csv" : ReadinessCsv.fileName(chosen, filter.getValue()));
            event.setContentType("text/csv;charset=UTF-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                if (chosen != null) {
                    ReadinessCsv.write(useCases.readiness(), chosen, filter.getValue(), search.getValue(), out);
                }
            }
        }, "Export CSV");
        csv.setId("readiness-export");
        actions.add(csv);
        return actions;
    }

    private void loadPathways(Optional<GraduationPathwayId> select) {
        List<GraduationPathway> pathways = useCases.pathways().list();
        pathway.setItems(pathways);
        select.or(() -> Optional.ofNullable(pathway.getValue()).map(GraduationPathway::id))
                .flatMap(id -> pathways.stream().filter(item -> item.id().equals(id)).findFirst())
                .or(() -> pathways.stream().filter(GraduationPathway::active).findFirst())
                .or(() -> pathways.stream().findFirst())
                .ifPresentOrElse(pathway::setValue, this::showPathway);
    }

    private void showPathway() {
        GraduationPathway chosen = pathway.getValue();
        editPathway.setEnabled(chosen != null);
        description.setText(chosen == null ? (actor.may(Permission.CONFIGURE_GRADUATION)
                ? "No graduation pathway yet: create one with New pathway."
                : "No graduation pathway yet: an administrator or manager creates them.")
                : chosen.description());
        if (chosen != null) {
            grid.show(chosen);
        }
        refresh();
    }

    private void refresh() {
        grid.deselectAll();
        if (pathway.getValue() == null) {
            total.setText("");
            grid.refresh();
            return;
        }
        grid.refresh();
    }

    private List<ReadinessRow> page(PageRequest page) {
        GraduationPathway chosen = pathway.getValue();
        return chosen == null ? List.of() : useCases.readiness().list(chosen.id(), filter.getValue(),
                search.getValue(), page);
    }

    /** The grid's count, also shown above it: one computation of the whole list per refresh. */
    private int count() {
        GraduationPathway chosen = pathway.getValue();
        if (chosen == null) {
            total.setText("");
            return 0;
        }
        try {
            int count = useCases.readiness().count(chosen.id(), filter.getValue(), search.getValue());
            total.setText(count + (count == 1 ? " registrant" : " registrants"));
            return count;
        } catch (DomainException problem) {
            total.setText(problem.getMessage());
            return 0;
        }
    }

    private void openRegistrant(ReadinessRow row) {
        new RegistrantGraduationDialog(useCases, pathway.getValue(), row,
                actor.may(Permission.ASSESS_GRADUATION_CRITERIA), actor.may(Permission.GRADUATE), this::refresh).open();
    }

    private void openGraduate() {
        List<ReadinessRow> selected = List.copyOf(grid.getSelectedItems());
        if (!selected.isEmpty() && pathway.getValue() != null) {
            new GraduateDialog(useCases.graduate(), pathway.getValue(), selected, LocalDate.now(useCases.clock()),
                    this::refresh).open();
        }
    }
}
