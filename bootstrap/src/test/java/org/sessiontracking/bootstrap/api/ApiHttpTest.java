package org.sessiontracking.bootstrap.api;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.sessiontracking.application.apitoken.port.out.ApiTokenRepository;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.bootstrap.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;

/** The whole application, called over HTTP through its REST API with tokens the fixture stores. */
abstract class ApiHttpTest extends ApplicationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    protected int port;
    @Autowired
    private DSLContext db;
    @Autowired
    private UserRepository users;
    @Autowired
    private ApiTokenRepository tokens;

    protected ApiFixture fixture;
    protected ApiClient api;

    @BeforeEach
    void setUpApi() {
        fixture = new ApiFixture(db, users, tokens);
        api = new ApiClient(port);
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
