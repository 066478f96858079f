package org.sessiontracking.adapters.web.session;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sessiontracking.adapters.web.common.Notifications;
import org.sessiontracking.adapters.web.layout.ViewTitle;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.session.port.in.EditSessionUseCase;
import org.sessiontracking.application.session.port.in.GetSessionUseCase.SessionView;
import org.sessiontracking.application.session.port.in.ScheduleSessionUseCase;
import org.sessiontracking.application.session.port.in.SessionVersion;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.session.NextSession;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Permission;

import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One session: "sessions/new" to create one, "sessions/&lt;id&gt;" to see and edit it. A tab sheet
 * whose first tab is "Details" (the form); other features add tabs after it through
 * {@link SessionTabProvider} beans, e.g. Attendance. The header shows the status and the status
 * actions the signed-in user may take.
 */
@Route("sessions/:" + SessionPage.ID_PARAMETER)
@PermitAll
public class SessionPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID_PARAMETER = "sessionId";
    static final String NEW = "new";
    /** "sessions/new?copyOf=&lt;id&gt;": a new session prefilled as the one after session &lt;id&gt;. */
    static final String COPY_OF = "copyOf";

    private final SessionUseCases useCases;
    private final List<SessionTabProvider> tabProviders;
    private final H2 heading = new H2();
    private final HorizontalLayout statusBar = new HorizontalLayout();
    private final Div notice = new Div();
    private final Div conflict = new Div();
    private final TabSheet tabs = new TabSheet();
    private final List<Component> tabContents = new ArrayList<>();
    private final SessionForm form;
    private final Button save = new Button("Save", VaadinIcon.CHECK.create());
    private final Button series = new Button("Schedule series…", VaadinIcon.CALENDAR.create());
    private final Button copyAsNext = new Button("Copy as next session", VaadinIcon.COPY.create());
    private SessionView view;

    public SessionPage(SessionUseCases useCases, List<SessionTabProvider> tabProviders) {
        this.useCases = useCases;
        this.tabProviders = tabProviders.stream().sorted(Comparator.comparingInt(SessionTabProvider::order)).toList();
        this.form = new SessionForm(useCases);
        setSizeFull();
        heading.setId("session-heading");
        heading.getStyle().set("margin", "0");
        statusBar.setId("session-status-bar");
        statusBar.setAlignItems(FlexComponent.Alignment.CENTER);
        notice.setId("session-notice");
        notice.setVisible(false);
        notice.getStyle().set("color", "var(--lumo-secondary-text-color)");
        save.setId("save-session");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save());
        series.setId("schedule-series");
        series.addClickListener(event -> openSeries());
        copyAsNext.setId("copy-as-next-session");
        copyAsNext.setTooltipText("A new session with these details, the type's next topic and date. "
                + "Nothing is saved until you press Save.");
        copyAsNext.addClickListener(event -> getUI().ifPresent(ui -> ui.navigate("sessions/" + NEW,
                QueryParameters.of(COPY_OF, Long.toString(view.session().id().value())))));
        Button back = new Button("Back to sessions", VaadinIcon.ARROW_LEFT.create(),
                event -> getUI().ifPresent(ui -> ui.navigate(SessionsView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.setId("back-to-sessions");
        conflict.setId("session-conflict");
        conflict.setVisible(false);
        conflict.getStyle().set("color", "var(--lumo-error-text-color)")
                .set("background", "var(--lumo-error-color-10pct)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        tabs.setId("session-tabs");
        tabs.setSizeFull();
        add(back, heading, statusBar, notice, conflict, tabs);
        expand(tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(ID_PARAMETER).orElse(NEW);
        if (NEW.equals(id)) {
            Optional<String> copyOf = event.getLocation().getQueryParameters().getSingleParameter(COPY_OF);
            Optional<SessionView> source = copyOf.flatMap(SessionPage::parse)
                    .flatMap(sessionId -> useCases.get().get(sessionId));
            if (copyOf.isPresent() && source.isEmpty()) {
                Notifications.error("Session " + copyOf.get() + " does not exist: nothing to copy");
            }
            source.ifPresentOrElse(this::showNextAfter, this::showNew);
            return;
        }
        Optional<SessionView> found = parse(id).flatMap(sessionId -> useCases.get().get(sessionId));
        if (found.isEmpty()) {
            Notifications.error("Session " + id + " does not exist");
            event.forwardTo(SessionsView.class);
            return;
        }
        show(found.get());
    }

    @Override
    public String getPageTitle() {
        return view == null ? "New session" : view.session().title();
    }

    /** An empty form for a new session. */
    void showNew() {
        Actor me = useCases.currentUser().currentUser();
        view = null;
        heading.setText("New session");
        statusBar.removeAll();
        form.readNew(me);
        boolean mayCreate = me.may(Permission.CREATE_SESSIONS);
        form.setFormReadOnly(!mayCreate);
        showNotice(mayCreate ? "" : "Your role (" + me.role().label() + ") cannot create sessions.");
        save.setVisible(mayCreate);
        series.setVisible(mayCreate);
        copyAsNext.setVisible(false);
        rebuildTabs();
    }

    /** A new session prefilled as the one after {@code source}; stored only when the user saves. */
    void showNextAfter(SessionView source) {
        showNew();
        if (!save.isVisible()) {
            return;
        }
        Session session = source.session();
        SessionType type = useCases.types().get(session.typeId()).orElseThrow();
        NextSession next = form.readNextAfter(session, type);
        if (!type.active()) {
            showNotice("Copied from '" + session.title() + "', but '" + type.name()
                    + "' is retired and gets no new sessions: choose another type. Nothing is saved until you press Save.");
            return;
        }
        List<String> proposed = new ArrayList<>();
        next.topic().flatMap(type::topic).ifPresent(topic -> proposed.add("next topic " + topic.name()));
        proposed.add(next.date().isPresent()
                ? "next " + type.details().frequency().label().toLowerCase() + " date" : "choose the date");
        showNotice("Copied from '" + session.title() + "': " + String.join(", ", proposed)
                + ". Nothing is saved until you press Save.");
    }

    /** The stored session with its tabs. */
    void show(SessionView shown) {
        this.view = shown;
        conflict.setVisible(false);
        Session session = shown.session();
        heading.setText(session.title());
        SessionType type = useCases.types().get(session.typeId()).orElseThrow();
        form.read(session, type);
        boolean editable = shown.changeable() && session.status() != SessionStatus.CANCELLED;
        form.setFormReadOnly(!editable);
        save.setVisible(editable);
        series.setVisible(false);
        copyAsNext.setVisible(useCases.currentUser().currentUser().may(Permission.CREATE_SESSIONS));
        if (session.status() == SessionStatus.CANCELLED) {
            showNotice("Cancelled: " + session.cancelReason().orElse(""));
        } else if (!shown.changeable()) {
            showNotice("Only the session's facilitators, managers and administrators can change it.");
        } else {
            showNotice("");
        }
        renderStatusBar();
        rebuildTabs();
        getUI().ifPresent(ui -> ui.getPage().setTitle(session.title()));
        // the frame's header names the session too, also when it was "New session" until this save
        ViewTitle.refresh(this);
    }

    private void renderStatusBar() {
        statusBar.removeAll();
        Session session = view.session();
        Span records = new Span(view.attendanceRecords() + " attendance record"
                + (view.attendanceRecords() == 1 ? "" : "s"));
        records.setId("session-attendance-count");
        statusBar.add(StatusBadge.of(session.status()), records);
        if (!view.changeable()) {
            return;
        }
        if (session.status() == SessionStatus.SCHEDULED) {
            statusBar.add(action("Start session", "start-session", VaadinIcon.PLAY,
                    seen -> useCases.start().start(seen)));
        }
        if (session.status() == SessionStatus.IN_PROGRESS) {
            statusBar.add(action("Complete session", "complete-session", VaadinIcon.CHECK_CIRCLE,
                    seen -> useCases.complete().complete(seen)));
        }
        if (session.status() == SessionStatus.SCHEDULED || session.status() == SessionStatus.IN_PROGRESS) {
            Button cancel = new Button("Cancel session…", VaadinIcon.BAN.create(),
                    event -> {
                        if (!tabsHoldUnsavedWork()) {
                            new CancelSessionDialog(useCases, seen(), this::reload).open();
                        }
                    });
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            cancel.setId("cancel-session");
            statusBar.add(cancel);
        }
    }

    private Button action(String label, String id, VaadinIcon icon, Function<SessionVersion, Session> change) {
        Button button = new Button(label, icon.create(), event -> {
            if (tabsHoldUnsavedWork()) {
                return;
            }
            try {
                Session changed = change.apply(seen());
                Notifications.success("'" + changed.title() + "' is now " + changed.status().label().toLowerCase());
            } catch (DomainException problem) {
                Notifications.error(problem.getMessage());
            }
            reload();
        });
        button.setId(id);
        return button;
    }

    private void rebuildTabs() {
        while (tabs.getTabCount() > 0) {
            tabs.remove(tabs.getTabAt(0));
        }
        HorizontalLayout buttons = new HorizontalLayout(save, series, copyAsNext);
        VerticalLayout details = new VerticalLayout(form, buttons);
        details.setPadding(false);
        tabs.add("Details", details).setId("details-tab");
        if (view == null) {
            return;
        }
        Session session = view.session();
        SessionTabContext context = new SessionTabContext(session.id(), session.typeId(), session.title(),
                session.status(), view.changeable(), this::tabStored);
        tabContents.clear();
        for (SessionTabProvider provider : tabProviders) {
            Component content = provider.create(context);
            if (content == null) {
                continue;
            }
            tabContents.add(content);
            tabs.add(provider.label(), content);
        }
    }

    /**
     * A tab stored attendance: the header's count follows. Only the count is taken from the fresh view:
     * the form keeps editing the version it loaded, so a concurrent change to the session is still caught.
     */
    private void tabStored() {
        if (view == null) {
            return;
        }
        useCases.get().get(view.session().id()).ifPresent(fresh -> {
            view = new SessionView(view.session(), view.changeable(), fresh.attendanceRecords());
            renderStatusBar();
        });
    }

    /** True, with a message, when another tab holds edits that rebuilding the tabs would lose. */
    private boolean tabsHoldUnsavedWork() {
        boolean unsaved = tabContents.stream()
                .anyMatch(content -> content instanceof UnsavedWork work && work.hasUnsavedChanges());
        if (unsaved) {
            Notifications.warning("The Attendance tab has changes that are not saved yet. "
                    + "Save them (or undo them) first, then change the session.");
        }
        return unsaved;
    }

    private void save() {
        form.write().ifPresent(submission -> {
            try {
                if (view == null) {
                    Session created = useCases.schedule().schedule(
                            new ScheduleSessionUseCase.Command(submission.type(), submission.plan()));
                    Notifications.success("Session '" + created.title() + "' scheduled");
                    // stay on this page, now showing the stored session (and the other features' tabs)
                    useCases.get().get(created.id()).ifPresent(this::show);
                    getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                            "sessions/" + created.id().value()));
                } else {
                    if (tabsHoldUnsavedWork()) {
                        return;
                    }
                    Session saved = useCases.edit().edit(new EditSessionUseCase.Command(seen(), submission.type(),
                            submission.plan()));
                    Notifications.success("Session '" + saved.title() + "' saved");
                    useCases.get().get(saved.id()).ifPresent(this::show);
                }
            } catch (ConcurrentModificationException changed) {
                showConflict(changed);
            } catch (DomainException problem) {
                form.show(problem);
            }
        });
    }

    /** Someone saved the session since it was loaded: keep the input, offer their version. */
    private void showConflict(ConcurrentModificationException changed) {
        conflict.removeAll();
        Button reload = new Button("Load their version", event -> reload());
        reload.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reload.setId("reload-session");
        conflict.add(new Span(changed.getMessage() + " Your input is still here. "), reload);
        conflict.setVisible(true);
    }

    private void openSeries() {
        form.write().ifPresent(submission -> form.selectedType().ifPresent(type ->
                new SeriesDialog(useCases, type, submission.plan(), created -> getUI().ifPresent(ui ->
                        ui.navigate(SessionsView.class))).open()));
    }

    private void reload() {
        useCases.get().get(view.session().id()).ifPresent(this::show);
    }

    private SessionVersion seen() {
        return new SessionVersion(view.session().id(), view.session().version());
    }

    private void showNotice(String text) {
        notice.setText(text);
        notice.setVisible(!text.isEmpty());
    }

    private static Optional<SessionId> parse(String id) {
        try {
            return Optional.of(new SessionId(Long.parseLong(id)));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /** The component of the Details tab, for tests and for providers that need to find it. */
    Component detailsForm() {
        return form;
    }
}
