package org.sessiontracking.adapters.web.session;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import org.sessiontracking.adapters.web.common.FieldErrors;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.session.port.in.ListFacilitatorsUseCase.Facilitator;
import org.sessiontracking.application.sessiontype.SessionTypeFilter;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.session.NextSession;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionPlan;
import org.sessiontracking.domain.session.SessionTitle;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.sessiontype.Topic;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.UserId;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fields of one session (the "Details" tab): the session type first, then date and times,
 * place, who runs it, the topic (only for types that track topics) and notes. Checks what it can
 * before saving; the domain's refusals are shown next to the field they are about, and nothing
 * typed is lost.
 */
final class SessionForm extends FormLayout {

    /** A complete, valid-looking input: the session type and the plan. */
    record Submission(SessionTypeId type, SessionPlan plan) {
    }

    private final SessionUseCases useCases;
    private final Binder<SessionFormModel> binder = new Binder<>();
    private final FieldErrors fieldErrors = new FieldErrors();
    private SessionFormModel model = new SessionFormModel();
    private Session current;

    private final ComboBox<SessionType> type = new ComboBox<>("Session Type");
    private final TextField title = new TextField("Title");
    private final DatePicker date = new DatePicker("Date");
    private final TimePicker startTime = new TimePicker("Start time");
    private final TimePicker endTime = new TimePicker("End time");
    private final BigDecimalField duration = new BigDecimalField("Duration");
    private final TextField location = new TextField("Location");
    private final TextField area = new TextField("Area");
    private final ComboBox<Facilitator> facilitator = new ComboBox<>("Facilitator");
    private final MultiSelectComboBox<Facilitator> coFacilitators = new MultiSelectComboBox<>("Co-facilitators");
    private final TextField externalFacilitators = new TextField("External facilitators (no account)");
    private Binder.Binding<SessionFormModel, Facilitator> facilitatorBinding;
    private final ComboBox<Topic> topic = new ComboBox<>("Topic");
    private final TextArea notes = new TextArea("Notes");

