package org.sessiontracking.application.sessiontype.port.out;

import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.sessiontype.SessionTypeFilter;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.sessiontype.TopicId;

import java.util.List;
import java.util.Optional;

/** Stores session types with their topics. */
public interface SessionTypeRepository {

    SessionTypeId nextId();

    TopicId nextTopicId();

    Optional<SessionType> findById(SessionTypeId id);

    /** The type with this name, ignoring case. */
    Optional<SessionType> findByName(String name);

    /** The type with this short code, ignoring case. */
    Optional<SessionType> findByCode(String code);

    /** Stores a new type; a taken name or code gives a {@code DuplicateException}. */
    void add(SessionType type);

    /**
     * Stores the changed type if the stored version is still {@code type.version()}, and increments
     * the stored version; otherwise throws {@code ConcurrentModificationException}.
     */
    void update(SessionType type);

    /** A page of types; sort properties are those of {@link SessionTypeFilter.SortProperty}. */
    List<SessionType> list(SessionTypeFilter filter, PageRequest page);

    int count(SessionTypeFilter filter);
}
