package org.sessiontracking.adapters.web.api;

import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.sessiontype.SessionTypeFilter;
import org.sessiontracking.application.sessiontype.port.in.ListSessionTypesUseCase;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.sessiontype.Topic;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;

/** Session types and their topics, read only (configuring them stays on the screens). */
@RestController
@RequestMapping("/api/v1/session-types")
public class SessionTypesApi {

    private final ListSessionTypesUseCase types;

    public SessionTypesApi(ListSessionTypesUseCase types) {
        this.types = types;
    }

    public record TopicJson(long id, String name, boolean active) {
        static TopicJson of(Topic topic) {
            return new TopicJson(topic.id().value(), topic.name(), topic.active());
        }
    }

    /**
     * @param absenceWarning how many absences in a row the compliance screen's early warning lists
     * @param topics         in their order, retired ones included (marked inactive)
     */
    public record SessionTypeJson(long id, String name, String code, String description, String frequency,
                                  BigDecimal durationHours, int requiredAttendancePercent, String excusedPolicy,
                                  int absenceWarning, boolean topicTracking, boolean active, int version, List<TopicJson> topics) {
        static SessionTypeJson of(SessionType type) {
            var details = type.details();
            return new SessionTypeJson(type.id().value(), type.name(), details.code().orElse(null),
                    details.description(), details.frequency().name(), details.durationHours(),
                    details.requiredAttendance(), details.excusedPolicy().name(), details.absenceWarning(),
                    type.topicTracking(), type.active(),
                    type.version().value(), type.topics().stream().map(TopicJson::of).toList());
        }
    }

    @GetMapping
    public ApiPage<SessionTypeJson> list(@RequestParam(required = false) String q,
                                         @RequestParam(defaultValue = "false") boolean includeRetired,
                                         @RequestParam(required = false) Integer offset,
                                         @RequestParam(required = false) Integer limit,
                                         @RequestParam(required = false) List<String> sort) {
        Paging paging = Paging.of(offset, limit, sort, SessionTypeFilter.SortProperty.class);
        SessionTypeFilter filter = new SessionTypeFilter(q, includeRetired);
        return ApiPage.of(types.list(filter, paging.request()).stream().map(SessionTypeJson::of).toList(), paging,
                types.count(filter));
    }

    @GetMapping("/{id}")
    public SessionTypeJson get(@PathVariable long id) {
        return SessionTypeJson.of(load(id));
    }

    @GetMapping("/{id}/topics")
    public List<TopicJson> topics(@PathVariable long id) {
        return load(id).topics().stream().map(TopicJson::of).toList();
    }

    private SessionType load(long id) {
        return types.get(new SessionTypeId(id))
                .orElseThrow(() -> new NotFoundException("Session type " + id + " does not exist"));
    }
}
