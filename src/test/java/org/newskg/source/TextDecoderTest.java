package org.newskg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.core.Issue;

class TextDecoderTest {
    @TempDir
    Path dir;

    private static final String RUSSIAN = "Городской совет Остбери в понедельник утвердил новый бюджет после долгих споров о школах. "
            + "Мэр города заявила журналистам, что строительство новой библиотеки начнётся осенью, а паромы будут ходить чаще.";
    private static final String FRENCH = "Le conseil municipal a adopté mardi un nouveau budget après un long débat sur les écoles. "
            + "La maire a déclaré que la bibliothèque ouvrirait à l'été, près du marché couvert où les cafés sont déjà très fréquentés.";

    @Test
    void aByteOrderMarkOrValidUtf8DecidesWithoutAGuess() {
        TextDecoder.Decoded utf8 = TextDecoder.decode(RUSSIAN.getBytes(StandardCharsets.UTF_8)).orElseThrow();
        assertEquals(RUSSIAN, utf8.text());
        assertFalse(utf8.guessed());
        byte[] bom16 = ("\uFEFF" + FRENCH).getBytes(StandardCharsets.UTF_16BE);
        assertEquals(FRENCH, TextDecoder.decode(bom16).orElseThrow().text().replace("\uFEFF", ""));
    }

    @Test
    void otherEncodingsAreDetectedAndSaySo() {
        TextDecoder.Decoded cyrillic = TextDecoder.decode(RUSSIAN.getBytes(Charset.forName("windows-1251"))).orElseThrow();
        assertEquals(RUSSIAN, cyrillic.text());
        assertTrue(cyrillic.guessed());
        assertEquals("not valid UTF-8; read as windows-1251 (detected)", cyrillic.warning());
        TextDecoder.Decoded koi8 = TextDecoder.decode(RUSSIAN.getBytes(Charset.forName("KOI8-R"))).orElseThrow();
        assertEquals(RUSSIAN, koi8.text());
        TextDecoder.Decoded latin = TextDecoder.decode(FRENCH.getBytes(StandardCharsets.ISO_8859_1)).orElseThrow();
        assertEquals(FRENCH, latin.text());
        assertTrue(latin.guessed());
    }

    @Test
    void htmlWithoutADeclaredCharsetIsDetectedWithAWarningAndADeclaredOneIsHonoured() throws Exception {
        String page = "<html><body><article><h1>Бюджет утверждён</h1><p>" + RUSSIAN + "</p></article></body></html>";
        Path undeclared = Files.write(dir.resolve("ru.html"), page.getBytes(Charset.forName("windows-1251")));
        ReadResult r = read(undeclared);
        assertTrue(r.articles().get(0).text().contains(RUSSIAN), r.articles().get(0).text());
        assertEquals(Issue.Severity.WARNING, r.issues().get(0).severity());
        assertEquals("not valid UTF-8; read as windows-1251 (detected)", r.issues().get(0).reason());

        String declaredPage = page.replace("<html>", "<html><head><meta charset=\"KOI8-R\"></head>");
        ReadResult declared = read(Files.write(dir.resolve("koi.html"), declaredPage.getBytes(Charset.forName("KOI8-R"))));
        assertTrue(declared.articles().get(0).text().contains(RUSSIAN));
        assertTrue(declared.issues().isEmpty(), declared.issues().toString());

        ReadResult utf8 = read(Files.writeString(dir.resolve("utf8.html"), page));
        assertTrue(utf8.articles().get(0).text().contains(RUSSIAN));
        assertTrue(utf8.issues().isEmpty(), utf8.issues().toString());
    }

    private static ReadResult read(Path f) {
        ArticleSink.Collecting sink = ArticleSink.collecting();
        new HtmlReader(1_000_000).read(f, sink);
        return sink.result();
    }
}
