package org.sessiontracking.bootstrap.wiring;

import org.junit.jupiter.api.Test;
import org.sessiontracking.adapters.persistence.memory.MemoryPersistence;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.Username;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A use case on the in-memory adapter is one transaction, as on PostgreSQL: all its writes or none. */
class MemoryTransactionManagerTest {

    /** A stand-in in-port: adds users, then fails when told to. */
    interface AddUsersUseCase {
        void add(boolean failAfterwards, String... usernames);
    }

    private final MemoryPersistence memory = new MemoryPersistence();
    private final AddUsersUseCase useCase = new UseCaseTransactions(new MemoryTransactionManager(memory.store()))
            .transactional(AddUsersUseCase.class, (failAfterwards, usernames) -> {
                for (String username : usernames) {
                    memory.users().add(User.create(memory.users().nextId(), new Username(username), username, "x",
                            Role.STAFF));
                }
                if (failAfterwards) {
                    throw new DomainException("Refused after the writes");
                }
            });

    @Test
    void aUseCaseThatFailsAfterItsWritesLeavesNothingStored() {
        assertThatThrownBy(() -> useCase.add(true, "maria", "jose")).hasMessage("Refused after the writes");

        assertThat(memory.users().isEmpty()).isTrue();
    }

    @Test
    void aUseCaseThatSucceedsKeepsAllItsWrites() {
        useCase.add(false, "maria", "jose");

        assertThat(memory.users().listAll()).extracting(User::displayName).containsExactly("jose", "maria");
    }
}
