package org.newskg.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes article bytes. UTF-8 (with or without a byte-order mark) is taken as it is; UTF-16
 * with a byte-order mark too. Bytes that are not valid UTF-8 are decoded as Windows-1252, the
 * superset of Latin-1 that most legacy Western news text uses, and the caller is told so.
 * Binary data (NUL bytes, control characters) is refused.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** A decoded text and the charset it was read as. */
    public record Decoded(String text, Charset charset, boolean guessed) {}

    private TextDecoder() {}

    /** The decoded text, or empty when the bytes are not text. */
    public static Optional<Decoded> decode(byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            String text = new String(bytes, StandardCharsets.UTF_16);
            return looksLikeText(text) ? Optional.of(new Decoded(text, StandardCharsets.UTF_16, false)) : Optional.empty();
        }
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return looksLikeText(text) ? Optional.of(new Decoded(text, StandardCharsets.UTF_8, false)) : Optional.empty();
        } catch (CharacterCodingException notUtf8) {
            String text = new String(bytes, WINDOWS_1252);
            return looksLikeText(text) ? Optional.of(new Decoded(text, WINDOWS_1252, true)) : Optional.empty();
        }
    }

    /** Text has no NUL and few control characters other than tab, line feed, carriage return and form feed. */
    static boolean looksLikeText(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        return controls <= text.length() / 100;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
