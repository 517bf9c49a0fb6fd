package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SourcesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "/home/ana/news/a.txt,                 a.txt",
        "/home/ana/news/export.csv#row=3,      export.csv#row=3",
        "/home/ana/news/feed.jsonl#line=12,    feed.jsonl#line=12",
        "/home/ana/my#news/a.txt,              a.txt",
        "/home/ana/news/a#1.txt,               a#1.txt",
        "C:\\Users\\ana\\news\\a.txt,          a.txt",
        "hdfs://cluster/user/ana/news/a.txt,   a.txt",
        "file:///home/ana/news/a.txt,          a.txt",
        "https://news.example/2026/bridge,     https://news.example/2026/bridge",
        "http://news.example/a.html#top,       http://news.example/a.html#top",
        "stdin,                                stdin",
        "a.txt,                                a.txt",
    })
    void theWebSeesAUrlOrAFileNameNeverAFolder(String source, String published) {
        assertEquals(published, Sources.published(source));
    }

    @Test
    void theKeyIsTheSha256OfTheWholeSource() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sources.key("abc"));
        assertNotEquals(Sources.key("/home/ana/news/a.txt"), Sources.key("/home/bo/news/a.txt"));
    }
}
