package org.newskg.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes article bytes. A byte-order mark (UTF-8, UTF-16) decides; so does valid UTF-8. Other
 * bytes are given to Mozilla's charset detector (juniversalchardet), which tells legacy encodings
 * apart by their byte statistics (windows-1252, ISO-8859-x, windows-1251, KOI8-R, Shift_JIS, GB18030,
 * Big5, EUC-KR ...); when it is unsure, Windows-1252, the superset of Latin-1 that most legacy
 * Western news text uses. Either way the caller is told that the charset was guessed, and how.
 * Binary data (NUL bytes, control characters) is refused.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** A charset that an HTML page declares in its first bytes, which the HTML parser then honours. */
    private static final Pattern DECLARED = Pattern.compile("<meta[^>]+charset\\s*=", Pattern.CASE_INSENSITIVE);
    private static final int HTML_HEAD = 2048;

    /**
     * A decoded text and the charset it was read as.
     *
     * @param guessed whether the charset was guessed (no byte-order mark, not UTF-8)
     * @param how     for a guessed charset, how: "detected" by the detector, or "assumed" when it was unsure
     */
    public record Decoded(String text, Charset charset, boolean guessed, String how) {
        public Decoded(String text, Charset charset, boolean guessed) {
            this(text, charset, guessed, guessed ? "assumed" : "");
        }

        /** The warning for a guessed charset: "not valid UTF-8; read as windows-1251 (detected)". */
        public String warning() {
            return "not valid UTF-8; read as " + charset.name() + " (" + how + ")";
        }
    }

    private TextDecoder() {}

    /** The decoded text, or empty when the bytes are not text. */
    public static Optional<Decoded> decode(byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            String text = new String(bytes, StandardCharsets.UTF_16);
            return looksLikeText(text) ? Optional.of(new Decoded(text, StandardCharsets.UTF_16, false)) : Optional.empty();
        }
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        Optional<String> utf8 = utf8(bytes, offset);
        if (utf8.isPresent()) {
            return looksLikeText(utf8.get()) ? Optional.of(new Decoded(utf8.get(), StandardCharsets.UTF_8, false)) : Optional.empty();
        }
        Optional<Charset> detected = detect(bytes);
        Charset charset = detected.orElse(WINDOWS_1252);
        String text = new String(bytes, charset);
        return looksLikeText(text)
                ? Optional.of(new Decoded(text, charset, true, detected.isPresent() ? "detected" : "assumed"))
                : Optional.empty();
    }

    /**
     * The charset to parse an HTML page with when the page itself does not say: empty when it has a
     * byte-order mark or a {@code <meta charset>} (the parser honours those), UTF-8 when its bytes are
     * UTF-8, else a guess as {@link #decode} makes it (with {@link Decoded#guessed()} set).
     */
    public static Optional<Decoded> htmlCharset(byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return Optional.empty();
        }
        String head = new String(bytes, 0, Math.min(bytes.length, HTML_HEAD), StandardCharsets.ISO_8859_1);
        if (DECLARED.matcher(head).find()) {
            return Optional.empty();
        }
        if (utf8(bytes, 0).isPresent()) {
            return Optional.of(new Decoded("", StandardCharsets.UTF_8, false));
        }
        Optional<Charset> detected = detect(bytes);
        return Optional.of(new Decoded("", detected.orElse(WINDOWS_1252), true, detected.isPresent() ? "detected" : "assumed"));
    }

    /** What Mozilla's detector makes of bytes that are not UTF-8; empty when it cannot tell. */
    static Optional<Charset> detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null || name.toUpperCase(Locale.ROOT).startsWith("UTF")) {
            return Optional.empty(); // not UTF-8 after all (we checked), so the detector is unsure
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return Optional.empty();
        }
    }

    private static Optional<String> utf8(byte[] bytes, int offset) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
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
