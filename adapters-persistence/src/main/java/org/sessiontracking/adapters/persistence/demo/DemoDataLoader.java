package org.sessiontracking.adapters.persistence.demo;

import org.jooq.DSLContext;
import org.jooq.InsertValuesStep6;
import org.jooq.InsertValuesStep7;
import org.sessiontracking.adapters.persistence.jooq.tables.records.AttendanceHistoryRecord;
import org.sessiontracking.adapters.persistence.jooq.tables.records.AttendanceRecord;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.sessiontracking.adapters.persistence.jooq.Tables.APP_USER;
import static org.sessiontracking.adapters.persistence.jooq.Tables.ATTENDANCE;
import static org.sessiontracking.adapters.persistence.jooq.Tables.ATTENDANCE_HISTORY;
import static org.sessiontracking.adapters.persistence.jooq.Tables.REGISTRANT;
import static org.sessiontracking.adapters.persistence.jooq.Tables.SESSION;
import static org.sessiontracking.adapters.persistence.jooq.Tables.SESSION_TYPE;
import static org.sessiontracking.adapters.persistence.jooq.Tables.TOPIC;

/**
 * Loads a realistic demo data set, only when asked (see the {@code sessiontracking.demo-data}
 * start option): five barangays, 60 households of 3 to 5 members (360 registrants), four demo
 * users, and for every barangay a monthly Family Development Session and Training Session over the
 * past twelve months (completed, with attendance and its history; one cancelled for a typhoon)
 * plus next month's (scheduled). The same seed always gives the same data.
 * <p>
 * Plain inserts into the tables of the registrant, session and attendance features; everything in
 * one transaction, and nothing at all when demo registrants (external id {@code DEMO-...}) exist.
 */
public final class DemoDataLoader {

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

    private final DSLContext db;
    private final Clock clock;

