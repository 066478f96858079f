package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.attendance.RegistrantQuery;
import org.sessiontracking.application.attendance.RegistrantSummary;
import org.sessiontracking.application.attendance.port.out.AttendanceRegistrants;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.domain.registrant.Registrant;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.registrant.RegistrantKind;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.sessiontracking.adapters.persistence.memory.MemoryText.lower;

/** What attendance recording reads of registrants, straight from the store's registrants table. */
final class MemoryAttendanceRegistrants implements AttendanceRegistrants {

    private static final Comparator<RegistrantSummary> BY_NAME = Comparator
            .comparing((RegistrantSummary r) -> lower(r.name())).thenComparing(RegistrantSummary::externalId);

    private final MemoryStore store;

    MemoryAttendanceRegistrants(MemoryStore store) {
        this.store = store;
    }

    @Override
    public List<RegistrantSummary> search(RegistrantQuery query, PageRequest page) {
        return store.atomically(() -> summaries(active().filter(matching(query)))
                .skip(page.offset()).limit(page.limit()).toList());
    }

    @Override
    public int count(RegistrantQuery query) {
        return store.atomically(() -> (int) active().filter(matching(query)).count());
    }

    private static Predicate<Registrant> matching(RegistrantQuery query) {
        String text = lower(query.text());
        return r -> (!query.groupsOnly() || r.kind() == RegistrantKind.GROUP)
                && (lower(r.fullName()).contains(text) || lower(r.externalId().value()).contains(text));
    }

    @Override
    public List<RegistrantSummary> membersOf(RegistrantId group) {
        return store.atomically(() -> summaries(active().filter(r -> r.groupId().equals(Optional.of(group))))
                .toList());
    }

    @Override
    public List<RegistrantSummary> inArea(String area) {
        return store.atomically(() -> summaries(active().filter(r -> r.kind() != RegistrantKind.GROUP
                && r.details().area().equalsIgnoreCase(area.strip()))).toList());
    }

    @Override
    public List<String> areas() {
        return store.atomically(() -> List.copyOf(store.registrants.all().stream().map(r -> r.details().area())
                .filter(area -> !area.isEmpty()).collect(Collectors.toCollection(TreeSet::new))));
    }

    @Override
    public Map<RegistrantId, RegistrantSummary> byIds(Collection<RegistrantId> ids) {
        Set<RegistrantId> wanted = new HashSet<>(ids);
        return store.atomically(() -> store.registrants.all().stream().filter(r -> wanted.contains(r.id()))
                .map(this::summary).collect(Collectors.toMap(RegistrantSummary::id, Function.identity())));
    }

    @Override
    public Map<String, RegistrantSummary> byExternalIds(Collection<String> externalIds) {
        Set<String> wanted = new HashSet<>(externalIds);
        return store.atomically(() -> store.registrants.all().stream()
                .filter(r -> wanted.contains(r.externalId().value()))
                .map(this::summary).collect(Collectors.toMap(RegistrantSummary::externalId, Function.identity())));
    }

    private Stream<Registrant> active() {
        return store.registrants.all().stream().filter(Registrant::active);
    }

    private Stream<RegistrantSummary> summaries(Stream<Registrant> registrants) {
        return registrants.map(this::summary).sorted(BY_NAME);
    }

    private RegistrantSummary summary(Registrant registrant) {
        String group = registrant.groupId().flatMap(store.registrants::get).map(Registrant::fullName).orElse("");
        return new RegistrantSummary(registrant.id(), registrant.externalId().value(), registrant.fullName(), group,
                registrant.details().area());
    }
}
