package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.CliRun;

/**
 * A German and a French article beside an English one: all three are stored with their language, title
 * and text; only the English one is annotated, and the summary counts the others.
 */
class LanguageIT {
    @TempDir
    Path tmp;

    @Test
    void articlesInOtherLanguagesAreStoredWithTheirTextButNotAnnotated() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("de.txt"), """
                Hafen von Ostbury wieder geöffnet
                Der Ostkai in Ostbury ist am Montag nach sechs Wochen Reparaturarbeiten wieder für die Schifffahrt geöffnet worden, sagte Hafenmeisterin Lorna Vesk.
                Die erste Fähre legte bei Tagesanbruch an; der Güterverkehr folgt am Dienstag.
                """);
        Files.writeString(in.resolve("fr.txt"), """
                Le port d'Ostbury rouvre
                Le quai est d'Ostbury a rouvert lundi à la navigation après six semaines de travaux, a déclaré la capitaine du port Lorna Vesk.
                Le premier ferry a accosté à l'aube et le fret suivra mardi.
                """);
        Files.writeString(in.resolve("en.txt"), """
                Ostbury quay reopens
                The east quay in Ostbury reopened to shipping on Monday after six weeks of repairs, harbour master Lorna Vesk said.
                The first ferry docked at dawn and freight will follow on Tuesday.
                """);
        Path store = tmp.resolve("store");
        CliRun run = CliRun.of("ingest", "--store", store.toString(), "--workers", "1", in.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("  2 articles in other languages: de 1, fr 1; not annotated"), run.out());
        CliRun q = CliRun.of("query", "--store", store.toString(), "--format", "csv", "-e",
                "SELECT ?lang ?h (COUNT(?e) AS ?entities) WHERE { ?a a nif:Context ; schema:inLanguage ?lang ;"
                        + " schema:headline ?h . OPTIONAL { ?a schema:mentions ?e } } GROUP BY ?lang ?h ORDER BY ?lang");
        assertEquals(0, q.exitCode(), q.err());
        String[] rows = q.out().strip().split("\r\n");
        assertEquals("lang,h,entities", rows[0]);
        assertEquals("de,Hafen von Ostbury wieder geöffnet,0", rows[1]);
        assertTrue(rows[2].startsWith("en,Ostbury quay reopens,") && !rows[2].endsWith(",0"), rows[2]);
        assertEquals("fr,Le port d'Ostbury rouvre,0", rows[3]);
    }
}
