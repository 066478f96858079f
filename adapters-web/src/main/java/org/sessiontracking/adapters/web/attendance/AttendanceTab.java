package org.sessiontracking.adapters.web.attendance;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.sessiontracking.adapters.web.common.Notifications;
import org.sessiontracking.adapters.web.session.UnsavedWork;
import org.sessiontracking.application.attendance.AttendanceRow;
import org.sessiontracking.application.attendance.AttendanceView;
import org.sessiontracking.application.attendance.port.in.ImportSignInSheetUseCase;
import org.sessiontracking.application.attendance.port.in.SaveAttendanceUseCase;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.attendance.SessionPhase;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.session.SessionId;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Attendance tab of a session ("Step 3: Record attendance"): the session's records in a grid
 * where staff add many registrants at once, set the status of one row (mouse or keyboard) or of the
 * selected rows, give reasons and remove records, see the counts while editing, and save everything
 * in one action. Unsaved changes are marked and leaving asks first. Also imports a sign-in sheet and
 * exports the roster as CSV. What the signed-in user may not change is shown read-only; the use cases
 * refuse it anyway.
 */
public class AttendanceTab extends VerticalLayout implements BeforeLeaveObserver, UnsavedWork {

    /** Room for the three radio buttons of the status. */
    private static final String STATUS_CHOICE_WIDTH = "18.5rem";
    private static final DateTimeFormatter RECORDED_AT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private final AttendanceUseCases useCases;
    private final SessionId sessionId;
    private final ZoneId zone;
    private final Runnable onStored;
    private final AttendanceDraft draft = new AttendanceDraft();
    private final ListDataProvider<DraftRow> rows = new ListDataProvider<>(draft.visible());
    private final Map<DraftRow, Span> markers = new HashMap<>();
    private AttendanceView loaded;
    private boolean editable;
    private final BeforeUnloadWarning unloadWarning = new BeforeUnloadWarning();

    private final Grid<DraftRow> grid = new Grid<>();
    private final Div notice = new Div();
    private final AttendanceSummary summary = new AttendanceSummary();
    private final TextField bulkReason = new TextField();
    private final Button addRegistrants = new Button("Add registrants", VaadinIcon.PLUS.create());
    private final Button markPresent = new Button("Present");
    private final Button markAbsent = new Button("Absent");
    private final Button markExcused = new Button("Excused");
    private final Button removeSelected = new Button("Remove", VaadinIcon.TRASH.create());
    private final Button save = new Button("Save all", VaadinIcon.CHECK.create());
    private final Button discard = new Button("Discard changes");
    private final Button sessionHistory = new Button("History", VaadinIcon.TIME_BACKWARD.create());
    private final Button importSheet = new Button("Import sign-in sheet", VaadinIcon.UPLOAD.create());
    private final Anchor export = new Anchor();
    private final HorizontalLayout editingBar;
    private final HorizontalLayout saveBar;

    public AttendanceTab(AttendanceUseCases useCases, SessionId sessionId) {
        this(useCases, sessionId, ZoneId.systemDefault());
    }

    public AttendanceTab(AttendanceUseCases useCases, SessionId sessionId, ZoneId zone) {
        this(useCases, sessionId, zone, () -> { });
    }

    /** @param onStored called after records were stored (saved, added or imported), for the page around the tab */
    public AttendanceTab(AttendanceUseCases useCases, SessionId sessionId, ZoneId zone, Runnable onStored) {
        this.useCases = useCases;
        this.sessionId = sessionId;
        this.zone = zone;
        this.onStored = onStored;
        setId("attendance-tab");
        setSizeFull();
        setPadding(false);

        notice.setId("attendance-notice");

        addRegistrants.setId("add-registrants");
        addRegistrants.addClickListener(event -> openAddDialog());
        markPresent.setId("mark-present");
        markAbsent.setId("mark-absent");
        markExcused.setId("mark-excused");
        markPresent.addClickListener(event -> markSelected(AttendanceStatus.PRESENT));
        markAbsent.addClickListener(event -> markSelected(AttendanceStatus.ABSENT));
        markExcused.addClickListener(event -> markSelected(AttendanceStatus.EXCUSED));
        removeSelected.setId("remove-selected");
        removeSelected.addThemeVariants(ButtonVariant.LUMO_ERROR);
        removeSelected.addClickListener(event -> confirmRemoval());
        bulkReason.setId("bulk-reason");
        bulkReason.setPlaceholder("Reason for marked or removed rows (optional)");
        bulkReason.setMaxLength(500);
        bulkReason.setWidth("22em");
        save.setId("save-attendance");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> saveAll());
        discard.setId("discard-changes");
        discard.addClickListener(event -> reload());
        sessionHistory.setId("session-history");
        sessionHistory.addClickListener(event -> HistoryDialog.ofSession(useCases.history(), sessionId, zone).open());

