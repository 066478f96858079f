package org.sessiontracking.adapters.persistence.demo;

import org.sessiontracking.application.graduation.port.out.GraduationPathwayRepository;
import org.sessiontracking.domain.graduation.Criterion;
import org.sessiontracking.domain.graduation.CriterionKind;
import org.sessiontracking.domain.graduation.GraduationPathway;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * The realistic demo data set, whatever the store (see the {@code sessiontracking.demo-data} start
 * option): five barangays, 60 households of 3 to 5 members (360 registrants), four demo users, and for
 * every barangay a monthly Family Development Session and Training Session over the past twelve months
 * (completed, with attendance and its history; one cancelled for a typhoon) plus next month's
 * (scheduled), and a "Skills Training graduation" pathway over the Training Sessions (user guide, use
 * case 2: every module attended is required). The same seed always gives the same data. Each persistence adapter writes it with its
 * own {@link Target}, in one transaction, and adds nothing when demo registrants (external id
 * {@code DEMO-...}) exist.
 */
public final class DemoData {

    /** The password of every demo user (documented in the README). */
    public static final String DEMO_PASSWORD = "demo-password";

    static final String[] AREAS = {"Barangay San Isidro", "Barangay Malinis", "Barangay Bagong Silang",
            "Barangay Poblacion", "Barangay Santo Niño"};
    private static final String[] FAMILY_NAMES = {"Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia",
            "Mendoza", "Torres", "Flores", "Villanueva", "Ramos", "Aquino", "Castillo", "Rivera", "Gonzales",
            "Dela Cruz", "Navarro", "Salazar", "Mercado", "Domingo"};
    private static final String[] FEMALE_NAMES = {"Maria", "Ana", "Rosa", "Liza", "Grace", "Joy", "Carmen",
            "Elena", "Teresa", "Marites", "Josephine", "Cristina", "Angelica", "Jasmine", "Princess"};
    private static final String[] MALE_NAMES = {"Jose", "Juan", "Pedro", "Ramon", "Mark", "John Paul", "Carlo",
            "Renato", "Eduardo", "Rodel", "Jomar", "Christian", "Miguel", "Andres", "Paolo"};
    private static final String[] EXCUSES = {"Sick", "Family emergency", "Working in the field", "Medical check-up"};
    private static final String[][] USERS = {
            {"maria.santos", "Maria Santos", "STAFF"},
            {"jose.reyes", "Jose Reyes", "STAFF"},
            {"liza.gomez", "Liza Gomez", "STAFF"},
            {"ana.villanueva", "Ana Villanueva", "MANAGER"},
            {"victor.cruz", "Victor Cruz", "VIEWER"}};

    private DemoData() {
    }

    /** What was loaded; all zero when the demo data was there already. */
    public record Result(boolean loaded, int users, int registrants, int sessions, int attendanceRecords) {
    }

    /** A pre-configured session type the demo sessions are of; its active topics in order when it tracks topics. */
    public record TypeRef(long id, String code, BigDecimal durationHours, List<Long> topics, List<String> topicNames) {
    }

    /** A new session (status SCHEDULED, COMPLETED or CANCELLED; topic and cancel reason optional). */
    public record NewSession(long type, String title, LocalDate date, LocalTime start, LocalTime end,
                             BigDecimal durationHours, String location, String area, long facilitator,
                             Optional<Long> topic, String notes, String status, Optional<String> cancelReason) {
    }

    /** A first attendance record (status PRESENT, ABSENT or EXCUSED), with its history entry. */
    public record NewRecord(long registrant, String status, String reason) {
    }

    /** Where an adapter writes the demo data; ids are the store's. */
    public interface Target {

        boolean hasDemoRegistrants();

        /** The pre-configured type with this code; IllegalStateException when it no longer exists. */
        TypeRef type(String code);

        /** The id of the user with this username, added first when there is none; true in {@code created} then. */
        long user(String username, String displayName, String role, String passwordHash, boolean[] created);

        long registrant(String externalId, String name, String kind, Long group, String area, String sex,
                        LocalDate birthDate);

