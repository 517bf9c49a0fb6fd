package org.newskg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The extraction rules that are data: word lists and tables in {@code org/newskg/extract/*.tsv}
 * (one entry per line, tab-separated columns, {@code #} comments). {@link #hash()} fingerprints
 * them all, so that stored articles are extracted again when a rule file changes.
 */
public final class RuleFiles {
    /** Every rule file, in a fixed order: what {@link #hash()} covers. */
    static final List<String> ALL = List.of("countries.tsv", "person-titles.tsv", "cue-verbs.tsv", "person-nouns.tsv",
            "organization-nouns.tsv", "venue-nouns.tsv", "cue-adverbs.tsv", "finding-nouns.tsv",
            "naming-verbs.tsv", "object-cues.tsv", "event-nouns.tsv", "event-verbs.tsv", "event-role-verbs.tsv",
            "statement-limits.tsv", "statement-tokens.tsv",
            "event-future-cues.tsv", "signed-things.tsv", "event-cues.tsv", "content-openers.tsv",
            "statement-words.tsv", "epithet-words.tsv", "place-name-words.tsv", "affiliation-prefixes.tsv", "name-heads.tsv",
            "person-words.tsv", "credit-words.txt", "outlet-nouns.txt", "relation-nouns.txt", "english-function-words.txt",
            "other-function-words.txt", "organization-evidence.tsv", "country-forms.tsv",
            "organization-branch-words.tsv", "name-edge-words.tsv", "coordinated-name-heads.tsv", "country-capitals.tsv",
            "statement-date-clauses.tsv", "outlet-context.tsv", "work-title-evidence.tsv");

    private static final String FOLDER = "/org/newskg/extract/";

    /**
     * The rule files of the cleaner and the time rules, read by their own classes: they change the
     * text that is annotated or what is extracted from it, so the fingerprint covers them too.
     */
    static final List<String> OTHER_STAGES = List.of("/org/newskg/clean/agencies.txt",
            "/org/newskg/clean/byline-labels.txt", "/org/newskg/clean/chrome-phrases.tsv",
            "/org/newskg/time/anchored-periods.tsv", "/org/newskg/time/compared-period.tsv",
            "/org/newskg/time/relative-words.tsv", "/org/newskg/time/seasons.tsv", "/org/newskg/time/split-dates.tsv",
            "/org/newskg/time/tense-cues.tsv", "/org/newskg/time/period-durations.tsv",
            "/org/newskg/time/word-senses.tsv", "/org/newskg/time/length-then-day.tsv",
            "/org/newskg/time/hyphenated-parts.tsv", "/org/newskg/time/planning-verbs.tsv",
            "/org/newskg/time/anaphoric-dates.tsv", "/org/newskg/time/holidays.tsv");

    private RuleFiles() {}

    /** The lines of a rule file that are not blank or comments, each split at tabs (other packages read theirs here too). */
    public static List<String[]> rows(String name) {
        List<String[]> out = new ArrayList<>();
        for (String line : text(name).split("\n")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                out.add(line.split("\t"));
            }
        }
        return out;
    }

    /** The first column of a rule file, lower case. */
    static Set<String> words(String name) {
        Set<String> out = new LinkedHashSet<>();
        rows(name).forEach(r -> out.add(r[0].strip().toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }

    /** First column (lower case) to the second, read by {@code value}. */
    static <V> Map<String, V> keyed(String name, Function<String, V> value) {
        Map<String, V> out = new LinkedHashMap<>();
        for (String[] r : rows(name)) {
            if (r.length < 2) {
                throw new IllegalStateException(FOLDER + name + ": a row needs two columns: " + String.join("\t", r));
            }
            out.put(r[0].strip().toLowerCase(Locale.ROOT), value.apply(r[1].strip()));
        }
        return Map.copyOf(out);
    }

    /** The words (second column, lower case) of the rows whose first column is {@code role}; there must be some. */
    static Set<String> group(String name, String role) {
        Set<String> out = new LinkedHashSet<>();
        for (String[] r : rows(name)) {
            if (r.length >= 2 && r[0].strip().equals(role)) {
                out.add(r[1].strip().toLowerCase(Locale.ROOT));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException(FOLDER + name + ": no words for " + role);
        }
        return Set.copyOf(out);
    }

    /** SHA-256 over every rule file's name and bytes (the extraction rules and {@link #OTHER_STAGES}), hex. */
    public static String hash() {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            List<String> resources = new ArrayList<>();
            ALL.forEach(name -> resources.add(FOLDER + name));
            resources.addAll(OTHER_STAGES);
            for (String resource : resources) {
                d.update(resource.getBytes(StandardCharsets.UTF_8));
                d.update((byte) 0);
                d.update(resourceText(resource).getBytes(StandardCharsets.UTF_8));
                d.update((byte) 0);
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(String name) {
        return resourceText(FOLDER + name);
    }

    private static String resourceText(String resource) {
        try (InputStream in = RuleFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("rule file " + resource + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