    public DemoDataLoader(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** What was loaded; all zero when the demo data was there already. */
    public record Result(boolean loaded, int users, int registrants, int sessions, int attendanceRecords) {
    }

    /**
     * Loads the demo data unless it is there already.
     *
     * @param demoPasswordHash the stored hash of {@link #DEMO_PASSWORD} for the demo users
     */
    public Result load(String demoPasswordHash) {
        return db.transactionResult(configuration -> new Load(configuration.dsl(), demoPasswordHash).run());
    }

    /** One loading run: the state the steps share. */
    private final class Load {

        private final DSLContext tx;
        private final String passwordHash;
        private final Random random = new Random(2026);
        private final OffsetDateTime now = OffsetDateTime.now(clock);
        private final List<Long> facilitators = new ArrayList<>();
        private final List<List<Long>> membersByArea = new ArrayList<>();
        private final List<Double> reliability = new ArrayList<>();
        private final List<Long> registrantIds = new ArrayList<>();
        private int usersCreated;
        private int registrants;
        private int sessions;
        private int records;

        Load(DSLContext tx, String passwordHash) {
            this.tx = tx;
            this.passwordHash = passwordHash;
        }

        Result run() {
            if (tx.fetchExists(REGISTRANT, REGISTRANT.EXTERNAL_ID.startsWith("DEMO-"))) {
                return new Result(false, 0, 0, 0, 0);
            }
            TypeRef fds = type("FDS");
            TypeRef training = type("TRAINING");
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
            return new Result(true, usersCreated, registrants, sessions, records);
        }

        private TypeRef type(String code) {
            var type = tx.selectFrom(SESSION_TYPE).where(SESSION_TYPE.CODE.equalIgnoreCase(code)).fetchOptional()
                    .orElseThrow(() -> new IllegalStateException("The demo data needs the pre-configured session type "
                            + "with code " + code + ", which no longer exists"));
            var topics = tx.select(TOPIC.ID, TOPIC.NAME).from(TOPIC)
                    .where(TOPIC.SESSION_TYPE_ID.eq(type.getId()).and(TOPIC.ACTIVE))
                    .orderBy(TOPIC.POSITION).fetch();
            return new TypeRef(type.getId(), type.getCode(), type.getDurationHours(),
                    type.getTopicTracking() ? topics.map(topic -> topic.value1()) : List.of(),
                    type.getTopicTracking() ? topics.map(topic -> topic.value2()) : List.of());
        }

        private void users() {
            for (String[] user : USERS) {
                Long existing = tx.select(APP_USER.ID).from(APP_USER)
                        .where(APP_USER.USERNAME.equalIgnoreCase(user[0])).fetchOne(APP_USER.ID);
                long id = existing != null ? existing : tx.insertInto(APP_USER)
                        .set(APP_USER.USERNAME, user[0])
                        .set(APP_USER.DISPLAY_NAME, user[1])
                        .set(APP_USER.PASSWORD_HASH, passwordHash)
                        .set(APP_USER.ROLE, user[2])
                        .set(APP_USER.CREATED_AT, now)
                        .set(APP_USER.UPDATED_AT, now)
                        .returning(APP_USER.ID).fetchSingle().getId();
                if (existing == null) {
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
            return tx.insertInto(REGISTRANT)
                    .set(REGISTRANT.EXTERNAL_ID, externalId)
                    .set(REGISTRANT.FULL_NAME, name)
                    .set(REGISTRANT.KIND, kind)
                    .set(REGISTRANT.GROUP_ID, group)
                    .set(REGISTRANT.AREA, area)
                    .set(REGISTRANT.SEX, sex)
                    .set(REGISTRANT.BIRTH_DATE, birthDate)
                    .set(REGISTRANT.CREATED_AT, now)
                    .set(REGISTRANT.UPDATED_AT, now)
                    .returning(REGISTRANT.ID).fetchSingle().getId();
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
            Long topic = topicIndex < 0 ? null : type.topics().get(topicIndex);
            long session = tx.insertInto(SESSION)
                    .set(SESSION.SESSION_TYPE_ID, type.id())
                    .set(SESSION.TITLE, title)
                    .set(SESSION.SESSION_DATE, date)
                    .set(SESSION.START_TIME, start)
                    .set(SESSION.END_TIME, end)
                    .set(SESSION.DURATION_HOURS, type.durationHours())
                    .set(SESSION.LOCATION, location)
                    .set(SESSION.AREA, AREAS[area])
                    .set(SESSION.FACILITATOR_ID, facilitator)
                    .set(SESSION.TOPIC_ID, topic)
                    .set(SESSION.NOTES, cancelledForTyphoon ? "" : "Demo session")
                    .set(SESSION.STATUS, status)
                    .set(SESSION.CANCEL_REASON, cancelledForTyphoon ? "Typhoon signal no. 2: classes and gatherings suspended" : null)
                    .set(SESSION.CREATED_AT, now)
                    .set(SESSION.UPDATED_AT, now)
                    .returning(SESSION.ID).fetchSingle().getId();
            sessions++;
            if ("COMPLETED".equals(status)) {
                attendance(session, facilitator, date, attendees);
            }
        }

        /** One record per attendee, with its first history entry (who recorded it, when). */
        private void attendance(long session, long recordedBy, LocalDate date, List<Long> attendees) {
            OffsetDateTime recordedAt = date.atTime(17, 0).atOffset(ZoneOffset.UTC);
            InsertValuesStep6<AttendanceRecord, Long, Long, String, String, Long, OffsetDateTime> rows = tx
                    .insertInto(ATTENDANCE, ATTENDANCE.SESSION_ID, ATTENDANCE.REGISTRANT_ID, ATTENDANCE.STATUS,
                            ATTENDANCE.REASON, ATTENDANCE.RECORDED_BY, ATTENDANCE.RECORDED_AT);
            InsertValuesStep7<AttendanceHistoryRecord, Long, Long, String, String, String, Long, OffsetDateTime> history = tx
                    .insertInto(ATTENDANCE_HISTORY, ATTENDANCE_HISTORY.SESSION_ID, ATTENDANCE_HISTORY.REGISTRANT_ID,
                            ATTENDANCE_HISTORY.OLD_STATUS, ATTENDANCE_HISTORY.NEW_STATUS, ATTENDANCE_HISTORY.REASON,
                            ATTENDANCE_HISTORY.CHANGED_BY, ATTENDANCE_HISTORY.CHANGED_AT);
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
                rows = rows.values(session, registrant, status, reason, recordedBy, recordedAt);
                history = history.values(session, registrant, null, status, reason, recordedBy, recordedAt);
                records++;
            }
            rows.execute();
            history.execute();
        }
    }

    private record TypeRef(long id, String code, java.math.BigDecimal durationHours, List<Long> topics,
                           List<String> topicNames) {
    }
}