        long session(NewSession session);

        /** The records of one session, recorded by {@code recordedBy} at 17:00 UTC of {@code date}. */
        void attendance(long session, long recordedBy, LocalDate date, List<NewRecord> records);

        /** The store's graduation pathways, inside the loading transaction. */
        GraduationPathwayRepository pathways();
    }

    /** Something that loads the demo data into its store, in one transaction. */
    public interface Loader {

        /** @param demoPasswordHash the stored hash of {@link #DEMO_PASSWORD} for the demo users */
        Result load(String demoPasswordHash);
    }

    /** Writes the demo data to the target unless it is there already; the caller provides the transaction. */
    public static Result load(Target target, Clock clock, String demoPasswordHash) {
        return new Load(target, clock, demoPasswordHash).run();
    }

    /** One loading run: the state the steps share. */
    private static final class Load {

        private final Target target;
        private final Clock clock;
        private final String passwordHash;
        private final Random random = new Random(2026);
        private final List<Long> facilitators = new ArrayList<>();
        private final List<List<Long>> membersByArea = new ArrayList<>();
        private final List<Double> reliability = new ArrayList<>();
        private final List<Long> registrantIds = new ArrayList<>();
        private int usersCreated;
        private int registrants;
        private int sessions;
        private int records;

        Load(Target target, Clock clock, String passwordHash) {
            this.target = target;
            this.clock = clock;
            this.passwordHash = passwordHash;
        }

        Result run() {
            if (target.hasDemoRegistrants()) {
                return new Result(false, 0, 0, 0, 0);
            }
            TypeRef fds = target.type("FDS");
            TypeRef training = target.type("TRAINING");
            users();
            households();
            LocalDate today = LocalDate.now(clock);
            YearMonth first = YearMonth.from(today).minusMonths(11);
            for (int month = 0; month <= 12; month++) {
                YearMonth yearMonth = first.plusMonths(month);
                for (int area = 0; area < AREAS.length; area++) {
                    LocalDate fdsDay = yearMonth.atDay(8 + area);
                    session(fds, area, fdsDay, LocalTime.of(9, 0), LocalTime.of(11, 0), month, today,
                            membersByArea.get(area), false);
                    LocalDate trainingDay = yearMonth.atDay(18 + area);
                    boolean typhoon = month == 3 && area == 1;
                    session(training, area, trainingDay, LocalTime.of(13, 0), LocalTime.of(16, 0), month, today,
                            membersByArea.get(area).subList(0, 15), typhoon);
                }
            }
            skillsTrainingPathway(training, today);
            return new Result(true, usersCreated, registrants, sessions, records);
        }

        /**
         * Use case 2 of the user guide as a pathway: every Training Session module (topic) attended is the
         * required criterion; the last twelve months' training attendance and a business plan assessed by
         * staff add to the readiness.
         */
        private void skillsTrainingPathway(TypeRef training, LocalDate today) {
            GraduationPathwayRepository pathways = target.pathways();
            SessionTypeId type = new SessionTypeId(training.id());
            List<Criterion> criteria = List.of(
                    new Criterion(pathways.nextCriterionId(), "Attended every module",
                            new CriterionKind.CurriculumCompleted(type), 3, true),
                    new Criterion(pathways.nextCriterionId(), "Training attendance, last 12 months",
                            new CriterionKind.AttendanceCompliance(type, today.minusMonths(12).plusDays(1), today), 1,
                            false),
                    new Criterion(pathways.nextCriterionId(), "Business plan reviewed",
                            new CriterionKind.StaffAssessed(), 1, false));
            pathways.add(GraduationPathway.create(pathways.nextId(), "Skills Training graduation",
                    "Graduates who attended every module of the Training Sessions.", true, criteria));
        }

        private void users() {
            for (String[] user : USERS) {
                boolean[] created = {false};
                long id = target.user(user[0], user[1], user[2], passwordHash, created);
                if (created[0]) {
                    usersCreated++;
                }
                if ("STAFF".equals(user[2])) {
                    facilitators.add(id);
                }
            }
        }

