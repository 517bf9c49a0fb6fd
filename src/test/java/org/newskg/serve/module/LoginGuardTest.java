package org.newskg.serve.module;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class LoginGuardTest {
    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void basicCredentialsMustBeBase64OfUserColonPassword() {
        assertTrue(LoginGuard.wellFormed("Basic " + b64("editor:secret")));
        assertTrue(LoginGuard.wellFormed("basic   " + b64("editor:")));
        assertFalse(LoginGuard.wellFormed("Basic"));
        assertFalse(LoginGuard.wellFormed("Basic !!!"));
        assertFalse(LoginGuard.wellFormed("Basic " + b64("no colon")));
    }

    @Test
    void otherSchemesAreLeftToJetty() {
        assertTrue(LoginGuard.wellFormed("Bearer abc"));
        assertTrue(LoginGuard.wellFormed("Digest username=\"x\""));
    }
}
