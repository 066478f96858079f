package org.sessiontracking.bootstrap.operations;

import org.junit.jupiter.api.Test;
import org.sessiontracking.bootstrap.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator's monitoring sees without signing in: the overall state (the database
 * included) and the name and version, and nothing about the checks themselves.
 */
class OperatorEndpointsTest extends ApplicationTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    private int port;

    @Autowired
    private PathMappedEndpoints endpoints;

    private HttpResponse<String> anonymousGet(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthSaysUpWithoutSignInAndShowsNoComponentsOrDetails() throws Exception {
        HttpResponse<String> health = anonymousGet("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
        assertThat(health.body().replace(" ", "")).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void infoGivesTheApplicationsNameAndVersionWithoutSignIn() throws Exception {
        HttpResponse<String> info = anonymousGet("/actuator/info");

        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).contains("\"build\"").contains("\"artifact\":\"bootstrap\"")
                .contains("\"version\":\"0.1.0-SNAPSHOT\"").contains("\"name\":\"Session Tracking :: Bootstrap\"");
    }

    @Test
    void onlyHealthAndInfoAreExposedAndTheRestNeedsASignIn() throws Exception {
        assertThat(endpoints.getAllRootPaths())
                .containsExactlyInAnyOrder("health", "info");
        for (String path : new String[]{"/actuator", "/actuator/env", "/actuator/health/db", "/actuator/beans",
                "/actuator/configprops", "/actuator/loggers", "/actuator/heapdump"}) {
            HttpResponse<String> response = anonymousGet(path);
            assertThat(response.statusCode()).as(path).isNotEqualTo(200);
            assertThat(response.body()).as(path).doesNotContain("postgres").doesNotContain("\"status\"");
        }
    }
}
