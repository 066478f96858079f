package org.sessiontracking.adapters.web.attendance;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.sessiontracking.adapters.web.common.FieldErrors;
import org.sessiontracking.application.attendance.RegistrantQuery;
import org.sessiontracking.application.attendance.RegistrantSummary;
import org.sessiontracking.application.attendance.port.in.AddRegistrantsUseCase;
import org.sessiontracking.application.attendance.port.in.AddRegistrantsUseCase.Selection;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.session.SessionId;

import java.util.List;
import java.util.function.Consumer;

/**
 * "Add registrants": many at once, chosen by searching and multi-selecting, as a whole group
 * (household), or as a whole area, all with one status (Present unless changed). Registrants already
 * on the session are left as they are. Stored at once, in one transaction.
 */
final class AddRegistrantsDialog extends Dialog {

    enum Mode {
        CHOOSE("Choose registrants"), GROUP("A whole group or household"), AREA("A whole area"),
        EXPECTED("Expected registrants (enrolled)");

        final String label;

        Mode(String label) {
            this.label = label;
        }
    }

    private final AttendanceUseCases useCases;
    private final SessionId sessionId;
    private final Consumer<AddRegistrantsUseCase.Result> added;
    private final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>();
    private final TextField search = new TextField();
    private final Grid<RegistrantSummary> picker = new Grid<>();
    private final Span chosen = new Span();
    private final ComboBox<RegistrantSummary> group = new ComboBox<>("Group or household");
    private final ComboBox<String> area = new ComboBox<>("Area");
    private final RadioButtonGroup<AttendanceStatus> status = new RadioButtonGroup<>("Status to give");
    private final TextField reason = new TextField("Reason");
    private final FieldErrors errors = new FieldErrors();
    private final Span expected = new Span("Everyone an enrolment of this session's type expects on its date, in "
            + "its area (every enrolled area when the session has none). Those already on the session stay as they are.");
    private final VerticalLayout choosePanel;

    AddRegistrantsDialog(AttendanceUseCases useCases, SessionId sessionId, boolean reasonRequired,
                         Consumer<AddRegistrantsUseCase.Result> added) {
        this.useCases = useCases;
        this.sessionId = sessionId;
        this.added = added;
        setId("add-registrants-dialog");
        setHeaderTitle("Add registrants");
        setWidth("min(60em, 95vw)");

        mode.setId("add-mode");
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(m -> m.label);
        mode.setValue(Mode.CHOOSE);

        search.setId("registrant-search");
        search.setPlaceholder("Name or external id");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidthFull();
        picker.setId("registrant-picker");
        picker.setSelectionMode(Grid.SelectionMode.MULTI);
        picker.addColumn(RegistrantSummary::externalId).setHeader("External ID").setAutoWidth(true);
        picker.addColumn(RegistrantSummary::name).setHeader("Name").setFlexGrow(2);
        picker.addColumn(RegistrantSummary::groupName).setHeader("Group");
        picker.addColumn(RegistrantSummary::area).setHeader("Area");
        picker.setHeight("18em");
        picker.setItems(query -> useCases.find().search(new RegistrantQuery(search.getValue(), false),
                                new PageRequest(query.getOffset(), Math.min(query.getLimit(), PageRequest.MAX_LIMIT), List.of())).stream(),
                        query -> useCases.find().count(new RegistrantQuery(search.getValue(), false)))
                .setIdentifierProvider(RegistrantSummary::id);
        search.addValueChangeListener(event -> picker.getDataProvider().refreshAll());
        // a click anywhere on a row chooses it (or un-chooses it), not only on its checkbox
        picker.addItemClickListener(event -> {
            if (picker.getSelectedItems().contains(event.getItem())) {
                picker.deselect(event.getItem());
            } else {
                picker.select(event.getItem());
            }
        });
        chosen.setId("chosen-count");
        picker.addSelectionListener(event -> chosen.setText(event.getAllSelectedItems().size() + " chosen"));
        choosePanel = new VerticalLayout(search, picker, chosen);
        choosePanel.setPadding(false);

        group.setId("group-picker");
        group.setWidthFull();
        group.setItemLabelGenerator(g -> g.name() + " (" + g.externalId() + ")");
        group.setItems(query -> useCases.find().search(new RegistrantQuery(query.getFilter().orElse(""), true),
                new PageRequest(query.getOffset(), Math.min(query.getLimit(), PageRequest.MAX_LIMIT), List.of())).stream());
        area.setId("area-picker");
        area.setWidthFull();
        area.setItems(useCases.find().areas());

        status.setId("add-status");
        status.setItems(AttendanceStatus.values());
        status.setItemLabelGenerator(AttendanceStatus::label);
        status.setValue(AttendanceStatus.PRESENT);
        reason.setId("add-reason");
        reason.setWidthFull();
        reason.setMaxLength(500);
        reason.setRequiredIndicatorVisible(reasonRequired);
        reason.setHelperText(reasonRequired ? "The session is completed: adding records is a correction and needs a reason"
                : "Optional; expected when the status is Excused");
        expected.setId("expected-explained");
        expected.getStyle().set("color", "var(--lumo-secondary-text-color)");
        errors.register("reason", reason).register("group", group).register("area", area)
                .register("expected", mode);

        mode.addValueChangeListener(event -> showMode());
        VerticalLayout content = new VerticalLayout(mode, choosePanel, group, area, expected, status, reason);
        content.setPadding(false);
        add(content);
        showMode();

        Button add = new Button("Add", event -> add());
        add.setId("add-confirm");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", event -> close());
        cancel.setId("add-cancel");
        getFooter().add(cancel, add);
    }

    private void showMode() {
        choosePanel.setVisible(mode.getValue() == Mode.CHOOSE);
        group.setVisible(mode.getValue() == Mode.GROUP);
        area.setVisible(mode.getValue() == Mode.AREA);
        expected.setVisible(mode.getValue() == Mode.EXPECTED);
    }

    private void add() {
        errors.clear();
        try {
            Selection selection = switch (mode.getValue()) {
                case CHOOSE -> new Selection.Chosen(picker.getSelectedItems().stream().map(RegistrantSummary::id).toList());
                case GROUP -> {
                    if (group.getValue() == null) {
                        throw new DomainException("group", "Choose a group or household");
                    }
                    yield new Selection.Group(group.getValue().id());
                }
                case AREA -> new Selection.Area(area.getValue());
                case EXPECTED -> new Selection.Expected();
            };
            AddRegistrantsUseCase.Result result = useCases.add().add(new AddRegistrantsUseCase.Command(sessionId,
                    selection, status.getValue(), reason.getValue()));
            close();
            added.accept(result);
        } catch (DomainException problem) {
            errors.show(problem);
        }
    }
}
