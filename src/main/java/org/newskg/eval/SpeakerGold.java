package org.newskg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The speaker gold of one article: every statement an analyst expects, in article order, each
 * located by a short anchor (its first words), with its speaker. Read from tab-separated files
 * (format in eval/speakers/README.md): {@code article anchor speaker kind [note]}, a header row,
 * lines starting with {@code #} are comments.
 *
 * @param article where the article is, relative to the corpus folder ("bbc-2005/politics/001.txt",
 *                "us-news-2023-03/cleaned.csv#row=12")
 * @param rows    its statements and traps, in file order
 */
public record SpeakerGold(String article, List<Row> rows) {
    public SpeakerGold {
        Objects.requireNonNull(article, "article");
        rows = List.copyOf(rows);
    }

    /** What a gold row is: a kind of statement, or a passage that must not be one. */
    public enum Kind {
        /** The speaker's words in quotation marks. */
        DIRECT,
        /** Reported speech that keeps some quoted words. */
        PARTIAL,
        /** Reported speech in the article's words ("X said that ..."). */
        REPORTED,
        /** Thought, belief, hope, fear, expectation, wish ("X believes ..."). */
        THOUGHT,
        /** "according to X". */
        ACCORDING_TO,
        /** Other attribution: questions asked, "called X Y", studies and polls that show or find. */
        OTHER,
        /** Ambiguous (a quoted headline, scare quotes): neither counted as found nor as not speech. */
        OPTIONAL,
        /** A trap: words that are no statement (apposition, caption, title); a system statement here is not speech. */
        NOT_SPEECH;

        /** Whether it is a statement the system should find. */
        public boolean speech() {
            return this != OPTIONAL && this != NOT_SPEECH;
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Kind parse(String label) {
            for (Kind k : values()) {
                if (k.label().equals(label.strip().toLowerCase(Locale.ROOT))) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown kind '" + label + "', expected one of "
                    + Arrays.stream(values()).map(Kind::label).toList());
        }
    }

    /**
     * One gold statement or trap.
     *
     * @param where    file and line, for messages
     * @param anchor   the first words of its content, as the article has them (punctuation and case do not matter)
     * @param speakers the speaker as the article names them at their fullest, with alternatives;
     *                 empty when the article names nobody
     * @param kind     what it is
     * @param note     a free comment, may be empty
     */
    public record Row(String where, String anchor, List<String> speakers, Kind kind, String note) {
        public Row {
            Objects.requireNonNull(where, "where");
            Objects.requireNonNull(anchor, "anchor");
            speakers = List.copyOf(speakers);
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(note, "note");
        }

        /** The speaker for display: alternatives joined by "|", or ANON. */
        public String speaker() {
            return speakers.isEmpty() ? "ANON" : String.join("|", speakers);
        }
    }

    /** Every gold file under {@code path} (a .tsv file, or a folder of them, in name order). */
    public static List<SpeakerGold> readAll(Path path) throws IOException {
        List<Path> files;
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.list(path)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("no .tsv gold files in " + path);
            }
        } else if (Files.isRegularFile(path)) {
            files = List.of(path);
        } else {
            throw new IllegalArgumentException("no such file or folder: " + path);
        }
        Map<String, List<Row>> byArticle = new LinkedHashMap<>();
        for (Path f : files) {
            read(f.toString(), Files.readAllLines(f, StandardCharsets.UTF_8), byArticle);
        }
        List<SpeakerGold> gold = new ArrayList<>();
        byArticle.forEach((article, rows) -> gold.add(new SpeakerGold(article, rows)));
        return gold;
    }

    /** Parses the lines of one gold file into {@code byArticle}; a bad line is an error naming file and line. */
    static void read(String file, List<String> lines, Map<String, List<Row>> byArticle) {
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String where = file + ":" + (i + 1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (header) {
                header = false;
                if (cells[0].strip().equalsIgnoreCase("article")) {
                    continue;
                }
            }
            if (cells.length < 4) {
                throw new IllegalArgumentException(where + ": expected article, anchor, speaker, kind [, note], found "
                        + cells.length + " columns");
            }
            String article = cells[0].strip();
            String anchor = cells[1].strip();
            if (article.isEmpty() || anchor.isEmpty()) {
                throw new IllegalArgumentException(where + ": empty article or anchor");
            }
            Kind kind;
            try {
                kind = Kind.parse(cells[3]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
            String speaker = cells[2].strip();
            List<String> speakers = speaker.isEmpty() || speaker.equals("ANON") ? List.of()
                    : Arrays.stream(speaker.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            String note = cells.length > 4 ? cells[4].strip() : "";
            byArticle.computeIfAbsent(article, a -> new ArrayList<>()).add(new Row(where, anchor, speakers, kind, note));
        }
    }
}
