package org.newskg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newskg.extract.Names;

/**
 * Gold Wikipedia pages for the entities of a few articles (format in eval/linking/README.md): one
 * row per entity and article, {@code source TAB type TAB name TAB page}, the page a Wikipedia title
 * or {@code -} when the entity has none; lines starting with {@code #} are comments. Scored against
 * the links the store holds: precision over the gold entities the system linked, recall over the
 * gold entities that have a page.
 */
public final class LinkingGold {
    /** One gold entity: where, what, and its page (empty: it has none). */
    public record Row(String source, String type, String name, Optional<String> page, int line) {
        public Row {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(name, "name");
        }
    }

    /** The verdict on one gold row. */
    public record Judged(Row gold, Optional<String> system, String verdict) {}

    /** Precision and recall with every row judged. */
    public record Scores(int linked, int right, int withPage, int found, List<Judged> rows) {
        public double precision() {
            return linked == 0 ? 0 : (double) right / linked;
        }

        public double recall() {
            return withPage == 0 ? 0 : (double) right / withPage;
        }

        public String render() {
            return String.format(Locale.ROOT, "gold entities %d (with a page %d; found in the store %d)%n"
                    + "linked %d, right %d: precision %.3f, recall %.3f%n", rows.size(), withPage, found, linked, right,
                    precision(), recall());
        }
    }

    private LinkingGold() {}

    public static List<Row> read(Path file) throws IOException {
        List<Row> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 4) {
                throw new IOException(file + ":" + (i + 1) + ": expected source, type, name and page, tab-separated");
            }
            String page = f[3].strip().replace(' ', '_');
            out.add(new Row(f[0].strip(), f[1].strip(), f[2].strip(),
                    page.equals("-") ? Optional.empty() : Optional.of(page), i + 1));
        }
        return out;
    }

    /**
     * Judges each row against the system's page of the entity of that name in the article from that
     * source (a file name ending; names compared as {@link Names#key}s).
     *
     * @param system source -> (name key -> page, empty when the entity is in the article but unlinked)
     */
    public static Scores score(List<Row> gold, Map<String, Map<String, Optional<String>>> system) {
        int linked = 0;
        int right = 0;
        int withPage = 0;
        int found = 0;
        List<Judged> judged = new ArrayList<>();
        for (Row g : gold) {
            Optional<Optional<String>> sys = system.entrySet().stream().filter(e -> e.getKey().endsWith(g.source()))
                    .map(e -> e.getValue().get(Names.key(g.name()))).filter(Objects::nonNull).findFirst();
            Optional<String> page = sys.flatMap(p -> p);
            found += sys.isPresent() ? 1 : 0;
            withPage += g.page().isPresent() ? 1 : 0;
            String verdict;
            if (page.isPresent()) {
                linked++;
                if (page.equals(g.page())) {
                    right++;
                    verdict = "right";
                } else {
                    verdict = g.page().isPresent() ? "WRONG" : "WRONG (has no page)";
                }
            } else {
                verdict = g.page().isPresent() ? (sys.isPresent() ? "missed" : "missed (not in the store)") : "right (none)";
            }
            judged.add(new Judged(g, page, verdict));
        }
        return new Scores(linked, right, withPage, found, judged);
    }
}
