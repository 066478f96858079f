package org.sessiontracking.bootstrap.load;

import java.time.Duration;

/**
 * A viewer opening the Compliance page again and again: its default type (FDS) and period (this
 * year), so each visit counts, totals and lists the registrants with records this year.
 */
final class ComplianceReader {

    private final VaadinHttpClient client;
    private final String username;
    private final String password;
    private final Duration think;

    ComplianceReader(VaadinHttpClient client, String username, String password, Duration think) {
        this.client = client;
        this.username = username;
        this.password = password;
        this.think = think;
    }

    void work(LoadFigures figures, long deadline) {
        while (System.nanoTime() < deadline) {
            try {
                client.signInOnce(figures, username, password);
                figures.timed("open compliance page", () -> StaffPerson.expect(client.open("compliance"),
                        "\"value\":\"total-"));
            } catch (Exception failure) {
                // counted by the figures; the next visit tries again
            }
            try {
                Thread.sleep(think);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
