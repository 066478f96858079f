package org.sessiontracking.bootstrap.browser;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** My API tokens: create a token, see it once, use it, revoke it, and it stops working. */
class ApiTokenJourneyTest extends BrowserTest {

    @LocalServerPort
    private int port;

    private int apiStatus(String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/session-types"))
                .header("Authorization", "Bearer " + token).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void aTokenIsShownOnceWorksForTheApiAndStopsOnceRevoked() throws Exception {
        page.setViewportSize(1366, 800);
        signInAsAdministrator();
        openMenu("api-tokens");
        String name = "Field tablet " + System.nanoTime();
        fill("token-name", name);
        page.locator("#create-token").click();

        Locator shown = page.locator("#new-token-value input");
        assertThat(shown).hasValue(java.util.regex.Pattern.compile("st_[a-z2-9]{8}_[A-Za-z0-9_-]{43}"));
        String token = shown.inputValue();
        assertThat(page.locator("#new-token-dialog")).containsText("shown only this once");
        screenshot("new-token-shown-once");
        page.locator("#close-new-token").click();
        assertThat(page.locator("#new-token-dialog")).hasCount(0);

        Locator row = gridCell("tokens-grid", name);
        assertThat(row).isVisible();
        assertThat(gridCell("tokens-grid", token.substring(0, 12))).isVisible();
        assertThat(page.locator("body")).not().containsText(token.substring(12));
        assertThat(apiStatus(token)).isEqualTo(200);

        page.reload();
        waitForGrid("tokens-grid");
        assertThat(page.content()).doesNotContain(token.substring(12));
        assertThat(gridCell("tokens-grid", name)).isVisible();
        page.locator("#tokens-grid vaadin-button").filter(new Locator.FilterOptions().setHasText("Revoke")
                .setVisible(true)).first().click();
        assertThat(page.locator("vaadin-confirm-dialog-overlay, #confirm-revoke-token").first())
                .containsText("Revoke the token \"" + name + "\"?");
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Revoke token")).first().click();

        assertThat(gridCell("tokens-grid", "Revoked")).isVisible();
        screenshot("token-revoked");
        assertThat(apiStatus(token)).isEqualTo(401);
    }
}
