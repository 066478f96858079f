package org.sessiontracking.application.user.usecase;

import org.sessiontracking.application.user.port.in.CreateInitialAdministratorUseCase;
import org.sessiontracking.application.user.port.out.PasswordHasher;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.Username;

import java.security.SecureRandom;
import java.util.Optional;

public final class CreateInitialAdministrator implements CreateInitialAdministratorUseCase {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 16;

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final SecureRandom random = new SecureRandom();

    public CreateInitialAdministrator(UserRepository users, PasswordHasher hasher) {
        this.users = users;
        this.hasher = hasher;
    }

    @Override
    public Result createIfNoUsers(String username, Optional<String> password) {
        if (!users.isEmpty()) {
            return new Result.UsersAlreadyExist();
        }
        Optional<String> configured = password.filter(value -> !value.isBlank());
        String plain = configured.orElseGet(this::generate);
        User.checkPasswordStrength(plain);
        User admin = User.create(users.nextId(), new Username(username), "Administrator", hasher.hash(plain),
                Role.ADMINISTRATOR);
        users.add(admin);
        return new Result.Created(admin.username().value(), configured.isPresent() ? Optional.empty() : Optional.of(plain));
    }

    private String generate() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