    SessionForm(SessionUseCases useCases) {
        this.useCases = useCases;
        setId("session-form");
        configureFields();
        bind();
        add(type, date, startTime, endTime, duration, location, area, facilitator, coFacilitators,
                externalFacilitators, topic, title, notes);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2), new ResponsiveStep("900px", 4));
        setColspan(type, 2);
        setColspan(date, 2);
        setColspan(location, 2);
        setColspan(area, 2);
        setColspan(facilitator, 2);
        setColspan(coFacilitators, 2);
        setColspan(externalFacilitators, 2);
        setColspan(topic, 2);
        setColspan(title, 2);
        setColspan(notes, 4);
    }

    private void configureFields() {
        type.setId("session-type");
        type.setItemLabelGenerator(SessionType::name);
        type.setRequiredIndicatorVisible(true);
        type.setHelperText("Only active types can get new sessions");
        date.setId("session-date");
        date.setRequiredIndicatorVisible(true);
        startTime.setId("session-start-time");
        startTime.setStep(Duration.ofMinutes(15));
        endTime.setId("session-end-time");
        endTime.setStep(Duration.ofMinutes(15));
        duration.setId("session-duration");
        duration.setSuffixComponent(new Span("hours"));
        duration.setHelperText("Empty: from the times, or the type's duration");
        location.setId("session-location");
        location.setRequiredIndicatorVisible(true);
        location.setMaxLength(SessionPlan.MAX_LOCATION_LENGTH);
        location.setPlaceholder("e.g. Barangay 12 covered court");
        area.setId("session-area");
        area.setMaxLength(SessionPlan.MAX_AREA_LENGTH);
        area.setPlaceholder("e.g. barangay");
        facilitator.setId("session-facilitator");
        facilitator.setItemLabelGenerator(SessionForm::label);
        facilitator.setClearButtonVisible(true);
        facilitator.setHelperText("A user; leave empty when only external facilitators run the session");
        coFacilitators.setId("session-co-facilitators");
        coFacilitators.setItemLabelGenerator(SessionForm::label);
        externalFacilitators.setId("session-external-facilitators");
        externalFacilitators.setPlaceholder("e.g. Maria Santos (Partner NGO)");
        externalFacilitators.setHelperText("People without an account, separated by commas. "
                + "They get no access: only users edit the session.");
        externalFacilitators.setClearButtonVisible(true);
        topic.setId("session-topic");
        topic.setItemLabelGenerator(Topic::name);
        topic.setRequiredIndicatorVisible(true);
        topic.setVisible(false);
        title.setId("session-title");
        title.setMaxLength(SessionPlan.MAX_TITLE_LENGTH);
        title.setHelperText("Leave empty for the default title");
        notes.setId("session-notes");
        notes.setMaxLength(SessionPlan.MAX_NOTES_LENGTH);
        fieldErrors.register("type", type).register("title", title).register("date", date)
                .register("startTime", startTime).register("endTime", endTime).register("durationHours", duration)
                .register("location", location).register("area", area).register("facilitator", facilitator)
                .register("coFacilitators", coFacilitators).register("externalFacilitators", externalFacilitators)
                .register("topic", topic).register("notes", notes);

        type.addValueChangeListener(event -> typeChanged(event.getValue()));
        date.addValueChangeListener(event -> showDefaultTitle());
        location.addValueChangeListener(event -> showDefaultTitle());
        topic.addValueChangeListener(event -> showDefaultTitle());
        externalFacilitators.addValueChangeListener(event -> {
            if (facilitatorBinding != null) {
                facilitatorBinding.validate();
            }
        });
        facilitator.addValueChangeListener(event -> {
            if (event.getValue() != null && coFacilitators.getValue().contains(event.getValue())) {
                coFacilitators.deselect(event.getValue());
            }
        });
    }

    private void bind() {
        binder.forField(type).asRequired("Session type is required")
                .bind(SessionFormModel::getType, SessionFormModel::setType);
        binder.forField(title).bind(SessionFormModel::getTitle, SessionFormModel::setTitle);
        binder.forField(date).asRequired("Date is required").bind(SessionFormModel::getDate, SessionFormModel::setDate);
        binder.forField(startTime).bind(SessionFormModel::getStartTime, SessionFormModel::setStartTime);
        binder.forField(endTime)
                .withValidator(end -> end == null || startTime.getValue() == null || end.isAfter(startTime.getValue()),
                        "End time must be after the start time")
                .bind(SessionFormModel::getEndTime, SessionFormModel::setEndTime);
        binder.forField(duration).bind(SessionFormModel::getDurationHours, SessionFormModel::setDurationHours);
        binder.forField(location).asRequired("Location is required")
                .bind(SessionFormModel::getLocation, SessionFormModel::setLocation);
        binder.forField(area).bind(SessionFormModel::getArea, SessionFormModel::setArea);
        facilitatorBinding = binder.forField(facilitator)
                .withValidator(chosen -> chosen != null || !externalFacilitators.getValue().isBlank(),
                        "Choose a facilitator, or name an external facilitator")
                .bind(SessionFormModel::getFacilitator, SessionFormModel::setFacilitator);
        binder.forField(coFacilitators).bind(SessionFormModel::getCoFacilitators, SessionFormModel::setCoFacilitators);
        binder.forField(externalFacilitators)
                .bind(SessionFormModel::getExternalFacilitators, SessionFormModel::setExternalFacilitators);
        binder.forField(topic)
                .withValidator(chosen -> chosen != null || type.getValue() == null || !type.getValue().topicTracking(),
                        "Topic is required for this session type")
                .bind(SessionFormModel::getTopic, SessionFormModel::setTopic);
        binder.forField(notes).bind(SessionFormModel::getNotes, SessionFormModel::setNotes);
    }

    /** An empty form for a new session, run by the signed-in user when they may run sessions. */
    void readNew(Actor me) {
        current = null;
        type.setItems(activeTypes());
        List<Facilitator> people = offerPeople(Set.of());
        model = new SessionFormModel();
        people.stream().filter(person -> person.id().equals(me.id())).findFirst().ifPresent(model::setFacilitator);
        binder.readBean(model);
        typeChanged(null);
    }

    /** The stored session's values; its type, topic and people stay selectable even if retired since. */
    void read(Session session, SessionType sessionType) {
        current = session;
        List<SessionType> types = new ArrayList<>(activeTypes());
        if (types.stream().noneMatch(candidate -> candidate.id().equals(sessionType.id()))) {
            types.addFirst(sessionType);
        }
        type.setItems(types);
        Set<UserId> involved = new HashSet<>(session.coFacilitators());
        session.facilitator().ifPresent(involved::add);
        List<Facilitator> people = offerPeople(involved);

        model = new SessionFormModel();
        model.setType(types.stream().filter(candidate -> candidate.id().equals(sessionType.id())).findFirst()
                .orElseThrow());
        model.setTitle(session.hasDefaultTitle(sessionType) ? "" : session.title());
        model.setDate(session.date());
        readTimesPlaceAndPeople(session, people);
        model.setTopic(session.topic().flatMap(sessionType::topic).orElse(null));
        model.setNotes(session.notes());
        binder.readBean(model);
        typeChanged(model.getType());
    }

    /**
     * A new session prefilled from {@code source} as the session after it: same type (while it is
     * active), place, people who may still run sessions, and times; the type's next topic and next date
     * ({@link NextSession}); the default title; no notes. Nothing is stored until the user saves.
     *
     * @return what was proposed for the next session
     */
    NextSession readNextAfter(Session source, SessionType sourceType) {
        current = null;
        List<SessionType> types = activeTypes();
        type.setItems(types);
        List<Facilitator> people = offerPeople(Set.of());
        NextSession next = NextSession.after(source, sourceType);

        model = new SessionFormModel();
        types.stream().filter(candidate -> candidate.id().equals(sourceType.id())).findFirst().ifPresent(model::setType);
        model.setDate(next.date().orElse(null));
        readTimesPlaceAndPeople(source, people);
        model.setTopic(next.topic().flatMap(sourceType::topic).orElse(null));
        binder.readBean(model);
        typeChanged(model.getType());
        return next;
    }

    /** The users offered as facilitator and co-facilitators: those who may run sessions, plus {@code alsoInclude}. */
    private List<Facilitator> offerPeople(Set<UserId> alsoInclude) {
        List<Facilitator> people = useCases.facilitators().list(alsoInclude);
        facilitator.setItems(people);
        coFacilitators.setItems(people);
        return people;
    }

    /** Puts the session's times, place and people (those among {@code people}) into the model. */
    private void readTimesPlaceAndPeople(Session session, List<Facilitator> people) {
        model.setStartTime(session.startTime().orElse(null));
        model.setEndTime(session.endTime().orElse(null));
        model.setDurationHours(session.durationHours());
        model.setLocation(session.location());
        model.setArea(session.area());
        model.setFacilitator(session.facilitator().map(id -> find(people, id)).orElse(null));
        model.setCoFacilitators(session.coFacilitators().stream().map(id -> find(people, id))
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        model.setExternalFacilitators(SessionFormModel.joinNames(session.externalFacilitators()));
    }

    /**
     * The input as a plan, or empty when a field is refused (the message is then next to it).
     */
    Optional<Submission> write() {
        fieldErrors.clear();
        if (!binder.writeBeanIfValid(model)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Submission(model.getType().id(), model.toPlan()));
        } catch (DomainException refused) {
            fieldErrors.show(refused);
            return Optional.empty();
        }
    }

    void show(DomainException problem) {
        fieldErrors.show(problem);
    }

    void setFormReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    Optional<SessionType> selectedType() {
        return Optional.ofNullable(type.getValue());
    }

    private void typeChanged(SessionType chosen) {
        boolean tracksTopics = chosen != null && chosen.topicTracking();
        topic.setVisible(tracksTopics);
        if (tracksTopics) {
            List<Topic> offered = new ArrayList<>(chosen.offeredTopics());
            Topic selected = topic.getValue();
            if (current != null && current.typeId().equals(chosen.id())) {
                current.topic().flatMap(chosen::topic).filter(old -> !offered.contains(old)).ifPresent(offered::add);
            }
            topic.setItems(offered);
            topic.setValue(selected != null && offered.contains(selected) ? selected : null);
        } else {
            topic.clear();
        }
        duration.setPlaceholder(chosen == null ? "" : chosen.details().durationHours().toPlainString());
        showDefaultTitle();
    }

    private void showDefaultTitle() {
        SessionType chosen = type.getValue();
        if (chosen == null || date.getValue() == null || location.getValue().isBlank()) {
            title.setPlaceholder("");
            return;
        }
        title.setPlaceholder(SessionTitle.defaultFor(chosen, Optional.ofNullable(topic.getValue()).map(Topic::id),
                date.getValue(), location.getValue()));
    }

    private List<SessionType> activeTypes() {
        return useCases.types().list(SessionTypeFilter.ACTIVE, PageRequest.first(PageRequest.MAX_LIMIT));
    }

    private static Facilitator find(List<Facilitator> people, UserId id) {
        return people.stream().filter(person -> person.id().equals(id)).findFirst().orElse(null);
    }

    private static String label(Facilitator person) {
        return person.active() ? person.name() : person.name() + " (deactivated)";
    }
}
