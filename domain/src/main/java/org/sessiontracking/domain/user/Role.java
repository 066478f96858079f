package org.sessiontracking.domain.user;

import java.util.EnumSet;
import java.util.Set;

import static org.sessiontracking.domain.user.Permission.*;

/** The four roles of product.md, "People and what they may do". */
public enum Role {
    ADMINISTRATOR("Administrator", EnumSet.allOf(Permission.class)),
    MANAGER("Manager", EnumSet.of(READ, CREATE_SESSIONS, EDIT_OWN_SESSIONS, EDIT_ALL_SESSIONS,
            IMPORT_REGISTRANTS, FLAG_FOLLOW_UP, WORK_OWN_CASES, WORK_ALL_CASES, VERIFY_PERIODS, MANAGE_EXEMPTIONS,
            MANAGE_ENROLMENTS,            CONFIGURE_GRADUATION, ASSESS_GRADUATION_CRITERIA, GRADUATE)),
    STAFF("Staff", EnumSet.of(READ, CREATE_SESSIONS, EDIT_OWN_SESSIONS, FLAG_FOLLOW_UP, WORK_OWN_CASES,
            ASSESS_GRADUATION_CRITERIA)),
    VIEWER("Viewer", EnumSet.of(READ));

    private final String label;
    private final Set<Permission> permissions;

    Role(String label, Set<Permission> permissions) {
        this.label = label;
        this.permissions = permissions;
    }

    public String label() {
        return label;
    }

    public boolean allows(Permission permission) {
        return permissions.contains(permission);
    }

    /** Whether this role works cases at all: its own ones, or every one. */
    public boolean worksCases() {
        return allows(Permission.WORK_OWN_CASES) || allows(Permission.WORK_ALL_CASES);
    }
}
