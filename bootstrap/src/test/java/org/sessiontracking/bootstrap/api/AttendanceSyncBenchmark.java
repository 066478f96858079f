package org.sessiontracking.bootstrap.api;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.User;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * A field app's batch of 1,000 offline marks through the REST API over HTTP (loopback), on the real
 * application and embedded PostgreSQL, beside the Save all of 1,000 records through the API's PUT
 * (the screens' save use case). Prints median and p95; asserts only that every mark was applied.
 * Run with: {@code ./mvnw -pl bootstrap -am verify -Dtest=AttendanceSyncBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark=true}
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class AttendanceSyncBenchmark extends ApiHttpTest {

    private static final int MARKS = 1_000;
    private static final int WARM_UP = 2;
    private static final int ROUNDS = 20;

    @Autowired
    private DSLContext db;

    @Test
    void syncsAThousandMarksOverHttp() {
        User staff = fixture.user(Role.STAFF);
        String token = fixture.token(staff);
        String prefix = "BENCH-" + System.nanoTime() + "-";
        List<Long> registrants = db.fetch("insert into registrant (external_id, full_name, kind, area, created_at, "
                        + "updated_at) select ? || g, 'Bench Registrant ' || g, 'INDIVIDUAL', 'Bench Area', now(), now() "
                        + "from generate_series(1, ?) g returning id", prefix, MARKS)
                .getValues(0, Long.class);

        double[] sync = new double[ROUNDS];
        double[] retry = new double[ROUNDS];
        double[] put = new double[ROUNDS];
        for (int round = -WARM_UP; round < ROUNDS; round++) {
            long session = fixture.session(staff, "IN_PROGRESS", "2026-06-01");
            String batch = batch(prefix, round);
            String path = "/api/v1/sessions/" + session + "/attendance/sync";
            double first = millis(() -> expect(api.post(path, token, batch), "applied"));
            double again = millis(() -> expect(api.post(path, token, batch), "unchanged"));

            long other = fixture.session(staff, "IN_PROGRESS", "2026-06-02");
            String marks = saveAll(registrants);
            double saved = millis(() -> expect(api.put("/api/v1/sessions/" + other + "/attendance", token, marks), "saved"));
            if (round >= 0) {
                sync[round] = first;
                retry[round] = again;
                put[round] = saved;
            }
        }
        System.out.println();
        System.out.println("Offline sync benchmark: " + MARKS + " marks per batch, " + ROUNDS + " rounds after "
                + WARM_UP + " warm-up rounds, over HTTP on loopback, embedded PostgreSQL (test settings: no fsync)");
        report("POST .../attendance/sync, 1,000 new marks (all applied)", sync);
        report("the same batch again (all unchanged)", retry);
        report("PUT .../attendance, 1,000 new records (Save all)", put);
        System.out.println();
    }

    private static String batch(String prefix, int round) {
        StringBuilder json = new StringBuilder("{\"marks\": [");
        Instant captured = Instant.parse("2026-06-01T01:00:00Z");
        for (int i = 1; i <= MARKS; i++) {
            json.append(i > 1 ? "," : "").append("{\"clientMarkId\": \"r").append(round).append("-m").append(i)
                    .append("\", \"externalId\": \"").append(prefix).append(i).append("\", \"status\": \"")
                    .append(i % 5 == 0 ? "ABSENT" : "PRESENT").append("\", \"capturedAt\": \"")
                    .append(captured.plusSeconds(i)).append("\"}");
        }
        return json.append("]}").toString();
    }

    private static String saveAll(List<Long> registrants) {
        StringBuilder json = new StringBuilder("{\"marks\": [");
        for (int i = 0; i < registrants.size(); i++) {
            json.append(i > 0 ? "," : "").append("{\"registrantId\": ").append(registrants.get(i))
                    .append(", \"status\": \"PRESENT\"}");
        }
        return json.append("]}").toString();
    }

    private static void expect(HttpResponse<String> response, String countField) {
        if (response.statusCode() != 200) {
            throw new AssertionError(response.statusCode() + " " + response.body());
        }
        JsonNode body = json(response);
        if (body.path(countField).asInt() != MARKS) {
            throw new AssertionError("expected " + MARKS + " " + countField + ", got " + body.path(countField));
        }
    }

    private static double millis(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static void report(String what, double[] rounds) {
        double[] sorted = rounds.clone();
        Arrays.sort(sorted);
        Supplier<Double> p95 = () -> sorted[(int) Math.ceil(0.95 * sorted.length) - 1];
        System.out.printf("  %-58s median %7.1f ms | p95 %7.1f ms | min %7.1f ms, max %7.1f ms%n", what,
                sorted[sorted.length / 2], p95.get(), sorted[0], sorted[sorted.length - 1]);
    }
}
