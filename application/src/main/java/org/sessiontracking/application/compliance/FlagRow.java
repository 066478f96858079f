package org.sessiontracking.application.compliance;

import org.sessiontracking.domain.compliance.ComplianceFlag;

/** A flag with the names the flags list shows. */
public record FlagRow(ComplianceFlag flag, String registrantName, String registrantExternalId, String typeName,
                      String raisedByName, String resolvedByName) {
}
