package org.sessiontracking.bootstrap.api;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document and Swagger UI are open without sign-in and describe every endpoint with its token. */
class ApiDocumentationHttpTest extends ApiHttpTest {

    @Test
    void theOpenApiDocumentDescribesTheEndpointsAndTheirBearerToken() {
        HttpResponse<String> response = api.get("/v3/api-docs", null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode document = json(response);
        assertThat(document.path("openapi").asString()).startsWith("3.");
        assertThat(document.path("paths").propertyNames()).contains("/api/v1/sessions", "/api/v1/sessions/{id}",
                "/api/v1/sessions/{id}/start", "/api/v1/sessions/{sessionId}/attendance",
                "/api/v1/session-types", "/api/v1/registrants", "/api/v1/registrants/{id}/compliance",
                "/api/v1/eligibility-rules/{ruleId}/registrants/{registrantId}")
                .noneMatch(path -> !path.startsWith("/api/"));
        assertThat(document.path("components").path("securitySchemes").path("apiToken").path("scheme").asString())
                .isEqualTo("bearer");
    }

    @Test
    void swaggerUiOpensWithoutSignIn() {
        ApiClient client = api;
        HttpResponse<String> redirect = client.get("/swagger-ui.html", null);
        assertThat(redirect.statusCode()).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/swagger-ui/index.html");

        HttpResponse<String> page = client.get(location.replaceFirst("^https?://[^/]+", ""), null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
    }
}
