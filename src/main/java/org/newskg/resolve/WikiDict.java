package org.newskg.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * CoreNLP's WikiDict (in the {@code models-english-kbp} jar): for each string that links to a
 * Wikipedia page in Wikipedia's own text, the pages it links to with the share of its links
 * (a prior). Loading all 21 million entries takes gigabytes, as CoreNLP's entitylink annotator
 * does; newskg streams the file once per look-up and keeps only the strings asked for.
 */
public final class WikiDict {
    public static final String RESOURCE = "/edu/stanford/nlp/models/kbp/english/wikidict.tab.gz";

    /** A Wikipedia page a string links to, with the share of that string's links that go there. */
    public record Candidate(String title, double prior) {}

    private WikiDict() {}

    /** Whether the dictionary is on the class path. */
    public static boolean available() {
        return WikiDict.class.getResource(RESOURCE) != null;
    }

    /** The candidates of each string asked for (exact, case-sensitive, as WikiDict is), best first. */
    public static Map<String, List<Candidate>> lookup(Set<String> strings) {
        Map<String, List<Candidate>> out = new HashMap<>();
        if (strings.isEmpty()) {
            return out;
        }
        try (InputStream raw = WikiDict.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("WikiDict " + RESOURCE + " is not on the class path"
                        + " (edu.stanford.nlp:stanford-corenlp:models-english-kbp)");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16),
                    StandardCharsets.UTF_8), 1 << 16);
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                if (tab <= 0 || !strings.contains(line.substring(0, tab))) {
                    continue;
                }
                int tab2 = line.indexOf('\t', tab + 1);
                if (tab2 < 0) {
                    continue;
                }
                try {
                    double prior = Double.parseDouble(line.substring(tab2 + 1));
                    out.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>())
                            .add(new Candidate(line.substring(tab + 1, tab2), prior));
                } catch (NumberFormatException e) {
                    // a malformed entry is skipped; the rest of the dictionary is sound
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading WikiDict", e);
        }
        out.values().forEach(l -> l.sort(Comparator.comparingDouble(Candidate::prior).reversed()
                .thenComparing(Candidate::title)));
        return out;
    }
}
