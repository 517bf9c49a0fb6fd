package org.newskg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The word lists of the entity rules, read once from the resource files beside this class:
 * {@code person-words.tsv} (titles and pronouns with the gender they give), {@code credit-words.txt},
 * {@code outlet-nouns.txt}, {@code relation-nouns.txt}, {@code english-function-words.txt}. Immutable and thread-safe.
 */
final class EntityLexicon {
    /** The gender an article gives a person: by a title ("Mrs"), a pronoun ("he"), or none known. */
    enum Gender { MALE, FEMALE, UNKNOWN }

    private static final Map<String, Gender> TITLES = new HashMap<>();
    private static final Map<String, Gender> PRONOUNS = new HashMap<>();
    static final Set<String> CREDIT_WORDS = Set.copyOf(lines("credit-words.txt"));
    static final Set<String> OUTLET_NOUNS = Set.copyOf(lines("outlet-nouns.txt"));
    static final Set<String> RELATION_NOUNS = Set.copyOf(lines("relation-nouns.txt"));
    static final Set<String> ENGLISH_FUNCTION_WORDS = Set.copyOf(lines("english-function-words.txt"));

    static {
        for (String line : lines("person-words.tsv")) {
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IllegalStateException("person-words.tsv: not 3 columns: " + line);
            }
            Gender g = switch (f[2]) {
                case "m" -> Gender.MALE;
                case "f" -> Gender.FEMALE;
                default -> Gender.UNKNOWN;
            };
            (f[1].equals("title") ? TITLES : PRONOUNS).put(f[0], g);
        }
    }

    private EntityLexicon() {}

    /** The gender a courtesy or professional title gives ("Mrs", "Dr."), if the word is one. */
    static Optional<Gender> title(String word) {
        return Optional.ofNullable(TITLES.get(bare(word)));
    }

    /** The gender a third-person pronoun gives ("she", "His"), if the word is one. */
    static Optional<Gender> pronoun(String word) {
        return Optional.ofNullable(PRONOUNS.get(bare(word)));
    }

    private static String bare(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    /** The non-blank, non-comment lines of a resource beside this class. */
    static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = EntityLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return out;
    }
}
