package org.sessiontracking.bootstrap.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The REST API's OpenAPI 3 document ({@code /v3/api-docs}) and Swagger UI ({@code /swagger-ui.html}),
 * both open without sign-in: the description is no secret, and every call it describes needs an API
 * token (Swagger UI's Authorize button takes one).
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static final String BEARER = "apiToken";

    @Bean
    OpenAPI sessionTrackingApi() {
        return new OpenAPI()
                .info(new Info().title("Session Tracking REST API").version("v1").description("""
                        The use cases of the screens, for field apps and scripts. Sign in with a personal API token \
                        (created in the application under My API tokens): `Authorization: Bearer st_...`. A call acts \
                        as the token's user with their role, with the same checks as the screens. Errors are RFC 9457 \
                        problem details (`application/problem+json`), with `field` naming the refused input. Lists \
                        page with `offset` and `limit` (at most 1000) and answer `total`."""))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("st_<prefix>_<secret>")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
