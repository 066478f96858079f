package org.sessiontracking.domain.graduation;

import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.common.Text;
import org.sessiontracking.domain.common.Version;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A way out of a programme ("Skills Training graduation", "4Ps exit"): its criteria, each with a weight
 * and a required flag. An inactive pathway keeps its graduations but takes no new ones.
 */
public final class GraduationPathway {

    public static final int MAX_NAME_LENGTH = 120;
    public static final int MAX_DESCRIPTION_LENGTH = 1000;
    public static final int MAX_CRITERIA = 20;

    private final GraduationPathwayId id;
    private String name;
    private String description;
    private boolean active;
    private List<Criterion> criteria;
    private final Version version;

    private GraduationPathway(GraduationPathwayId id, String name, String description, boolean active,
                              List<Criterion> criteria, Version version) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = name;
        this.description = description;
        this.active = active;
        this.criteria = criteria;
        this.version = Objects.requireNonNull(version, "version");
    }

    public static GraduationPathway create(GraduationPathwayId id, String name, String description, boolean active,
                                           List<Criterion> criteria) {
        GraduationPathway pathway = new GraduationPathway(id, "", "", active, List.of(), Version.NEW);
        pathway.edit(name, description, active, criteria);
        return pathway;
    }

    public static GraduationPathway reconstitute(GraduationPathwayId id, String name, String description,
                                                 boolean active, List<Criterion> criteria, Version version) {
        return new GraduationPathway(id, name, description, active, List.copyOf(criteria), version);
    }

    /** A pathway needs a name and at least one criterion, with unique names (ignoring case). */
    public void edit(String name, String description, boolean active, List<Criterion> criteria) {
        String checkedName = Text.required("name", "The pathway's name", name, MAX_NAME_LENGTH);
        String checkedDescription = Text.optional("description", "The description", description,
                MAX_DESCRIPTION_LENGTH);
        if (criteria == null || criteria.isEmpty()) {
            throw new InvalidValueException("criteria", "A pathway needs at least one criterion");
        }
        if (criteria.size() > MAX_CRITERIA) {
            throw new InvalidValueException("criteria",
                    "A pathway has at most " + MAX_CRITERIA + " criteria, got " + criteria.size());
        }
        Set<String> labels = new HashSet<>();
        Set<CriterionId> ids = new HashSet<>();
        for (Criterion criterion : criteria) {
            if (!labels.add(criterion.label().toLowerCase(Locale.ROOT))) {
                throw new InvalidValueException("criteria", "Two criteria are named '" + criterion.label() + "'");
            }
            if (!ids.add(criterion.id())) {
                throw new IllegalArgumentException("criterion " + criterion.id().value() + " appears twice");
            }
        }
        this.name = checkedName;
        this.description = checkedDescription;
        this.active = active;
        this.criteria = List.copyOf(criteria);
    }

    public GraduationPathwayId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public boolean active() {
        return active;
    }

    public List<Criterion> criteria() {
        return criteria;
    }

    public Version version() {
        return version;
    }
}
