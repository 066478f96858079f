package org.sessiontracking.application.apitoken;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * A token as handed out once: {@code st_<prefix>_<secret>}, 256 random bits of secret after an 8-character
 * public prefix. Only its SHA-256 is stored: with that much entropy a slow password hash adds nothing,
 * and a fast one lets every API call be checked by one indexed look-up.
 *
 * @param plainText the whole token, shown to its owner once
 * @param prefix    the public part, shown in the list of tokens
 * @param hash      what is stored
 */
public record TokenSecret(String plainText, String prefix, String hash) {

    public static final String MARKER = "st_";
    private static final int PREFIX_LENGTH = 8;
    private static final int SECRET_BYTES = 32;
    private static final String PREFIX_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    /** Longer than any token handed out; a longer header is refused before it is hashed. */
    public static final int MAX_LENGTH = 100;

    public TokenSecret {
        Objects.requireNonNull(plainText, "plainText");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(hash, "hash");
    }

    public static TokenSecret generate(SecureRandom random) {
        StringBuilder prefix = new StringBuilder(PREFIX_LENGTH);
        for (int i = 0; i < PREFIX_LENGTH; i++) {
            prefix.append(PREFIX_ALPHABET.charAt(random.nextInt(PREFIX_ALPHABET.length())));
        }
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        String plain = MARKER + prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new TokenSecret(plain, prefix.toString(), hashOf(plain));
    }

    /** Whether the text is shaped like a token at all (checked before any look-up). */
    public static boolean looksLikeAToken(String text) {
        return text != null && text.length() <= MAX_LENGTH && text.startsWith(MARKER)
                && text.length() > MARKER.length() + PREFIX_LENGTH + 1
                && text.charAt(MARKER.length() + PREFIX_LENGTH) == '_';
    }

    /** The stored form of a token: the lower-case hex SHA-256 of its UTF-8 bytes. */
    public static String hashOf(String plainText) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(plainText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
