package org.newskg.resolve;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups reports of the same remark into statements, across and within articles.
 *
 * <p>The rule, chosen to be explainable: two reports are of one statement when they have the same
 * speaker entity and share at least {@link #MIN_SHARED} content words, which make up at least
 * {@link #DEFAULT_THRESHOLD} of the shorter report's content words (containment). Containment,
 * not overlap of the union, because one report often quotes a part of what another gives in
 * full. Groups are the connected pairs (single link). A speaker's reports are its block: only reports of one
 * speaker are compared, and among them only those that share words (an index of words, not all pairs).
 * Reports without a speaker entity are never
 * merged: a false merge is worse than a missed one. The threshold is measured in docs/QUALITY.md.
 */
public final class StatementClusterer {
    public static final double DEFAULT_THRESHOLD = 0.6;
    public static final int MIN_SHARED = 3;

    private final double threshold;

    public StatementClusterer() {
        this(DEFAULT_THRESHOLD);
    }

    public StatementClusterer(double threshold) {
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        }
        this.threshold = threshold;
    }

    /** How far two reports agree: shared content words and containment. */
    public record Similarity(int shared, int shorter, double containment) {
        static Similarity of(Set<String> a, Set<String> b) {
            Set<String> both = new HashSet<>(a);
            both.retainAll(b);
            int shorter = Math.min(a.size(), b.size());
            return new Similarity(both.size(), shorter, shorter == 0 ? 0 : (double) both.size() / shorter);
        }
    }

    public static Similarity similarity(String a, String b) {
        return Similarity.of(ContentWords.of(a), ContentWords.of(b));
    }

    /** Statements for all reports that have a speaker entity, in a stable order (by key). */
    public List<Statement> cluster(List<StoredReport> reports) {
        Map<String, List<StoredReport>> bySpeaker = new TreeMap<>();
        for (StoredReport r : reports) {
            r.speaker().ifPresent(s -> bySpeaker.computeIfAbsent(s, k -> new ArrayList<>()).add(r));
        }
        List<Statement> out = new ArrayList<>();
        bySpeaker.forEach((speaker, rs) -> out.addAll(clusterOneSpeaker(speaker, rs)));
        out.sort(Comparator.comparing(Statement::key));
        return out;
    }

    private List<Statement> clusterOneSpeaker(String speaker, List<StoredReport> reports) {
        List<StoredReport> rs = new ArrayList<>(reports);
        rs.sort(EARLIEST_FIRST);
        List<Set<String>> words = rs.stream().map(r -> ContentWords.of(r.text())).toList();
        List<Set<String>> quoted = rs.stream().map(r -> ContentWords.of(quotedWords(r.text()))).toList();
        int[] parent = new int[rs.size()];
        String[] reason = new String[rs.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        List<int[]> earlier = sharingWords(words, quoted);
        for (int j = 1; j < rs.size(); j++) {
            for (int i : earlier.get(j)) {
                Similarity s = Similarity.of(words.get(i), words.get(j));
                String which = "content words";
                if (!joins(s)) {
                    // 'she was "not sure of any plan drawn up" within the council': the speaker's own
                    // words inside a partial quote are compared too, so the reporter's do not dilute them.
                    Similarity q = best(Similarity.of(quoted.get(i), words.get(j)), Similarity.of(words.get(i), quoted.get(j)));
                    if (joins(q)) {
                        s = q;
                        which = "quoted words";
                    }
                }
                if (joins(s)) {
                    int ri = root(parent, i);
                    int rj = root(parent, j);
                    if (ri != rj) {
                        parent[Math.max(ri, rj)] = Math.min(ri, rj);
                        if (reason[j] == null) {
                            reason[j] = String.format(Locale.ROOT, "%s joins %s: same speaker, %d of %d %s shared"
                                    + " (containment %.2f >= %.2f)", rs.get(j).report(), rs.get(i).report(), s.shared(),
                                    s.shorter(), which, s.containment(), threshold);
                        }
                    }
                }
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < rs.size(); i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<Statement> out = new ArrayList<>();
        for (List<Integer> members : groups.values()) {
            List<StoredReport> group = members.stream().map(rs::get).toList();
            List<String> reasons = members.stream().map(i -> reason[i]).filter(r -> r != null).toList();
            out.add(statement(speaker, group, reasons));
        }
        return out;
    }

    /**
     * For each report, the earlier ones (in order) that share at least {@link #MIN_SHARED} of its words
     * or quoted words: only those can join it, so the others are never compared (an index of the
     * speaker's words instead of all pairs of the speaker's reports).
     */
    static List<int[]> sharingWords(List<Set<String>> words, List<Set<String>> quoted) {
        Map<String, List<Integer>> reportsWith = new java.util.HashMap<>();
        int[] shared = new int[words.size()];
        List<int[]> out = new ArrayList<>();
        for (int j = 0; j < words.size(); j++) {
            Set<String> all = new HashSet<>(words.get(j));
            all.addAll(quoted.get(j));
            List<Integer> touched = new ArrayList<>();
            for (String w : all) {
                List<Integer> with = reportsWith.computeIfAbsent(w, k -> new ArrayList<>());
                for (int i : with) {
                    if (shared[i]++ == 0) {
                        touched.add(i);
                    }
                }
                with.add(j);
            }
            out.add(touched.stream().filter(i -> shared[i] >= MIN_SHARED).mapToInt(Integer::intValue).sorted().toArray());
            touched.forEach(i -> shared[i] = 0);
        }
        return out;
    }

    private boolean joins(Similarity s) {
        return s.shared() >= MIN_SHARED && s.containment() >= threshold;
    }

    private static Similarity best(Similarity a, Similarity b) {
        return a.shared() * b.shorter() >= b.shared() * a.shorter() && a.shorter() > 0 ? a : b;
    }

    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile(
            "[\u201c\u201e\u00ab]([^\u201d\u00bb]+)[\u201d\u00bb]|\"([^\"]+)\"|''(.+?)''");

    /** The words of a report's text that stand inside quotation marks, empty when none do. */
    static String quotedWords(String text) {
        StringBuilder b = new StringBuilder();
        java.util.regex.Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            for (int g = 1; g <= 3; g++) {
                if (m.group(g) != null) {
                    b.append(m.group(g)).append(' ');
                }
            }
        }
        return b.toString();
    }

    private static Statement statement(String speaker, List<StoredReport> group, List<String> reasons) {
        StoredReport earliest = group.get(0);
        Set<String> articles = new HashSet<>();
        Set<String> outlets = new HashSet<>();
        Set<String> sources = new HashSet<>();
        for (StoredReport r : group) {
            articles.add(r.article());
            outlets.add(r.outlet());
            // Copies of one agency story are one source, whoever prints them.
            sources.add(r.agency().map(a -> "agency:" + a.toLowerCase(Locale.ROOT)).orElse("outlet:" + r.outlet()));
        }
        Optional<StoredReport> first = group.stream().filter(r -> r.published().isPresent()).findFirst();
        String key = speaker + "|" + String.join(" ", ContentWords.of(earliest.text()));
        return new Statement(key, speaker, earliest.text(), group, articles.size(), outlets.size(), sources.size(),
                first, reasons);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Dated reports first, earliest first; then by article and report IRI, so the order is stable. */
    static final Comparator<StoredReport> EARLIEST_FIRST = Comparator
            .comparing((StoredReport r) -> r.published().flatMap(StatementClusterer::instant).orElse(Instant.MAX))
            .thenComparing(StoredReport::article)
            .thenComparing(StoredReport::report);

    /** A publication date or date-time as an instant (a bare date counts from its start, UTC). */
    static Optional<Instant> instant(String iso) {
        try {
            return Optional.of(iso.contains("T") ? OffsetDateTime.parse(iso).toInstant()
                    : LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
