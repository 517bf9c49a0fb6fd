package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newskg.core.Span;
import org.newskg.nlp.Token;

class RuleFilesTest {
    @Test
    void everyRuleFileLoadsAndHasEntries() {
        for (String name : RuleFiles.ALL) {
            assertFalse(RuleFiles.rows(name).isEmpty(), name);
        }
    }

    /** A rule file the fingerprint missed would leave stored articles extracted by old rules. */
    @Test
    void theFingerprintCoversEveryRuleFileOfEveryStage() throws IOException {
        Path resources = Path.of("src/main/resources");
        Set<String> covered = new HashSet<>(RuleFiles.OTHER_STAGES);
        RuleFiles.ALL.forEach(name -> covered.add("/org/newskg/extract/" + name));
        try (Stream<Path> files = Files.walk(resources.resolve("org/newskg"))) {
            List<String> missed = files.filter(f -> f.toString().endsWith(".tsv") || f.toString().endsWith(".txt"))
                    .map(f -> "/" + resources.relativize(f).toString().replace('\\', '/'))
                    .filter(r -> !covered.contains(r))
                    .toList();
            assertEquals(List.of(), missed, "rule files the input fingerprint does not cover");
        }
    }

    @Test
    void hashIsStableAndHex() {
        assertEquals(RuleFiles.hash(), RuleFiles.hash());
        assertTrue(RuleFiles.hash().matches("[0-9a-f]{64}"));
    }

    @Test
    void lexiconsComeFromTheFiles() {
        assertTrue(SpeechLexicon.CUE_VERBS.contains("say"));
        assertTrue(SpeechLexicon.PERSON_NOUNS.contains("spokeswoman"));
        assertTrue(SpeechLexicon.ORGANIZATION_NOUNS.contains("ministry"));
        assertTrue(SpeechLexicon.VENUE_NOUNS.contains("conference"));
        assertTrue(SpeechLexicon.CUE_ADVERBS.contains("later"));
    }

    @Test
    void titlesGiveGender() {
        assertEquals(Gender.MALE, Genders.titleGender(token("Mr")).orElseThrow());
        assertEquals(Gender.FEMALE, Genders.titleGender(token("Mrs.")).orElseThrow());
        assertEquals(Gender.FEMALE, Genders.titleGender(token("Lady")).orElseThrow());
        assertTrue(Genders.titleGender(token("Senator")).isEmpty());
    }

    private static Token token(String w) {
        return new Token(w, new Span(0, w.length()), "NNP", w, "O", "O", 0);
    }
}
