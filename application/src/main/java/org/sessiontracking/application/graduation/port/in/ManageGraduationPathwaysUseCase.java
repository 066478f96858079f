package org.sessiontracking.application.graduation.port.in;

import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.graduation.CriterionId;
import org.sessiontracking.domain.graduation.CriterionKind;
import org.sessiontracking.domain.graduation.GraduationPathway;
import org.sessiontracking.domain.graduation.GraduationPathwayId;

import java.util.List;
import java.util.Optional;

/** Administrators and managers configure graduation pathways; anyone who may read lists them. */
public interface ManageGraduationPathwaysUseCase {

    List<GraduationPathway> list();

    Optional<GraduationPathway> get(GraduationPathwayId id);

    /** Creates (no id) or updates a pathway; the criteria's types and rules must exist. */
    GraduationPathwayId save(SaveCommand command);

    /** @param id empty for a new criterion */
    record CriterionDraft(Optional<CriterionId> id, String label, CriterionKind kind, int weight, boolean required) {
        public CriterionDraft {
            id = id == null ? Optional.empty() : id;
            if (kind == null) {
                throw new InvalidValueException("kind", "Choose what the criterion '" + label + "' is judged on");
            }
        }
    }

    /** @param id and version empty for a new pathway */
    record SaveCommand(Optional<GraduationPathwayId> id, Optional<Version> version, String name, String description,
                       boolean active, List<CriterionDraft> criteria) {
        public SaveCommand {
            id = id == null ? Optional.empty() : id;
            version = version == null ? Optional.empty() : version;
            if (id.isPresent() != version.isPresent()) {
                throw new IllegalArgumentException("an existing pathway is saved with its version");
            }
            criteria = criteria == null ? List.of() : List.copyOf(criteria);
        }
    }
}
