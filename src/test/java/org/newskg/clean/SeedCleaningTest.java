package org.newskg.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.source.RawArticle;

/**
 * The cleaner on the real scraped seed articles in ../shared/corpus/seeds, read at run time (skipped
 * when the folder is absent). Asserts general properties, not exact output.
 */
class SeedCleaningTest {

    private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}[\\p{Lu} .'-]{2,},\\s*\\p{Lu}[\\p{L} ]+\\s*[:\u2013\u2014-]\\s");
    private static final Cleaner CLEANER = new Cleaner();
    private static final Map<String, String> RAW = new LinkedHashMap<>();
    private static final Map<String, CleanArticle> CLEAN = new LinkedHashMap<>();

    static Path shared() {
        return Path.of(System.getProperty("newskg.shared", "../shared"));
    }

    @BeforeAll
    static void readSeeds() throws IOException {
        Path seeds = shared().resolve("corpus/seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "no shared corpus at " + seeds);
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(f);
                RAW.put(f.getFileName().toString(), text);
                CLEAN.put(f.getFileName().toString(), CLEANER.clean(new RawArticle(f.toString(), text)));
            }
        }
        Assumptions.assumeTrue(CLEAN.size() == 5, "expected the five seed articles");
    }

    private static List<String> lines(CleanArticle a) {
        return Arrays.asList(a.text().split("\n"));
    }

    /** The seed whose raw text contains {@code marker}. */
    private static CleanArticle seedContaining(String marker) {
        return RAW.entrySet().stream().filter(e -> e.getValue().contains(marker))
                .map(e -> CLEAN.get(e.getKey())).findFirst().orElseThrow();
    }

    @Test
    void noTeaserLinesSurvive() {
        CLEAN.forEach((name, a) -> {
            for (String line : lines(a)) {
                assertFalse(line.endsWith("...") || line.endsWith("\u2026"), name + ": teaser kept: " + line);
            }
        });
    }

    @Test
    void datelinedTeaserTailIsGoneWithItsPeople() {
        CleanArticle a = seedContaining("More Information");
        for (String line : lines(a)) {
            assertFalse(DATELINE.matcher(line).find(), "dateline teaser kept: " + line);
        }
        for (String name : List.of("Kenney", "Willie Walsh", "Carsten Spohr", "Airbus", "Spider-Man")) {
            assertFalse(a.text().contains(name), name + " from an unrelated teaser survived");
        }
        assertFalse(a.text().contains("daily email"));
    }

    @Test
    void headlinesAfterAlsoReadAreGone() {
        CleanArticle a = seedContaining("also read");
        for (String gone : List.of("Narendra Modi", "Yoon", "G7", "Follow us on", "Latest News")) {
            assertFalse(a.text().contains(gone), gone + " survived");
        }
        assertEquals(java.util.Optional.of("agencies"), a.metadata().agency());
    }

    @Test
    void storyParagraphsSurvive() {
        Map<String, Integer> longLines = new LinkedHashMap<>();
        CLEAN.forEach((name, a) -> longLines.put(name,
                (int) lines(a).stream().filter(l -> l.length() > 150).count()));
        List<Integer> counts = new ArrayList<>(longLines.values());
        // Each outlet's story has at least four long paragraphs; together well over thirty.
        counts.forEach(c -> assertTrue(c >= 4, "too few long paragraphs kept: " + longLines));
        assertTrue(counts.stream().mapToInt(Integer::intValue).sum() >= 30, longLines.toString());
    }

    @Test
    void midArticleRelatedMarkerKeepsTheRestOfTheStory() {
        CleanArticle a = seedContaining("Related Articles");
        assertFalse(a.text().contains("Related Articles"));
        assertTrue(a.text().contains("Mao told a regular press conference"), "paragraphs after the marker kept");
    }

    @Test
    void chromeIsGone() {
        for (CleanArticle a : CLEAN.values()) {
            for (String chrome : List.of("Leave a Reply", "uses cookies", "Source link", "Share options",
                    "Change text size", "Enter at least", "0 / 30", "update your browser", "Update your browser",
                    "Advertisement", "LIVE HERE", "\u00d7", "With inputs from agencies", "Continue in the app")) {
                assertFalse(a.text().contains(chrome), chrome + " survived in " + a.source());
            }
        }
    }

    @Test
    void dropCapitalIsRepaired() {
        CLEAN.forEach((name, a) -> lines(a).forEach(l ->
                assertFalse(l.strip().matches("\\p{L}"), name + ": lone letter line")));
        CleanArticle a = seedContaining("apanese Prime Minister Fumio Kishida said on Wednesday");
        assertTrue(a.text().contains("\nJapanese Prime Minister Fumio Kishida said on Wednesday"));
    }

    @Test
    void captionRepeatedWithCreditIsKeptOnce() {
        CleanArticle a = seedContaining("(From left)");
        assertEquals(1, lines(a).stream().filter(l -> l.startsWith("(From left)")).count());
    }

    @Test
    void everySeedHasItsHeadlineFirst() {
        CLEAN.forEach((name, a) -> {
            assertTrue(a.metadata().title().isPresent(), name);
            assertEquals(a.metadata().title().get(), lines(a).get(0), name);
        });
    }

    @Test
    void publicationDatesWithTheirOffsets() {
        CleanArticle iso = seedContaining("Published on 2023-05-24T16:38:14+07:00");
        PublicationDate d = iso.metadata().published().orElseThrow();
        assertEquals(ZoneOffset.ofHours(7), d.instant().orElseThrow().getOffset());
        assertEquals("2023-05-24T16:38:14", d.instant().get().toLocalDateTime().toString());
        assertTrue(d.evidence().contains("2023-05-24T16:38:14+07:00"));
        assertEquals("Reuters", iso.metadata().agency().orElseThrow());
        assertFalse(iso.text().contains("Published on"));

        CleanArticle gmt = seedContaining("24 May 2023, 18:13 GMT+10");
        PublicationDate g = gmt.metadata().published().orElseThrow();
        assertEquals(ZoneOffset.ofHours(10), g.instant().orElseThrow().getOffset());
        assertEquals(18, g.instant().get().getHour());
        assertEquals("24 May 2023, 18:13 GMT+10", g.evidence());
    }

    @Test
    void noDateIsInventedWhereNoneIsStated() {
        int undated = 0;
        for (var e : RAW.entrySet()) {
            if (!e.getValue().contains("2023")) {
                undated++;
                assertTrue(CLEAN.get(e.getKey()).metadata().published().isEmpty(), e.getKey());
            }
        }
        assertTrue(undated >= 2, "three seeds state no date");
    }

    /** A quick look at clean text: the first 100 BBC files keep nearly every line. */
    @Test
    void bbcTextIsKeptNearlyWhole() throws IOException {
        Path bbc = shared().resolve("corpus/bbc-2005/business");
        Assumptions.assumeTrue(Files.isDirectory(bbc));
        int lines = 0;
        int removed = 0;
        int titled = 0;
        List<Path> files;
        try (Stream<Path> s = Files.list(bbc)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(100).toList();
        }
        for (Path f : files) {
            String text = read(f);
            CleanArticle a = CLEANER.clean(new RawArticle(f.toString(), text));
            lines += (int) text.lines().filter(l -> !l.isBlank()).count();
            removed += a.removedLines();
            String first = text.lines().findFirst().orElse("").strip();
            titled += a.metadata().title().map(first::equals).orElse(false) ? 1 : 0;
        }
        assertTrue(removed <= lines / 200, "removed " + removed + " of " + lines);
        assertTrue(titled >= 95, "headline found in " + titled + " of 100");
    }

    private static String read(Path f) throws IOException {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return Files.readString(f, StandardCharsets.ISO_8859_1);
        }
    }
}
