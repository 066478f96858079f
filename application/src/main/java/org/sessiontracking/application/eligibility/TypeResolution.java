package org.sessiontracking.application.eligibility;

import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.util.Optional;

/**
 * Which session type a name or code written in a rule stands for, so the editor can say it.
 *
 * @param asWritten the text inside the call's quotes, trimmed
 * @param byCode    whether it matched the type's code rather than its name
 */
public record TypeResolution(String asWritten, SessionTypeId type, String typeName, Optional<String> typeCode,
                             boolean byCode) {
}
