package org.sessiontracking.adapters.web.sessiontype;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.sessiontracking.domain.common.DomainException;

import java.util.List;

/**
 * Edits the ordered topics of a session type: add, rename, move up and down, retire or restore.
 * What each action does (change a draft list, or save at once) is up to the {@link Actions} given.
 */
final class TopicsEditor extends VerticalLayout {

    /** A topic as the editor shows it; {@code id} is null for a topic not saved yet. */
    record Row(Long id, String name, boolean active) {
    }

    interface Actions {
        void add(String name);

        void rename(Row row, String newName);

        void move(Row row, int newPosition);

        /** Retires a saved topic; removes a draft one. */
        void retire(Row row);

        void restore(Row row);
    }

    private final Grid<Row> grid = new Grid<>();
    private final TextField newTopic = new TextField();
    private final Span hint = new Span();
    private final Actions actions;
    private List<Row> rows = List.of();

    TopicsEditor(Actions actions) {
        this.actions = actions;
        setPadding(false);
        setSpacing(false);
        H4 title = new H4("Topics");
        title.getStyle().set("margin", "var(--lumo-space-s) 0");
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");

        grid.setId("topics-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(row -> rows.indexOf(row) + 1).setHeader("#").setWidth("3.5em").setFlexGrow(0);
        grid.addComponentColumn(this::nameCell).setHeader("Topic").setFlexGrow(1);
        grid.addComponentColumn(this::actionsCell).setHeader("").setAutoWidth(true).setFlexGrow(0);

        newTopic.setId("new-topic");
        newTopic.setPlaceholder("New topic, e.g. Nutrition");
        newTopic.setAriaLabel("New topic");
        newTopic.setWidthFull();
        newTopic.setClearButtonVisible(true);
        Button add = new Button("Add topic", VaadinIcon.PLUS.create(), event -> addTopic());
        add.setId("add-topic");
        newTopic.addKeyPressListener(Key.ENTER, event -> addTopic());
        HorizontalLayout addRow = new HorizontalLayout(newTopic, add);
        addRow.setWidthFull();
        addRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(title, hint, grid, addRow);
    }

    void setRows(List<Row> newRows) {
        this.rows = List.copyOf(newRows);
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
    }

    void setHint(String text) {
        hint.setText(text);
    }

    void showProblem(DomainException problem) {
        newTopic.setErrorMessage(problem.getMessage());
        newTopic.setInvalid(true);
    }

    private void addTopic() {
        String name = newTopic.getValue();
        if (name.isBlank()) {
            newTopic.setErrorMessage("Type the topic's name first");
            newTopic.setInvalid(true);
            return;
        }
        newTopic.setInvalid(false);
        try {
            actions.add(name);
            newTopic.clear();
            newTopic.focus();
        } catch (DomainException problem) {
            showProblem(problem);
        }
    }

    private HorizontalLayout nameCell(Row row) {
        Span name = new Span(row.name());
        HorizontalLayout cell = new HorizontalLayout(name);
        cell.setAlignItems(FlexComponent.Alignment.CENTER);
        if (!row.active()) {
            name.getStyle().set("color", "var(--lumo-secondary-text-color)");
            Span retired = new Span("Retired");
            retired.getElement().getThemeList().add("badge contrast small");
            cell.add(retired);
        }
        return cell;
    }

    private HorizontalLayout actionsCell(Row row) {
        int position = rows.indexOf(row);
        Button up = iconButton(VaadinIcon.ARROW_UP, "Move " + row.name() + " up", () -> actions.move(row, position - 1));
        up.setEnabled(position > 0);
        Button down = iconButton(VaadinIcon.ARROW_DOWN, "Move " + row.name() + " down",
                () -> actions.move(row, position + 1));
        down.setEnabled(position < rows.size() - 1);
        Button rename = iconButton(VaadinIcon.EDIT, "Rename " + row.name(), () -> openRename(row));
        Button retireOrRestore = row.active()
                ? iconButton(row.id() == null ? VaadinIcon.TRASH : VaadinIcon.ARCHIVE,
                (row.id() == null ? "Remove " : "Retire ") + row.name(), () -> actions.retire(row))
                : iconButton(VaadinIcon.ARROW_BACKWARD, "Restore " + row.name(), () -> actions.restore(row));
        HorizontalLayout cell = new HorizontalLayout(up, down, rename, retireOrRestore);
        cell.setSpacing(false);
        return cell;
    }

    private Button iconButton(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), event -> {
            try {
                action.run();
            } catch (DomainException problem) {
                showProblem(problem);
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    private void openRename(Row row) {
        RenameTopicDialog.open(row.name(), newName -> actions.rename(row, newName));
    }
}