        importSheet.setId("import-sheet");
        importSheet.addClickListener(event -> openImportDialog());
        export.setId("export-attendance");
        export.setText("Export CSV");
        export.setHref(DownloadHandler.fromInputStream(event -> {
            AttendanceView view = useCases.load().load(sessionId);
            byte[] csv = AttendanceCsv.export(view, zone);
            return new DownloadResponse(new ByteArrayInputStream(csv), AttendanceCsv.fileName(view),
                    "text/csv;charset=utf-8", csv.length);
        }));
        export.getElement().setAttribute("download", true);

        Span mark = new Span("Mark selected as:");
        editingBar = new HorizontalLayout(addRegistrants, mark, markPresent, markAbsent, markExcused, removeSelected,
                bulkReason);
        editingBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        editingBar.setWrap(true);
        saveBar = new HorizontalLayout(save, discard, sessionHistory, importSheet, export);
        saveBar.setAlignItems(FlexComponent.Alignment.CENTER);
        saveBar.setWrap(true);

        configureGrid();
        add(notice, summary, editingBar, grid, saveBar);
        expand(grid);
        reload();
    }

    /** Puts another action about paper (e.g. printing the sign-in sheet) before "Import sign-in sheet". */
    void addSheetAction(Component action) {
        saveBar.addComponentAtIndex(saveBar.indexOf(importSheet), action);
    }

    /** The grid's rows, for view tests. */
    Grid<DraftRow> grid() {
        return grid;
    }

    /**
     * The columns fit the content area of a 1366 px screen (about 1040 px with a scroll bar) without
     * sideways scrolling: staff tab through hundreds of rows, and a scrolled grid hides the selection
     * boxes, the markers and the external ids. Widths are in rem (the header cells have another font
     * size than the body cells, so em widths misalign them); text that is cut short has a tooltip.
     */
    private void configureGrid() {
        grid.setId("attendance-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setItems(rows);
        grid.addComponentColumn(this::marker).setHeader("").setKey("changed").setWidth("4.5rem").setFlexGrow(0)
                .setFrozen(true);
        grid.addColumn(row -> row.registrant().externalId()).setHeader("External ID").setKey("externalId")
                .setComparator(row -> row.registrant().externalId()).setTooltipGenerator(row -> row.registrant().externalId())
                .setWidth("7rem").setFlexGrow(0).setResizable(true);
        // the group under the name: the row is as high as the reason field anyway, and a column of its own
        // would not fit
        grid.addColumn(twoLines(row -> row.registrant().name(), row -> row.registrant().groupName()))
                .setHeader("Name and group").setKey("name")
                .setComparator(row -> row.registrant().name().toLowerCase(Locale.ROOT))
                .setTooltipGenerator(row -> row.registrant().name() + " (" + row.registrant().groupName() + ")")
                .setWidth("10rem").setFlexGrow(2).setResizable(true);
        grid.addComponentColumn(this::statusCell).setHeader("Status").setKey("status")
                .setComparator(Comparator.comparing(DraftRow::status)).setWidth(STATUS_CHOICE_WIDTH).setFlexGrow(0);
        // an editable reason shows in its field; a read-only one may be cut short
        grid.addComponentColumn(this::reasonCell).setHeader("Reason").setKey("reason")
                .setTooltipGenerator(row -> editable ? "" : row.reason()).setWidth("8rem").setFlexGrow(3).setResizable(true);
        // who stored the record over when: one column instead of two
        grid.addColumn(twoLines(row -> row.stored().map(AttendanceRow::recordedBy).orElse(""),
                        row -> row.stored().map(this::recordedAt).orElse("")))
                .setHeader("Recorded").setKey("recorded")
                .setTooltipGenerator(row -> row.stored().map(stored -> "Recorded by " + stored.recordedBy() + " on "
                        + recordedAt(stored)).orElse("Not stored yet"))
                .setWidth("8.5rem").setFlexGrow(0);
        grid.addComponentColumn(this::historyButton).setHeader("").setKey("history").setWidth("2.5rem").setFlexGrow(0);
        grid.setEmptyStateText("No attendance recorded yet. Add registrants to start.");
    }

    /** A cell of two lines, the second one smaller and quieter; each cut short with an ellipsis. */
    private static LitRenderer<DraftRow> twoLines(ValueProvider<DraftRow, String> first,
                                                  ValueProvider<DraftRow, String> second) {
        return LitRenderer.<DraftRow>of("""
                        <div style="line-height: var(--lumo-line-height-xs)">\
                        <div style="overflow: hidden; text-overflow: ellipsis">${item.first}</div>\
                        <div style="overflow: hidden; text-overflow: ellipsis; font-size: var(--lumo-font-size-xs); \
                        color: var(--lumo-secondary-text-color)">${item.second}</div></div>""")
                .withProperty("first", first)
                .withProperty("second", second);
    }

    private String recordedAt(AttendanceRow stored) {
        return RECORDED_AT.format(stored.recordedAt().atZone(zone));
    }

    private Component marker(DraftRow row) {
        Span marker = new Span();
        markers.put(row, marker);
        showMarker(row, marker);
        return marker;
    }

    private static void showMarker(DraftRow row, Span marker) {
        boolean changed = row.changed();
        marker.setText(!changed ? "" : row.stored().isEmpty() ? "New" : "Unsaved");
        marker.getElement().getThemeList().clear();
        if (changed) {
            marker.getElement().getThemeList().add("badge warning small");
        }
    }

    private Component statusCell(DraftRow row) {
        if (!editable) {
            return new Span(row.status().label());
        }
        RadioButtonGroup<AttendanceStatus> status = new RadioButtonGroup<>();
        status.setId("status-" + row.registrant().externalId());
        status.setItems(AttendanceStatus.values());
        status.setItemLabelGenerator(AttendanceStatus::label);
        status.setValue(row.status());
        status.getElement().setAttribute("aria-label", "Status of " + row.registrant().name());
        status.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                row.setStatus(event.getValue());
                rowChanged(row);
            }
        });
        return status;
    }

    private Component reasonCell(DraftRow row) {
        if (!editable) {
            return new Span(row.reason());
        }
        TextField reason = new TextField();
        reason.setId("reason-" + row.registrant().externalId());
        reason.setWidthFull();
        reason.setMaxLength(500);
        reason.setValue(row.reason());
        reason.setPlaceholder(row.status() == AttendanceStatus.EXCUSED ? "Reason expected for Excused" : "");
        reason.getElement().setAttribute("aria-label", "Reason for " + row.registrant().name());
        reason.addValueChangeListener(event -> {
            row.setReason(event.getValue());
            rowChanged(row);
        });
        return reason;
    }

    private Component historyButton(DraftRow row) {
        Button history = new Button(VaadinIcon.TIME_BACKWARD.create(), event -> HistoryDialog.ofRecord(
                useCases.history(), sessionId, row.registrant(), zone).open());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        history.setTooltipText("History of " + row.registrant().name());
        history.getElement().setAttribute("aria-label", "History of " + row.registrant().name());
        return history;
    }

    private void rowChanged(DraftRow row) {
        Span marker = markers.get(row);
        if (marker != null) {
            showMarker(row, marker);
        }
        refreshSummary();
    }

    /** Loads the stored attendance, dropping unsaved changes. */
    private void reload() {
        loaded = useCases.load().load(sessionId);
        editable = loaded.recordable();
        draft.load(loaded.rows());
        markers.clear();
        grid.deselectAll();
        rows.refreshAll();
        showEditability();
        refreshSummary();
    }

    private void showEditability() {
        editingBar.setVisible(editable);
        save.setVisible(editable);
        discard.setVisible(editable);
        importSheet.setVisible(editable);
        grid.setSelectionMode(editable ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE);
        if (grid.getSelectionModel() instanceof GridMultiSelectionModel<DraftRow> multi) {
            // on a narrower screen or zoomed in, the boxes stay in view while the row scrolls
            multi.setSelectionColumnFrozen(true);
        }
        // read-only, the status is one word and nothing is ever unsaved: the room goes to the reason
        grid.getColumnByKey("status").setWidth(editable ? STATUS_CHOICE_WIDTH : "7rem");
        grid.getColumnByKey("changed").setVisible(editable);
        SessionPhase phase = loaded.session().phase();
        if (phase == SessionPhase.CANCELLED) {
            notice.setText("This session is cancelled: it takes no attendance.");
        } else if (!editable) {
            notice.setText("You can view this attendance. Only the session's facilitators, managers and "
                    + "administrators can change it.");
        } else if (loaded.session().lateBecause().isPresent()) {
            notice.setText("This session " + loaded.session().lateBecause().get() + ": every change is a late "
                    + "correction and needs a reason (in the Reason column, or in the reason field for the marked "
                    + "rows); it is listed for the period's manager to accept or reject.");
        } else if (phase == SessionPhase.COMPLETED) {
            notice.setText("This session is completed: every correction needs a reason (in the Reason column, "
                    + "or in the reason field for the marked rows).");
        } else {
            notice.setText("");
        }
        notice.setVisible(!notice.getText().isEmpty());
    }

    private void refreshSummary() {
        int changes = draft.changedCount();
        summary.show(draft.counts(), loaded.session().policy(), draft.excusedWithoutReason(), changes);
        save.setEnabled(changes > 0);
        discard.setEnabled(changes > 0);
        warnBeforeUnload(changes > 0);
    }

    private void warnBeforeUnload(boolean warn) {
        unloadWarning.set(getUI().orElseGet(UI::getCurrent), warn);
    }

    /** The warning lasts while this tab is on the screen with unsaved changes, and no longer. */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        warnBeforeUnload(draft.hasChanges());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        warnBeforeUnload(false);
        super.onDetach(detachEvent);
    }

    /** The rate's tooltip, for view tests. */
    String rateExplanation() {
        return summary.rateExplanation();
    }

    private Set<DraftRow> selectedOrWarn() {
        Set<DraftRow> selected = grid.getSelectedItems();
        if (selected.isEmpty()) {
            Notifications.warning("Select rows first (the box in the header selects all)");
        }
        return selected;
    }

    private void markSelected(AttendanceStatus status) {
        Set<DraftRow> selected = selectedOrWarn();
        if (selected.isEmpty()) {
            return;
        }
        draft.setStatus(selected, status, bulkReason.getValue());
        rows.refreshAll();
        refreshSummary();
    }

    private void confirmRemoval() {
        Set<DraftRow> selected = selectedOrWarn();
        if (selected.isEmpty()) {
            return;
        }
        Dialog confirm = new Dialog();
        confirm.setId("remove-dialog");
        confirm.setHeaderTitle("Remove " + selected.size() + (selected.size() == 1 ? " record?" : " records?"));
        confirm.add(new Div("The records leave this session when you save; their history is kept."));
        Button remove = new Button("Remove", event -> {
            draft.remove(selected, bulkReason.getValue());
            grid.deselectAll();
            rows.refreshAll();
            refreshSummary();
            confirm.close();
        });
        remove.setId("remove-confirm");
        remove.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button("Cancel", event -> confirm.close());
        cancel.setId("remove-cancel");
        confirm.getFooter().add(cancel, remove);
        confirm.open();
    }

    private void openAddDialog() {
        new AddRegistrantsDialog(useCases, sessionId, loaded.session().reasonRequired(), result -> {
            draft.addStored(result.added());
            rows.refreshAll();
            refreshSummary();
            onStored.run();
            Notifications.success("Added " + result.added().size()
                    + (result.added().size() == 1 ? " registrant" : " registrants")
                    + (result.alreadyOnSession() == 0 ? "" : "; " + result.alreadyOnSession() + " already on the session"));
        }).open();
    }

    private void saveAll() {
        SaveAttendanceUseCase.Result result;
        try {
            result = useCases.save().save(new SaveAttendanceUseCase.Command(sessionId, draft.edits()));
        } catch (DomainException problem) {
            Notifications.error(problem.getMessage());
            return;
        }
        loaded = result.view();
        draft.load(loaded.rows());
        markers.clear();
        grid.deselectAll();
        onStored.run();
        switch (result) {
            case SaveAttendanceUseCase.Saved saved ->
                    Notifications.success("Saved " + saved.saved() + (saved.saved() == 1 ? " change" : " changes"));
            case SaveAttendanceUseCase.SavedWithConflicts partly -> {
                Notifications.warning("Saved " + partly.saved() + " changes. " + partly.conflicts().size()
                        + " rows were changed by someone else meanwhile: compare them and choose.");
                new ConflictDialog(partly.conflicts(), chosen -> {
                    chosen.forEach(draft::reapply);
                    markers.clear();
                    rows.refreshAll();
                    refreshSummary();
                }).open();
            }
        }
        rows.refreshAll();
        refreshSummary();
    }

    private static final String SAVE_BEFORE_IMPORT = "Save or discard your changes before importing a sign-in sheet";

    /** The format, a sample to download and the upload, in a dialog. */
    private void openImportDialog() {
        if (draft.hasChanges()) {
            Notifications.warning(SAVE_BEFORE_IMPORT);
            return;
        }
        new SignInSheetDialog(loaded, () -> useCases.load().load(sessionId), this::importCsv).open();
    }

    /**
     * Handles an uploaded sign-in sheet: parsed, checked as a whole, stored only when nothing is wrong.
     *
     * @return whether it was stored
     */
    boolean importCsv(byte[] bytes) {
        if (draft.hasChanges()) {
            Notifications.warning(SAVE_BEFORE_IMPORT);
            return false;
        }
        SignInSheetCsv.Parsed parsed = SignInSheetCsv.parse(bytes);
        if (!parsed.problems().isEmpty()) {
            ImportProblemsDialog.show(parsed.problems());
            return false;
        }
        ImportSignInSheetUseCase.Result result;
        try {
            result = useCases.importSheet().importSheet(new ImportSignInSheetUseCase.Command(sessionId, parsed.lines()));
        } catch (DomainException problem) {
            Notifications.error(problem.getMessage());
            return false;
        }
        return switch (result) {
            case ImportSignInSheetUseCase.Rejected rejected -> {
                ImportProblemsDialog.show(rejected.problems());
                yield false;
            }
            case ImportSignInSheetUseCase.Imported imported -> {
                reload();
                onStored.run();
                Notifications.success("Sign-in sheet imported: " + imported.added() + " added, " + imported.changed()
                        + " changed, " + imported.unchanged() + " unchanged");
                yield true;
            }
        };
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!draft.hasChanges()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        Dialog ask = new Dialog();
        ask.setId("leave-dialog");
        ask.setHeaderTitle("Leave without saving?");
        int changes = draft.changedCount();
        ask.add(new Div("The attendance has " + changes + (changes == 1 ? " unsaved change" : " unsaved changes")
                + ". They are lost if you leave now."));
        // Staying must cancel the postponed navigation, not just drop it: until it is cancelled (or
        // resumed) the browser's router waits for it, and every later navigation queues behind it, so
        // the address bar keeps this session's URL whatever the screen shows. Escape and a click outside
        // the dialog stay as well.
        Runnable stayHere = () -> {
            ask.close();
            action.cancel();
        };
        ask.addDialogCloseActionListener(close -> stayHere.run());
        Button stay = new Button("Stay", click -> stayHere.run());
        stay.setId("leave-stay");
        stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button leave = new Button("Leave without saving", click -> {
            ask.close();
            warnBeforeUnload(false);
            action.proceed();
        });
        leave.setId("leave-anyway");
        leave.addThemeVariants(ButtonVariant.LUMO_ERROR);
        ask.getFooter().add(leave, stay);
        ask.open();
    }

    /** The title of the session whose attendance this is. */
    public String sessionTitle() {
        return loaded.session().title();
    }

    /** Whether there are unsaved changes, for the page that holds the tab. */
    @Override
    public boolean hasUnsavedChanges() {
        return draft.hasChanges();
    }

    List<DraftRow> visibleRows() {
        return draft.visible();
    }
}
