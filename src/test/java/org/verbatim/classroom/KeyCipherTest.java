package org.verbatim.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Sealing the answer key with the teacher's password. */
class KeyCipherTest {

    private static final byte[] KEY = "{\"explanation\":\"Instagram printed 'look to forward'\"}"
            .getBytes(StandardCharsets.UTF_8);

    private final KeyCipher cipher = new KeyCipher();

    @Test
    void theRightPasswordOpensWhatWasSealed() throws Exception {
        byte[] sealed = cipher.seal(KEY, "media-literacy".toCharArray());

        assertThat(cipher.open(sealed, "media-literacy".toCharArray())).isEqualTo(KEY);
    }

    @Test
    void aWrongPasswordGetsAClearMessage() {
        byte[] sealed = cipher.seal(KEY, "media-literacy".toCharArray());

        assertThatThrownBy(() -> cipher.open(sealed, "guess".toCharArray()))
                .isInstanceOf(KeyCipher.WrongPassword.class).hasMessageStartingWith("The password is not right.");
    }

    @Test
    void theSealedBytesHoldNoneOfTheKeysText() {
        byte[] sealed = cipher.seal(KEY, "media-literacy".toCharArray());

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Instagram", "look to forward");
    }

    @Test
    void sealingTwiceGivesDifferentBytes() {
        assertThat(cipher.seal(KEY, "p".toCharArray())).isNotEqualTo(cipher.seal(KEY, "p".toCharArray()));
    }

    @Test
    void aChangedByteIsCaughtAsAWrongPassword() {
        byte[] sealed = cipher.seal(KEY, "p".toCharArray());
        sealed[sealed.length - 3] ^= 1;

        assertThatThrownBy(() -> cipher.open(sealed, "p".toCharArray())).isInstanceOf(KeyCipher.WrongPassword.class);
    }

    @Test
    void bytesThatAreNotASealedKeyAreRefused() {
        assertThatThrownBy(() -> cipher.open("hello".getBytes(StandardCharsets.UTF_8), "p".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
