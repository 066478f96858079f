package org.sessiontracking.domain.session;

import org.junit.jupiter.api.Test;
import org.sessiontracking.domain.sessiontype.Frequency;
import org.sessiontracking.domain.sessiontype.SessionType;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sessiontracking.domain.session.SessionPlanBuilder.aSessionPlan;
import static org.sessiontracking.domain.sessiontype.SessionTypeBuilder.aSessionType;

class NextSessionTest {

    @Test
    void theNextModuleOfAOneTimeTypeHasTheNextTopicAndNoDate() {
        SessionType skills = aSessionType().name("Skills Training").code(null).frequency(Frequency.ONE_TIME)
                .topics("Module 1", "Module 2", "Module 3").build();
        Session second = Session.create(new SessionId(1), skills,
                aSessionPlan().topic(skills.topics().get(1).id()).build());
        NextSession next = NextSession.after(second, skills);
        assertThat(next.topic()).contains(skills.topics().get(2).id());
        assertThat(next.date()).isEmpty();
    }

    @Test
    void theNextSessionOfARecurringTypeIsOnItsNextDate() {
        SessionType fds = aSessionType().topics("Nutrition", "Health").build();
        Session january = Session.create(new SessionId(1), fds, aSessionPlan().date(LocalDate.of(2027, 1, 31))
                .topic(fds.topics().get(1).id()).build());
        assertThat(NextSession.after(january, fds))
                .isEqualTo(new NextSession(Optional.of(LocalDate.of(2027, 2, 28)), Optional.of(fds.topics().get(0).id())));

        SessionType meeting = aSessionType().id(2).frequency(Frequency.BI_WEEKLY).withoutTopicTracking().build();
        Session monday = Session.create(new SessionId(2), meeting, aSessionPlan().date(LocalDate.of(2026, 3, 2)).build());
        assertThat(NextSession.after(monday, meeting))
                .isEqualTo(new NextSession(Optional.of(LocalDate.of(2026, 3, 16)), Optional.empty()));
    }
}
