package org.verbatim.classroom;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.spec.KeySpec;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals an answer key with a password, with the JDK's own cryptography: a 256-bit key derived by
 * PBKDF2-HMAC-SHA256 (a random 16-byte salt, {@value #ITERATIONS} iterations), then AES-GCM with a random
 * 12-byte nonce and a 128-bit tag, which also detects any change to the sealed bytes.
 *
 * <p>The sealed form carries what opening it needs: {@code "VBK1"}, the iteration count, the salt, the
 * nonce, then the ciphertext with its tag.
 */
public final class KeyCipher {

    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 210_000;

    private static final byte[] MAGIC = {'V', 'B', 'K', '1'};
    private static final int SALT = 16;
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();

    /** The password was not the one the key was sealed with (or the sealed bytes were changed). */
    public static final class WrongPassword extends Exception {
        private static final long serialVersionUID = 1L;

        WrongPassword() {
            super("The password is not right.");
        }
    }

    /** Seals {@code plain} with {@code password}. */
    public byte[] seal(byte[] plain, char[] password) {
        byte[] salt = new byte[SALT];
        byte[] nonce = new byte[NONCE];
        random.nextBytes(salt);
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(password, salt, ITERATIONS), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(MAGIC);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(MAGIC.length + 4 + SALT + NONCE + sealed.length)
                    .put(MAGIC).putInt(ITERATIONS).put(salt).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java lacks AES-GCM or PBKDF2", e);
        }
    }

    /**
     * Opens what {@link #seal} made.
     *
     * @throws WrongPassword when the password is not the one it was sealed with
     * @throws IllegalArgumentException when {@code sealed} is not a sealed key at all
     */
    public byte[] open(byte[] sealed, char[] password) throws WrongPassword {
        ByteBuffer in = ByteBuffer.wrap(sealed);
        byte[] magic = new byte[MAGIC.length];
        if (sealed.length < MAGIC.length + 4 + SALT + NONCE + TAG_BITS / 8) {
            throw new IllegalArgumentException("not a sealed answer key");
        }
        in.get(magic);
        if (!java.util.Arrays.equals(magic, MAGIC)) {
            throw new IllegalArgumentException("not a sealed answer key");
        }
        int iterations = in.getInt();
        if (iterations < 10_000 || iterations > 10_000_000) {
            throw new IllegalArgumentException("not a sealed answer key");
        }
        byte[] salt = new byte[SALT];
        byte[] nonce = new byte[NONCE];
        in.get(salt).get(nonce);
        byte[] body = new byte[in.remaining()];
        in.get(body);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(password, salt, iterations), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(MAGIC);
            return cipher.doFinal(body);
        } catch (AEADBadTagException e) {
            throw new WrongPassword();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java lacks AES-GCM or PBKDF2", e);
        }
    }

    private static SecretKeySpec key(char[] password, byte[] salt, int iterations) throws GeneralSecurityException {
        KeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        byte[] raw = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        return new SecretKeySpec(raw, "AES");
    }
}
