package org.newskg.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The language an article is written in, by Apache OpenNLP's language detector and its model of
 * 103 languages (the {@code opennlp-models-langdetect} artifact, loaded once, about 10 MB). A text
 * too short to tell, or one where the best language is not clearly ahead of the next, is
 * {@link #UNDETERMINED}: the pipeline treats it as English, so short English texts keep their
 * annotation and only a clearly foreign text is kept from the English models.
 */
public final class Languages {
    /** ISO 639-2 code for "undetermined". */
    public static final String UNDETERMINED = "und";
    public static final String ENGLISH = "en";

    /** Letters needed before a language is named. */
    static final int MIN_LETTERS = 40;
    /** How far the best language's score must be ahead of the second's. */
    static final double MIN_LEAD = 1.5;
    /** Enough text to tell; longer texts are cut here (the detector's cost grows with length). */
    private static final int MAX_CHARS = 3000;

    private static final Map<String, String> TWO_LETTER = twoLetterCodes();

    private Languages() {}

    /** The ISO 639-1 code of the text's language ("en", "de"), a 639-3 code where none exists, or "und". */
    public static String detect(String text) {
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return UNDETERMINED;
        }
        Language[] ranked = Model.DETECTOR.get().predictLanguages(sample);
        if (ranked.length == 0 || (ranked.length > 1 && ranked[0].getConfidence() < MIN_LEAD * ranked[1].getConfidence())) {
            return UNDETERMINED;
        }
        String code = ranked[0].getLang();
        return TWO_LETTER.getOrDefault(code, code);
    }

    /** The English models apply: English, or not known to be anything else. */
    public static boolean isEnglishOrUndetermined(String code) {
        return ENGLISH.equals(code) || UNDETERMINED.equals(code);
    }

    /** 639-3 to 639-1 as Java knows it, plus the model's macrolanguage members that Java names apart. */
    private static Map<String, String> twoLetterCodes() {
        Map<String, String> map = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            map.put(new Locale(two).getISO3Language(), two);
        }
        map.put("cmn", "zh");
        map.put("pes", "fa");
        map.put("zlm", "ms");
        map.put("ekk", "et");
        map.put("lvs", "lv");
        return map;
    }

    /** The model, loaded on first use; one detector per thread over the shared, read-only model. */
    private static final class Model {
        private static final LanguageDetectorModel MODEL = load();
        static final ThreadLocal<LanguageDetectorME> DETECTOR = ThreadLocal.withInitial(() -> new LanguageDetectorME(MODEL));

        private static LanguageDetectorModel load() {
            try (InputStream in = Languages.class.getResourceAsStream("/langdetect-183.bin")) {
                if (in == null) {
                    throw new IllegalStateException("language model langdetect-183.bin not on the classpath");
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the language model", e);
            }
        }
    }
}
