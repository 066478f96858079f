package org.sessiontracking.application.attendance;

import org.sessiontracking.application.attendance.port.out.AttendanceRegistrants;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.domain.registrant.RegistrantId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Registrants for attendance tests: kept honest by {@link AttendanceRegistrantsContract}. */
public final class InMemoryAttendanceRegistrants implements AttendanceRegistrants {

    private record Entry(RegistrantSummary summary, boolean group, Optional<RegistrantId> memberOf, boolean active) {
    }

    private static final Comparator<RegistrantSummary> BY_NAME = Comparator
            .comparing((RegistrantSummary r) -> r.name().toLowerCase(Locale.ROOT))
            .thenComparing(RegistrantSummary::externalId);

    private final Map<RegistrantId, Entry> entries = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong(5000);

    public RegistrantSummary addGroup(String externalId, String name, String area) {
        return add(externalId, name, null, area, true, true);
    }

    public RegistrantSummary addIndividual(String externalId, String name, RegistrantSummary group, String area) {
        return add(externalId, name, group, area, false, true);
    }

    public RegistrantSummary addInactive(String externalId, String name, String area) {
        return add(externalId, name, null, area, false, false);
    }

    private RegistrantSummary add(String externalId, String name, RegistrantSummary group, String area,
                                  boolean isGroup, boolean active) {
        RegistrantSummary summary = new RegistrantSummary(new RegistrantId(ids.incrementAndGet()), externalId, name,
                group == null ? "" : group.name(), area);
        entries.put(summary.id(), new Entry(summary, isGroup, Optional.ofNullable(group).map(RegistrantSummary::id),
                active));
        return summary;
    }

    private Stream<Entry> active() {
        return entries.values().stream().filter(Entry::active);
    }

    @Override
    public List<RegistrantSummary> search(RegistrantQuery query, PageRequest page) {
        return matching(query).skip(page.offset()).limit(page.limit()).toList();
    }

    @Override
    public int count(RegistrantQuery query) {
        return (int) matching(query).count();
    }

    private Stream<RegistrantSummary> matching(RegistrantQuery query) {
        String text = query.text().toLowerCase(Locale.ROOT);
        return active()
                .filter(entry -> !query.groupsOnly() || entry.group())
                .map(Entry::summary)
                .filter(r -> r.name().toLowerCase(Locale.ROOT).contains(text)
                        || r.externalId().toLowerCase(Locale.ROOT).contains(text))
                .sorted(BY_NAME);
    }

    @Override
    public List<RegistrantSummary> membersOf(RegistrantId group) {
        return active().filter(entry -> entry.memberOf().equals(Optional.of(group)))
                .map(Entry::summary).sorted(BY_NAME).toList();
    }

    @Override
    public List<RegistrantSummary> inArea(String area) {
        return active().filter(entry -> !entry.group() && entry.summary().area().equalsIgnoreCase(area.strip()))
                .map(Entry::summary).sorted(BY_NAME).toList();
    }

    @Override
    public List<String> areas() {
        return entries.values().stream().map(entry -> entry.summary().area()).filter(area -> !area.isEmpty())
                .distinct().sorted().toList();
    }

    @Override
    public Map<RegistrantId, RegistrantSummary> byIds(Collection<RegistrantId> ids) {
        Set<RegistrantId> wanted = new HashSet<>(ids);
        return entries.values().stream().map(Entry::summary).filter(r -> wanted.contains(r.id()))
                .collect(Collectors.toMap(RegistrantSummary::id, Function.identity()));
    }

    @Override
    public Map<String, RegistrantSummary> byExternalIds(Collection<String> externalIds) {
        Set<String> wanted = new HashSet<>(externalIds);
        return entries.values().stream().map(Entry::summary).filter(r -> wanted.contains(r.externalId()))
                .collect(Collectors.toMap(RegistrantSummary::externalId, Function.identity()));
    }

    public List<RegistrantSummary> all() {
        return new ArrayList<>(entries.values().stream().map(Entry::summary).toList());
    }
}
