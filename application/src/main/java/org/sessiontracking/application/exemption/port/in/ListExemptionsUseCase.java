package org.sessiontracking.application.exemption.port.in;

import org.sessiontracking.application.exemption.ExemptionRow;

import java.util.List;

/** Anyone signed in sees the exemptions (the Exemptions screen); the areas registrants live in, to choose from. */
public interface ListExemptionsUseCase {

    List<ExemptionRow> list();

    List<String> areas();
}
