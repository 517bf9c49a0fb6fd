package org.newskg.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One case per kind of rule in chrome-phrases.tsv, and the story lines that must not match. */
class ChromePhrasesTest {
    @Test
    void aButtonOrLabelThatIsTheWholeLine() {
        for (String line : new String[] {"Anzeige", "- Anzeige -", "Kommentare (3)", "Reklama", "Publicité", "Kontakt:",
                "Weitere Informationen", "Rezept drucken"}) {
            assertTrue(ChromePhrases.isChrome(line), line);
        }
        for (String line : new String[] {"Die Anzeige wurde am Montag erstattet.", "Kontakt zur Polizei hielt er nicht.",
                "Weitere Informationen gab die Stadt am Abend bekannt."}) {
            assertFalse(ChromePhrases.isChrome(line), line);
        }
    }

    @Test
    void aCreditOrSourceLabelOpeningAShortLine() {
        for (String line : new String[] {"Foto: Jana Beispiel", "(Quelle: Stadtverwaltung)", "Bild via Pixabay",
                "Crédits photos : Agence Exemple", "Źródło: materiały prasowe"}) {
            assertTrue(ChromePhrases.isChrome(line), line);
        }
        String longLine = "Foto: " + "ein sehr langer Satz über den Hafen und die Fähre ".repeat(4);
        assertFalse(ChromePhrases.isChrome(longLine), "a long line is a paragraph, whatever it opens with");
        assertFalse(ChromePhrases.isChrome("Das Foto: ein Bild des Hafens."), "a label only counts at the start");
    }

    @Test
    void aNoticeToTheReaderInAShortLine() {
        for (String line : new String[] {"War der Artikel nützlich?", "Jetzt zum Newsletter anmelden und nichts verpassen",
                "Pour lire la suite, abonnez-vous.", "Advertising disclosure: we may receive compensation."}) {
            assertTrue(ChromePhrases.isChrome(line), line);
        }
        assertFalse(ChromePhrases.isChrome("\u201eJetzt teilen wir die Kosten\u201c, sagte die Bürgermeisterin."),
                "quoted speech is story");
    }

    @Test
    void relatedMarkersInOtherLanguages() {
        for (String line : new String[] {"Das könnte Sie auch interessieren!", "Czytaj też: Nowy prom w porcie",
                "Lea más: El puerto firma un acuerdo", "Mehr zum Thema", "VEA TAMBIÉN: Nuevo horario del ferry"}) {
            assertTrue(ChromePhrases.isMarker(line), line);
        }
        for (String line : new String[] {"Mehrere Fähren fielen aus.", "Lea Brandt leitet den Hafen.", "Mirando al puerto, dijo..."}) {
            assertFalse(ChromePhrases.isMarker(line), line);
        }
    }

    @Test
    void englishChromeTheCodeRulesDoNotName() {
        for (String line : new String[] {"OPINION:", "By", "Melissa Vance contributed to this report.",
                "This story was produced by a partner newsroom, an editorially independent service.",
                "Antibodies eBook Compilation of the top interviews. Download a free copy",
                "Example video title will go here for this video", "Enlarge this image toggle caption Jane Doe/AP"}) {
            assertTrue(ChromePhrases.isChrome(line), line);
        }
        assertTrue(ChromePhrases.isMarker("Find out more about the new ferry timetable"));
        assertFalse(ChromePhrases.isChrome("Opinion polls put the mayor ahead by four points, the survey found."));
        assertFalse(ChromePhrases.isMarker("Visitors can learn more about the harbour's history in the museum."));
    }
}
