package org.sessiontracking.application.eligibility.port.out;

import org.sessiontracking.application.eligibility.FactRequest;
import org.sessiontracking.application.eligibility.RegistrantFacts;
import org.sessiontracking.domain.registrant.RegistrantId;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The attendance facts rules are evaluated on, computed by the store in set-based queries. */
public interface EligibilityFacts {

    /** Every active registrant, in id order, streamed in chunks: never all in memory at once. */
    void forEachRegistrant(List<FactRequest> requests, Consumer<RegistrantFacts> registrant);

    /** The first {@code limit} active registrants in id order, to try a rule on a few before saving it. */
    List<RegistrantFacts> firstRegistrants(List<FactRequest> requests, int limit);

    Optional<RegistrantFacts> factsOf(RegistrantId registrant, List<FactRequest> requests);

    /** Display names ("name (external id)") of the given registrants. */
    Map<RegistrantId, String> names(Collection<RegistrantId> registrants);
}
