package org.sessiontracking.bootstrap.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.User;
import tools.jackson.databind.JsonNode;

import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST API over HTTP on the real application and PostgreSQL: every endpoint, signed in with API
 * tokens, and its refusals as problem details.
 */
class RestApiHttpTest extends ApiHttpTest {

    private User staff;
    private String staffToken;

    @BeforeEach
    void setUp() {
        staff = fixture.user(Role.STAFF);
        staffToken = fixture.token(staff);
    }

    private void markPresent(long session, long registrant) {
        api.put("/api/v1/sessions/" + session + "/attendance", staffToken,
                "{\"marks\": [{\"registrantId\": " + registrant + ", \"status\": \"PRESENT\"}]}");
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).isNotBlank().doesNotContain("Exception");
    }

    /** A client of its own, so that the bad tokens it sends count for an address no other test uses. */
    private ApiClient fromAddress(String loopback) throws Exception {
        return new ApiClient(port, InetAddress.getByName(loopback));
    }

    // --- signing in with a token ---

    @Test
    void aCallWithoutTokenIsUnauthorizedAndSaysHowToSignIn() {
        HttpResponse<String> response = api.get("/api/v1/sessions", null);

        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value ->
                assertThat(value).startsWith("Bearer"));
        assertThat(json(response).path("detail").asString()).contains("Authorization: Bearer");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void aWrongSchemeOrAnUnknownTokenIsUnauthorized() throws Exception {
        ApiClient client = fromAddress("127.0.0.11");
        HttpResponse<String> basic = client.send("/api/v1/sessions", "Basic YWRtaW46YWRtaW4=");
        assertProblem(basic, 401);
        assertThat(json(basic).path("detail").asString()).contains("Bearer <token>");

        HttpResponse<String> unknown = client.get("/api/v1/sessions", staffToken.substring(0, staffToken.length() - 2) + "xx");
        assertProblem(unknown, 401);
        assertThat(json(unknown).path("detail").asString()).contains("not valid");
    }

    @Test
    void aGoodTokenActsAsItsUserWithoutASession() {
        HttpResponse<String> response = api.get("/api/v1/sessions?scope=mine", staffToken);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(fixture.stored(staffToken).lastUsedAt()).isPresent();
    }

    @Test
    void aRevokedTokenIsRefusedFromTheNextCallOn() throws Exception {
        ApiClient client = fromAddress("127.0.0.12");
        assertThat(client.get("/api/v1/session-types", staffToken).statusCode()).isEqualTo(200);

        fixture.revoke(staffToken, staff);

        assertProblem(client.get("/api/v1/session-types", staffToken), 401);
    }

    @Test
    void theTokensOfADeactivatedUserStopAtOnce() throws Exception {
        ApiClient client = fromAddress("127.0.0.13");
        assertThat(client.get("/api/v1/session-types", staffToken).statusCode()).isEqualTo(200);

        fixture.deactivate(staff, fixture.user(Role.ADMINISTRATOR));

        assertProblem(client.get("/api/v1/session-types", staffToken), 401);
    }

    @Test
    void manyUnknownTokensFromOneAddressAreThrottledEvenForAGoodToken() throws Exception {
        ApiClient client = fromAddress("127.0.0.14");
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> refused = null;
        for (int attempt = 1; attempt <= 20 && refused == null; attempt++) {
            HttpResponse<String> response = client.get("/api/v1/sessions", "st_guessing_" + attempt);
            statuses.add(response.statusCode());
            if (response.statusCode() == 429) {
                refused = response;
            }
        }

        assertThat(statuses.subList(0, 10)).containsOnly(401);
        assertThat(refused).as("a 429 after ten refused tokens").isNotNull();
        assertProblem(refused, 429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(json(refused).path("detail").asString()).contains("Too many");
        assertProblem(client.get("/api/v1/sessions", staffToken), 429);
        // other addresses are not slowed down
        assertThat(api.get("/api/v1/sessions", staffToken).statusCode()).isEqualTo(200);
    }

    // --- session types ---

    @Test
    void sessionTypesAndTheirTopicsAreListed() {
        JsonNode page = json(api.get("/api/v1/session-types?limit=100", staffToken));
        assertThat(page.path("total").asInt()).isGreaterThanOrEqualTo(4);
        JsonNode tracked = null;
        for (JsonNode type : page.path("items")) {
            if (type.path("topicTracking").asBoolean()) {
                tracked = type;
            }
        }
        assertThat(tracked).isNotNull();
        long id = tracked.path("id").asLong();

        JsonNode one = json(api.get("/api/v1/session-types/" + id, staffToken));
        assertThat(one.path("name").asString()).isEqualTo(tracked.path("name").asString());
        HttpResponse<String> topics = api.get("/api/v1/session-types/" + id + "/topics", staffToken);
        assertThat(topics.statusCode()).isEqualTo(200);
        assertThat(json(topics).size()).isEqualTo(tracked.path("topics").size());
        assertProblem(api.get("/api/v1/session-types/987654321", staffToken), 404);
    }

    // --- sessions ---

    @Test
    void staffScheduleStartCompleteAndTheListPagesLikeTheGrid() {
        long type = fixture.typeWithoutTopics();
        List<Long> ids = new ArrayList<>();
        String location = "Paging hall " + System.nanoTime();
        for (int day = 1; day <= 3; day++) {
            HttpResponse<String> created = api.post("/api/v1/sessions", staffToken, """
                    {"type": %d, "date": "2026-05-0%d", "location": "%s", "facilitator": %d}
                    """.formatted(type, day, location, staff.id().value()));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(created.headers().firstValue("Location")).hasValueSatisfying(value ->
                    assertThat(value).endsWith("/api/v1/sessions/" + json(created).path("id").asLong()));
            assertThat(json(created).path("status").asString()).isEqualTo("SCHEDULED");
            ids.add(json(created).path("id").asLong());
        }

        String filter = "/api/v1/sessions?scope=mine&location=" + location.replace(" ", "%20") + "&sort=date,desc&limit=2";
        HttpResponse<String> firstPage = api.get(filter, staffToken);
        assertThat(firstPage.statusCode()).as(firstPage.body()).isEqualTo(200);
        JsonNode first = json(firstPage);
        JsonNode second = json(api.get(filter + "&offset=2", staffToken));
        assertThat(first.path("total").asInt()).as(firstPage.body()).isEqualTo(3);
        assertThat(first.path("limit").asInt()).isEqualTo(2);
        assertThat(first.path("items").size()).isEqualTo(2);
        assertThat(first.path("items").get(0).path("id").asLong()).isEqualTo(ids.get(2));
        assertThat(first.path("items").get(1).path("id").asLong()).isEqualTo(ids.get(1));
        assertThat(second.path("offset").asInt()).isEqualTo(2);
        assertThat(second.path("items").size()).isEqualTo(1);
        assertThat(second.path("items").get(0).path("id").asLong()).isEqualTo(ids.get(0));
        assertProblem(api.get(filter + "&sort=attendance", staffToken), 400);
        assertThat(json(api.get("/api/v1/sessions?limit=5000", staffToken)).path("field").asString()).isEqualTo("limit");

        long id = ids.getFirst();
        JsonNode started = json(api.post("/api/v1/sessions/" + id + "/start", staffToken, "{\"version\": 0}"));
        assertThat(started.path("status").asString()).isEqualTo("IN_PROGRESS");
        HttpResponse<String> stale = api.post("/api/v1/sessions/" + id + "/complete", staffToken, "{\"version\": 0}");
        assertProblem(stale, 409);
        JsonNode completed = json(api.post("/api/v1/sessions/" + id + "/complete", staffToken,
                "{\"version\": " + started.path("version").asInt() + "}"));
        assertThat(completed.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(json(api.get("/api/v1/sessions/" + id, staffToken)).path("status").asString()).isEqualTo("COMPLETED");
    }

    @Test
    void cancellingASessionWithAttendanceNeedsConfirmation() {
        long session = fixture.session(staff, "SCHEDULED", "2026-05-10");
        long registrant = fixture.registrant("API-C-" + System.nanoTime(), "Cora Cancel");
        markPresent(session, registrant);

        HttpResponse<String> unconfirmed = api.post("/api/v1/sessions/" + session + "/cancel", staffToken,
                "{\"version\": 0, \"reason\": \"Typhoon\"}");
        assertProblem(unconfirmed, 409);
        assertThat(json(unconfirmed).path("attendanceRecords").asInt()).isEqualTo(1);

        JsonNode cancelled = json(api.post("/api/v1/sessions/" + session + "/cancel", staffToken,
                "{\"version\": 0, \"reason\": \"Typhoon\", \"confirmAttendance\": true}"));
        assertThat(cancelled.path("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.path("cancelReason").asString()).isEqualTo("Typhoon");
    }

    @Test
    void aRefusedValueNamesItsFieldAndBadJsonIsABadRequest() {
        String body = "{\"type\": %d, \"date\": \"2026-05-01\", \"location\": \" \", \"facilitator\": %d}"
                .formatted(fixture.typeWithoutTopics(), staff.id().value());
        HttpResponse<String> noLocation = api.post("/api/v1/sessions", staffToken, body);
        assertProblem(noLocation, 422);
        assertThat(json(noLocation).path("field").asString()).isEqualTo("location");
        assertThat(json(noLocation).path("detail").asString()).isEqualTo("Location is required");

        HttpResponse<String> badDate = api.post("/api/v1/sessions", staffToken, "{\"date\": \"yesterday\"}");
        assertProblem(badDate, 400);
        assertThat(json(badDate).path("field").asString()).isEqualTo("date");

        assertProblem(api.post("/api/v1/sessions", staffToken, "{not json"), 400);
        assertProblem(api.post("/api/v1/sessions/1/start", staffToken, ""), 400);
        HttpResponse<String> badStatus = api.get("/api/v1/sessions?status=DONE", staffToken);
        assertProblem(badStatus, 400);
        assertThat(json(badStatus).path("field").asString()).isEqualTo("status");
        assertThat(json(api.get("/api/v1/sessions/abc", staffToken)).path("field").asString()).isEqualTo("id");
    }

    @Test
    void unknownIdsAndAddressesAreNotFound() {
        assertProblem(api.get("/api/v1/sessions/987654321", staffToken), 404);
        assertProblem(api.post("/api/v1/sessions/987654321/start", staffToken, "{\"version\": 0}"), 404);
        assertProblem(api.get("/api/v1/sessions/987654321/attendance", staffToken), 404);
        assertProblem(api.get("/api/v1/registrants/987654321", staffToken), 404);
        assertProblem(api.get("/api/v1/registrants/987654321/compliance?from=2026-01-01&to=2026-12-31", staffToken), 404);
        assertProblem(api.get("/api/v1/eligibility-rules/987654321/registrants/1", staffToken), 404);
        assertProblem(api.get("/api/v1/no-such-thing", staffToken), 404);
    }

    @Test
    void theRoleOfTheTokensUserDecidesAsOnTheScreens() {
        long session = fixture.session(staff, "SCHEDULED", "2026-05-11");
        long registrant = fixture.registrant("API-R-" + System.nanoTime(), "Rita Role");
        String viewer = fixture.token(fixture.user(Role.VIEWER));
        String otherStaff = fixture.token(fixture.user(Role.STAFF));
        String mark = "{\"marks\": [{\"registrantId\": " + registrant + ", \"status\": \"PRESENT\"}]}";

        assertThat(api.get("/api/v1/sessions/" + session + "/attendance", viewer).statusCode()).isEqualTo(200);
        HttpResponse<String> viewerWrites = api.put("/api/v1/sessions/" + session + "/attendance", viewer, mark);
        assertProblem(viewerWrites, 403);
        assertThat(json(viewerWrites).path("detail").asString()).contains("Viewer");
        assertProblem(api.post("/api/v1/sessions/" + session + "/start", viewer, "{\"version\": 0}"), 403);
        assertProblem(api.post("/api/v1/sessions", viewer, "{\"type\": %d, \"date\": \"2026-05-01\", \"location\": \"x\", \"facilitator\": %d}"
                .formatted(fixture.typeWithoutTopics(), staff.id().value())), 403);
        HttpResponse<String> notTheirs = api.put("/api/v1/sessions/" + session + "/attendance", otherStaff, mark);
        assertProblem(notTheirs, 403);
        assertThat(json(notTheirs).path("detail").asString()).contains("facilitate");
        assertProblem(api.post("/api/v1/sessions/" + session + "/start", otherStaff, "{\"version\": 0}"), 403);

        assertThat(api.put("/api/v1/sessions/" + session + "/attendance", staffToken, mark).statusCode()).isEqualTo(200);
    }

    // --- attendance ---

    @Test
    void attendanceIsSavedOnTheVersionsReadAndAStaleOneIsAConflict() {
        long session = fixture.session(staff, "IN_PROGRESS", "2026-05-12");
        String externalId = "API-A-" + System.nanoTime();
        long ana = fixture.registrant(externalId, "Ana Attendance");
        long ben = fixture.registrant(externalId + "-B", "Ben Attendance");
        String path = "/api/v1/sessions/" + session + "/attendance";

        JsonNode first = json(api.put(path, staffToken, """
                {"marks": [{"registrantId": %d, "status": "present"}, {"registrantId": %d, "status": "ABSENT"}]}
                """.formatted(ana, ben)));
        assertThat(first.path("saved").asInt()).isEqualTo(2);
        assertThat(first.path("conflicts").size()).isZero();

        JsonNode loaded = json(api.get(path, staffToken));
        assertThat(loaded.path("phase").asString()).isEqualTo("OPEN");
        assertThat(loaded.path("recordable").asBoolean()).isTrue();
        assertThat(loaded.path("present").asInt()).isEqualTo(1);
        JsonNode anaRecord = loaded.path("records").get(0);
        assertThat(anaRecord.path("externalId").asString()).isEqualTo(externalId);
        assertThat(anaRecord.path("status").asString()).isEqualTo("PRESENT");
        assertThat(anaRecord.path("recordedBy").asString()).isEqualTo(staff.displayName());
        int version = anaRecord.path("version").asInt();

        // someone else (a manager on the screen, here through the API) changes Ana first
        String manager = fixture.token(fixture.user(Role.MANAGER));
        api.put(path, manager, "{\"marks\": [{\"registrantId\": %d, \"status\": \"EXCUSED\", \"reason\": \"clinic\", \"version\": %d}]}"
                .formatted(ana, version));

        JsonNode stale = json(api.put(path, staffToken, """
                {"marks": [{"registrantId": %d, "status": "ABSENT", "version": %d},
                           {"registrantId": %d, "status": "PRESENT", "version": %d}]}
                """.formatted(ana, version, ben, loaded.path("records").get(1).path("version").asInt())));
        assertThat(stale.path("saved").asInt()).isEqualTo(1);
        JsonNode conflict = stale.path("conflicts").get(0);
        assertThat(conflict.path("registrantId").asLong()).isEqualTo(ana);
        assertThat(conflict.path("mine").path("status").asString()).isEqualTo("ABSENT");
        assertThat(conflict.path("theirs").path("status").asString()).isEqualTo("EXCUSED");
        assertThat(conflict.path("theirs").path("reason").asString()).isEqualTo("clinic");
        assertThat(stale.path("attendance").path("present").asInt()).isEqualTo(1);

        HttpResponse<String> twice = api.put(path, staffToken, """
                {"marks": [{"registrantId": %d, "status": "ABSENT"}, {"registrantId": %d, "status": "PRESENT"}]}
                """.formatted(ana, ana));
        assertProblem(twice, 400);
        HttpResponse<String> noStatus = api.put(path, staffToken, "{\"marks\": [{\"registrantId\": %d}]}".formatted(ana));
        assertThat(json(noStatus).path("field").asString()).isEqualTo("marks[0].status");
        assertProblem(api.put(path, staffToken, "{\"marks\": [{\"registrantId\": 987654321, \"status\": \"PRESENT\"}]}"), 404);
    }

    // --- registrants, compliance, eligibility ---

    @Test
    void registrantsAreSearchedByExternalIdOrNameAndPaged() {
        String prefix = "API-S-" + System.nanoTime();
        long first = fixture.registrant(prefix + "-1", "Sofia Search");
        fixture.registrant(prefix + "-2", "Sam Search");
        fixture.registrant(prefix + "-3", "Sara Search");

        JsonNode page = json(api.get("/api/v1/registrants?q=" + prefix + "&sort=externalId&limit=2", staffToken));
        assertThat(page.path("total").asInt()).isEqualTo(3);
        assertThat(page.path("totalExact").asBoolean()).isTrue();
        assertThat(page.path("items").size()).isEqualTo(2);
        assertThat(page.path("items").get(0).path("id").asLong()).isEqualTo(first);
        assertThat(json(api.get("/api/v1/registrants?q=" + prefix + "&sort=externalId&limit=2&offset=2", staffToken))
                .path("items").get(0).path("externalId").asString()).isEqualTo(prefix + "-3");
        assertThat(json(api.get("/api/v1/registrants?q=Sofia%20Sear", staffToken)).path("items").findValuesAsString("externalId"))
                .contains(prefix + "-1");

        JsonNode one = json(api.get("/api/v1/registrants/" + first, staffToken));
        assertThat(one.path("fullName").asString()).isEqualTo("Sofia Search");
        assertThat(one.path("kind").asString()).isEqualTo("INDIVIDUAL");
        assertThat(one.path("area").asString()).isEqualTo("API Barangay");
        assertThat(one.path("granteeId").isNull()).as("an individual has no grantee").isTrue();
    }

    @Test
    void aRegistrantsComplianceAndEligibilityFollowTheirAttendance() {
        long session = fixture.session(staff, "IN_PROGRESS", "2026-04-15");
        long registrant = fixture.registrant("API-E-" + System.nanoTime(), "Elena Eligible");
        markPresent(session, registrant);

        HttpResponse<String> response = api.get("/api/v1/registrants/" + registrant
                + "/compliance?from=2026-04-01&to=2026-04-30", staffToken);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode compliance = json(response);
        assertThat(compliance.path("perType").size()).isEqualTo(1);
        JsonNode type = compliance.path("perType").get(0).path("compliance");
        assertThat(type.path("present").asInt()).isEqualTo(1);
        assertThat(type.path("attended").asInt()).isEqualTo(1);
        assertThat(type.path("noRecord").asInt()).as("no enrolment: no missing records").isZero();
        assertThat(type.path("noRecord").isMissingNode()).isFalse();
        assertThat(type.path("ratePercent").asDouble()).isEqualTo(100.0);
        assertThat(compliance.path("attendance").get(0).path("sessionId").asLong()).isEqualTo(session);
        HttpResponse<String> noPeriod = api.get("/api/v1/registrants/" + registrant + "/compliance", staffToken);
        assertProblem(noPeriod, 400);
        assertThat(json(noPeriod).path("field").asString()).isEqualTo("from");
        HttpResponse<String> backwards = api.get("/api/v1/registrants/" + registrant
                + "/compliance?from=2026-04-30&to=2026-04-01", staffToken);
        assertProblem(backwards, 422);
        assertThat(json(backwards).path("field").asString()).isEqualTo("to");

        String typeName = compliance.path("perType").get(0).path("typeName").asString();
        long passes = fixture.eligibilityRule("attended(\"" + typeName + "\", \"2026-04-01\", \"2026-04-30\") >= 1");
        long fails = fixture.eligibilityRule("attended(\"" + typeName + "\", \"2026-04-01\", \"2026-04-30\") >= 2");
        JsonNode pass = json(api.get("/api/v1/eligibility-rules/" + passes + "/registrants/" + registrant, staffToken));
        assertThat(pass.path("outcome").asString()).isEqualTo("PASS");
        assertThat(pass.path("passes").asBoolean()).isTrue();
        JsonNode fail = json(api.get("/api/v1/eligibility-rules/" + fails + "/registrants/" + registrant, staffToken));
        assertThat(fail.path("outcome").asString()).isEqualTo("FAIL");
        assertThat(json(api.get("/api/v1/eligibility-rules", staffToken)).findValuesAsString("id"))
                .contains(Long.toString(passes));
    }

    // --- offline sync ---

    private static String offline(String id, String externalId, String status, String capturedAt) {
        return "{\"clientMarkId\": \"%s\", \"externalId\": \"%s\", \"status\": \"%s\", \"capturedAt\": \"%s\"}"
                .formatted(id, externalId, status, capturedAt);
    }

    private long historyLines(long session) {
        return fixture.number("select count(*) from attendance_history where session_id = ?", session);
    }

    @Test
    void anOfflineBatchIsAppliedOnceAndItsRetryChangesNothing() {
        long session = fixture.session(staff, "IN_PROGRESS", "2026-05-13");
        String prefix = "API-Y-" + System.nanoTime();
        fixture.registrant(prefix + "-1", "Yolanda Sync");
        fixture.registrant(prefix + "-2", "Yuri Sync");
        String batch = "{\"marks\": [" + offline("tablet-1", prefix + "-1", "PRESENT", "2026-05-13T09:00:00+08:00") + ", "
                + offline("tablet-2", prefix + "-2", "absent", "2026-05-13T09:01:00+08:00") + ", "
                + offline("tablet-3", prefix + "-404", "PRESENT", "2026-05-13T09:02:00+08:00") + "]}";
        String path = "/api/v1/sessions/" + session + "/attendance/sync";

        HttpResponse<String> first = api.post(path, staffToken, batch);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode applied = json(first);
        assertThat(applied.path("applied").asInt()).isEqualTo(2);
        assertThat(applied.path("rejected").asInt()).isEqualTo(1);
        assertThat(applied.path("marks").get(0).path("outcome").asString()).isEqualTo("APPLIED");
        assertThat(applied.path("marks").get(2).path("outcome").asString()).isEqualTo("REJECTED");
        assertThat(applied.path("marks").get(2).path("detail").asString()).contains(prefix + "-404");
        JsonNode attendance = json(api.get("/api/v1/sessions/" + session + "/attendance", staffToken));
        assertThat(attendance.path("present").asInt()).isEqualTo(1);
        assertThat(attendance.path("absent").asInt()).isEqualTo(1);
        assertThat(attendance.path("records").get(0).path("recordedAt").asString()).isEqualTo("2026-05-13T01:00:00Z");
        assertThat(historyLines(session)).isEqualTo(2);

        JsonNode retry = json(api.post(path, staffToken, batch));

        assertThat(retry.path("applied").asInt()).isZero();
        assertThat(retry.path("unchanged").asInt()).isEqualTo(2);
        assertThat(retry.path("marks").get(0).path("detail").asString()).contains("Already applied");
        assertThat(historyLines(session)).isEqualTo(2);
        assertThat(json(api.get("/api/v1/sessions/" + session + "/attendance", staffToken)).path("records"))
                .isEqualTo(attendance.path("records"));
    }

    @Test
    void aMarkCapturedBeforeSomeoneElsesChangeComesBackAsAConflictWithBothValues() {
        long session = fixture.session(staff, "IN_PROGRESS", "2026-05-14");
        String externalId = "API-K-" + System.nanoTime();
        long registrant = fixture.registrant(externalId, "Karla Conflict");
        User manager = fixture.user(Role.MANAGER);
        api.put("/api/v1/sessions/" + session + "/attendance", fixture.token(manager),
                "{\"marks\": [{\"registrantId\": " + registrant + ", \"status\": \"EXCUSED\", \"reason\": \"clinic\"}]}");

        JsonNode result = json(api.post("/api/v1/sessions/" + session + "/attendance/sync", staffToken,
                "{\"marks\": [" + offline("t-1", externalId, "ABSENT", "2026-05-14T08:00:00Z") + "]}"));

        assertThat(result.path("conflicts").asInt()).isEqualTo(1);
        JsonNode conflict = result.path("marks").get(0);
        assertThat(conflict.path("outcome").asString()).isEqualTo("CONFLICT");
        assertThat(conflict.path("mine").path("status").asString()).isEqualTo("ABSENT");
        assertThat(conflict.path("mine").path("at").asString()).isEqualTo("2026-05-14T08:00:00Z");
        assertThat(conflict.path("server").path("status").asString()).isEqualTo("EXCUSED");
        assertThat(conflict.path("server").path("reason").asString()).isEqualTo("clinic");
        assertThat(conflict.path("server").path("by").asString()).isEqualTo(manager.displayName());
        assertThat(conflict.path("server").path("at").asString()).isNotBlank();
        assertThat(json(api.get("/api/v1/sessions/" + session + "/attendance", staffToken)).path("excused").asInt())
                .isEqualTo(1);
    }

    @Test
    void aCancelledSessionRejectsEveryMarkAndBadMarksAreRefusedByField() {
        long cancelled = fixture.session(staff, "CANCELLED", "2026-05-15");
        String externalId = "API-X-" + System.nanoTime();
        fixture.registrant(externalId, "Xenia Cancelled");

        JsonNode result = json(api.post("/api/v1/sessions/" + cancelled + "/attendance/sync", staffToken,
                "{\"marks\": [" + offline("c-1", externalId, "PRESENT", "2026-05-15T08:00:00Z") + "]}"));
        assertThat(result.path("rejected").asInt()).isEqualTo(1);
        assertThat(result.path("marks").get(0).path("detail").asString()).contains("cancelled");

        String path = "/api/v1/sessions/" + fixture.session(staff, "IN_PROGRESS", "2026-05-15") + "/attendance/sync";
        HttpResponse<String> badTime = api.post(path, staffToken,
                "{\"marks\": [" + offline("c-2", externalId, "PRESENT", "this morning") + "]}");
        assertProblem(badTime, 400);
        assertThat(json(badTime).path("field").asString()).isEqualTo("marks[0].capturedAt");
        HttpResponse<String> twice = api.post(path, staffToken, "{\"marks\": [" + offline("c-3", externalId, "PRESENT",
                "2026-05-15T08:00:00Z") + ", " + offline("c-3", externalId, "ABSENT", "2026-05-15T08:00:00Z") + "]}");
        assertProblem(twice, 422);
        assertThat(json(twice).path("field").asString()).isEqualTo("marks[1].clientMarkId");
        String viewer = fixture.token(fixture.user(Role.VIEWER));
        assertProblem(api.post(path, viewer, "{\"marks\": [" + offline("c-4", externalId, "PRESENT",
                "2026-05-15T08:00:00Z") + "]}"), 403);
        assertProblem(api.post("/api/v1/sessions/987654321/attendance/sync", staffToken, "{\"marks\": []}"), 404);
    }
}
