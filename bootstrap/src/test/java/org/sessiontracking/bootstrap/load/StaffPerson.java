package org.sessiontracking.bootstrap.load;

import org.sessiontracking.domain.attendance.AttendanceStatus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A facilitator on their session's Attendance page: changes a few rows' status (Present and Absent
 * in turn), presses Save all, checks the screen says they were saved, and remembers what was saved
 * for the accounting afterwards. Reopens the page now and then, as a person coming back to it does.
 */
final class StaffPerson {

    private static final int SAVES_PER_VISIT = 10;

    private final VaadinHttpClient client;
    private final String username;
    private final String password;
    private final long session;
    private final List<String> externalIds;
    private final int editsPerSave;
    private final Duration think;
    private final Random random;
    private final Map<String, AttendanceStatus> saved = new HashMap<>();
    private final Map<String, Integer> savesOf = new HashMap<>();
    /** Records whose last save failed without an answer: it may or may not have been stored. */
    private final Set<String> uncertain = new HashSet<>();

    StaffPerson(VaadinHttpClient client, String username, String password, long session, List<String> externalIds,
                int editsPerSave, Duration think) {
        this.client = client;
        this.username = username;
        this.password = password;
        this.session = session;
        this.externalIds = List.copyOf(externalIds);
        this.editsPerSave = editsPerSave;
        this.think = think;
        this.random = new Random(session);
        externalIds.forEach(id -> {
            saved.put(id, AttendanceStatus.PRESENT);
            savesOf.put(id, 0);
        });
    }

    long session() {
        return session;
    }

    int registrants() {
        return externalIds.size();
    }

    AttendanceStatus savedStatus(String externalId) {
        return saved.get(externalId);
    }

    int savesOf(String externalId) {
        return savesOf.get(externalId);
    }

    boolean uncertain(String externalId) {
        return uncertain.contains(externalId);
    }

    void work(LoadFigures figures, long deadline) {
        while (System.nanoTime() < deadline) {
            try {
                client.signInOnce(figures, username, password);
                figures.timed("open attendance page", () -> expect(client.open("sessions/" + session + "/attendance"),
                        "\"value\":\"save-attendance\""));
                for (int visit = 0; visit < SAVES_PER_VISIT && System.nanoTime() < deadline; visit++) {
                    editAndSave(figures);
                }
            } catch (Exception failure) {
                pause();
            }
        }
    }

    private void editAndSave(LoadFigures figures) throws Exception {
        List<String> candidates = new ArrayList<>(externalIds);
        candidates.removeAll(uncertain);
        Collections.shuffle(candidates, random);
        Map<String, AttendanceStatus> pending = new LinkedHashMap<>();
        for (String externalId : candidates.subList(0, Math.min(editsPerSave, candidates.size()))) {
            AttendanceStatus next = saved.get(externalId) == AttendanceStatus.PRESENT ? AttendanceStatus.ABSENT
                    : AttendanceStatus.PRESENT;
            pending.put(externalId, next);
            int changes = pending.size();
            figures.timed("mark a row", () -> expect(client.changeValue("status-" + externalId, key(next)),
                    changes + (changes == 1 ? " unsaved change\"" : " unsaved changes\"")));
            pause();
        }
        int changes = pending.size();
        try {
            figures.timed("save", () -> expect(client.click("save-attendance"),
                    "\"value\":\"Saved " + changes + (changes == 1 ? " change\"" : " changes\"")));
        } catch (LoadFailure refused) {
            throw refused;
        } catch (Exception noAnswer) {
            uncertain.addAll(pending.keySet());
            throw noAnswer;
        }
        pending.forEach((externalId, status) -> {
            saved.put(externalId, status);
            savesOf.merge(externalId, 1, Integer::sum);
        });
        figures.saved(changes);
        pause();
    }

    /** The radio group's item key: Vaadin numbers the items 1, 2, 3 in the order they were set (the enum's). */
    private static String key(AttendanceStatus status) {
        return Integer.toString(status.ordinal() + 1);
    }

    static String expect(String answer, String shown) {
        if (!answer.contains(shown)) {
            throw new LoadFailure("expected " + shown + " on screen, got: " + VaadinHttpClient.texts(answer));
        }
        return answer;
    }

    private void pause() {
        try {
            Thread.sleep(think);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