        /** 12 households per barangay, each a group registrant with 3 to 5 individual members. */
        private void households() {
            int householdNumber = 0;
            int personNumber = 0;
            for (String area : AREAS) {
                List<Long> members = new ArrayList<>();
                for (int household = 0; household < 12; household++) {
                    householdNumber++;
                    String family = FAMILY_NAMES[random.nextInt(FAMILY_NAMES.length)];
                    long group = registrant("DEMO-H%04d".formatted(householdNumber), "Household " + family
                            + " (" + area.replace("Barangay ", "") + ")", "GROUP", null, area, null, null);
                    int size = 3 + random.nextInt(3);
                    for (int member = 0; member < size; member++) {
                        personNumber++;
                        boolean female = member == 0 || random.nextBoolean();
                        String given = female ? FEMALE_NAMES[random.nextInt(FEMALE_NAMES.length)]
                                : MALE_NAMES[random.nextInt(MALE_NAMES.length)];
                        int age = member < 2 ? 25 + random.nextInt(35) : 6 + random.nextInt(14);
                        LocalDate birth = LocalDate.now(clock).minusYears(age).minusDays(random.nextInt(365));
                        long person = registrant("DEMO-%05d".formatted(personNumber), given + " " + family,
                                "INDIVIDUAL", group, area, female ? "FEMALE" : "MALE", birth);
                        members.add(person);
                        registrantIds.add(person);
                        // most attend reliably; a few are often away (non-compliant in the compliance screen)
                        reliability.add(random.nextInt(10) == 0 ? 0.55 : 0.8 + random.nextDouble() * 0.2);
                    }
                }
                membersByArea.add(members);
            }
        }

        private long registrant(String externalId, String name, String kind, Long group, String area, String sex,
                                LocalDate birthDate) {
            registrants++;
            return target.registrant(externalId, name, kind, group, area, sex, birthDate);
        }

        private void session(TypeRef type, int area, LocalDate date, LocalTime start, LocalTime end, int month,
                             LocalDate today, List<Long> attendees, boolean cancelledForTyphoon) {
            String location = AREAS[area] + (type.code().equals("FDS") ? " covered court" : " hall");
            int topicIndex = type.topics().isEmpty() ? -1 : month % type.topics().size();
            // the default title of SessionTitle: the topic after the type when the type tracks topics
            String title = type.code() + (topicIndex < 0 ? "" : " - " + type.topicNames().get(topicIndex)) + " - "
                    + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getYear() + " - "
                    + location;
            boolean past = date.isBefore(today);
            String status = cancelledForTyphoon ? "CANCELLED" : past ? "COMPLETED" : "SCHEDULED";
            long facilitator = facilitators.get((area + month) % facilitators.size());
            Optional<Long> topic = topicIndex < 0 ? Optional.empty() : Optional.of(type.topics().get(topicIndex));
            long session = target.session(new NewSession(type.id(), title, date, start, end, type.durationHours(),
                    location, AREAS[area], facilitator, topic, cancelledForTyphoon ? "" : "Demo session", status,
                    cancelledForTyphoon ? Optional.of("Typhoon signal no. 2: classes and gatherings suspended")
                            : Optional.empty()));
            sessions++;
            if ("COMPLETED".equals(status)) {
                attendance(session, facilitator, date, attendees);
            }
        }

        /** One record per attendee, with its first history entry (who recorded it, when). */
        private void attendance(long session, long recordedBy, LocalDate date, List<Long> attendees) {
            List<NewRecord> rows = new ArrayList<>();
            for (long registrant : attendees) {
                double chance = reliability.get(registrantIds.indexOf(registrant));
                String status;
                String reason = "";
                if (random.nextDouble() < chance) {
                    status = "PRESENT";
                } else if (random.nextInt(3) == 0) {
                    status = "EXCUSED";
                    reason = EXCUSES[random.nextInt(EXCUSES.length)];
                } else {
                    status = "ABSENT";
                }
                rows.add(new NewRecord(registrant, status, reason));
                records++;
            }
            target.attendance(session, recordedBy, date, rows);
        }
    }
}
