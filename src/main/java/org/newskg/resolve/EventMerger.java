package org.newskg.resolve;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.newskg.extract.EventTime;

/**
 * Joins the accounts of one event in several articles (and within one) into one event.
 *
 * <p>The rule: two mentions are of one event when they are <b>compatible</b> and have
 * <b>evidence</b> in common.
 * <ul>
 *   <li>Compatible: the same kind; when both are dated, times that overlap once each is read at its
 *       own precision (2023-07-11..12 lies in "July 2023" and in "2023", not in "June 2022"); when
 *       one is undated, one article or articles published within one news cycle
 *       ({@value #NEWS_CYCLE_DAYS} days) of each other, or an article published within one news cycle of the
 *       other account's time; not two sets of places without one in common (a summit "in Lisbon" is not
 *       one "in Porto"); and no place of one that the other says it is not at ("in Manchester and not
 *       Blackpool", "moved from Blackpool").</li>
 *   <li>Evidence: a place in common ("in Porto, Portugal" and "in Portugal" share Portugal),
 *       or a participant in common (the same organiser, host or attendee, whatever the role), or a
 *       word of their names besides the kind ("energy summit" and "European energy summit").
 *       An undated account needs two kinds of evidence: a place in common, and a participant or
 *       a word of the name ("the opening of the office" in Lorvik, told twice in a week). Two
 *       accounts in one article need none, but for meetings and talks, of which an article often tells
 *       several: "signed an agreement on Tuesday" and "signed the deal in Oslo" are one signing. These
 *       joins come after all joins on evidence, and only between two groups that each fit no other
 *       group of their article.</li>
 * </ul>
 * Groups are joined pair by pair (single link) but only when every mention of one group is
 * compatible with every mention of the other, so a chain cannot join a summit in Lisbon to one
 * in Porto through an account that names no place. An undated account joins only accounts of its
 * own article when that has no publication date: without a time nothing tells two summits of one
 * organisation apart, and the news cycle is what dates it then. Last, such an account (nothing dates it: no time,
 * no publication date) joins the one event placed in time it could be: compatible at any time, a place in
 * common (or the country of one) and a participant or a name word in common; when two events could take it,
 * it stays apart. Places that the world tables say are a country or its capital
 * ({@link StoredEvent#areas}) have that country in common: "in Tokyo" and "in Japan" agree. Mentions are taken in a fixed order
 * (by publication, then IRI), so the result does not depend on the order articles were ingested.
 * Places and participants are compared as the corpus's entity resolution sees them, when it is
 * given: "Lorvik" in one article and "Lorvik City" in another are one place once resolved.
 */
public final class EventMerger {
    /** How close (in days) the articles of an undated account and another account must be published. */
    static final int NEWS_CYCLE_DAYS = 7;
    /** Kinds an article often tells several of, so that two accounts in it are not one event without evidence. */
    private static final Set<String> SEVERAL_PER_ARTICLE = Set.of("Meeting", "Talks");
    private static final Set<String> NAME_NOISE = Set.of("the", "of", "by", "to", "in", "and", "for", "with", "on", "at");

    /** Events for all mentions, in a stable order (by key), places and participants compared by IRI. */
    public List<MergedEvent> merge(List<StoredEvent> mentions) {
        return merge(mentions, UnaryOperator.identity());
    }

    /**
     * Events for all mentions, in a stable order (by key), places and participants compared by the
     * entity {@code resolved} gives for their IRIs; the events keep the IRIs their articles use.
     * The mentions are split into {@link #blocks} and each block is merged on its own
     * ({@link #mergeBlock}): the result is the one an all-pairs comparison gives, since no two
     * accounts that share no {@linkplain #blockingKeys key} can join.
     */
    public List<MergedEvent> merge(List<StoredEvent> mentions, UnaryOperator<String> resolved) {
        List<MergedEvent> out = new ArrayList<>();
        for (List<StoredEvent> block : blocks(mentions, resolved)) {
            out.addAll(mergeBlock(block, resolved));
        }
        out.sort(Comparator.comparing(MergedEvent::key));
        return out;
    }

    /**
     * The keys two accounts that could be one event share: for an account whose places and
     * participants are already as resolution sees them ({@link StoredEvent#withEntities}), its kind
     * and article; and its kind with each month it could be in (its time's months and its article's
     * publication month, or for an undated account the months within a news cycle of its
     * publication) with each piece of evidence it could share (a place, participant or name word;
     * an undated account needs a place in common, so only its places); and its kind with each pair of a
     * place and a participant or name word, at any time (what an {@linkplain #unplaced} account needs to
     * join an event the news dates). Pure: a record in, its keys out.
     * Whoever changes {@link #compatible} or the evidence rule must keep "could join implies a shared key"
     * ({@code EventMergerTest} checks it against {@link #mergeAllPairs} on random accounts).
     */
    public static Set<String> blockingKeys(StoredEvent e) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(e.kind() + "|article|" + e.article());
        Set<String> months = new LinkedHashSet<>();
        Optional<LocalDate> published = publicationDay(e);
        List<String> evidence = new ArrayList<>();
        placeKeys(e).forEach(p -> evidence.add("place " + p));
        // An account nothing dates (no time, no publication date) and an account of an event it could be:
        // a place in common with a participant or a name word in common, at any time.
        for (String p : placeKeys(e)) {
            actors(e).forEach(a -> keys.add(e.kind() + "|any time|place " + p + "|participant " + a));
            nameWords(e).forEach(w -> keys.add(e.kind() + "|any time|place " + p + "|word " + w));
        }
        if (e.time().isPresent()) {
            // Dated: another dated account overlaps one of its months; an undated one in an article
            // published within a news cycle of this one's article or time shares a month of that cycle.
            months(e.time().get().begin(), e.time().get().end(), "time ", months);
            published.ifPresent(p -> months(p, p, "published ", months));
            actors(e).forEach(a -> evidence.add("participant " + a));
            nameWords(e).forEach(w -> evidence.add("word " + w));
        } else if (published.isPresent()) {
            LocalDate p = published.get();
            months(p.minusDays(NEWS_CYCLE_DAYS), p.plusDays(NEWS_CYCLE_DAYS), "time ", months);
            months(p.minusDays(NEWS_CYCLE_DAYS), p.plusDays(NEWS_CYCLE_DAYS), "published ", months);
        }
        for (String m : months) {
            for (String x : evidence) {
                keys.add(e.kind() + "|" + m + "|" + x);
            }
        }
        return keys;
    }

    private static void months(LocalDate from, LocalDate to, String prefix, Set<String> out) {
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            out.add(prefix + m);
        }
    }

    /**
     * The mentions in blocks that can be merged each on its own ({@link #mergeBlock}): the accounts
     * connected through shared {@link #blockingKeys} (with places and participants as
     * {@code resolved} gives them), each block in the order of {@link #EARLIEST_FIRST}, the blocks in
     * the order of their first account. Pure: records in, blocks out (what a Spark job's connected
     * components of the keys give too).
     */
    public static List<List<StoredEvent>> blocks(List<StoredEvent> mentions, UnaryOperator<String> resolved) {
        List<StoredEvent> ms = new ArrayList<>(mentions);
        ms.sort(EARLIEST_FIRST);
        int[] parent = new int[ms.size()];
        Map<String, Integer> firstWithKey = new HashMap<>();
        for (int i = 0; i < ms.size(); i++) {
            parent[i] = i;
            for (String key : blockingKeys(ms.get(i).withEntities(resolved))) {
                Integer first = firstWithKey.putIfAbsent(key, i);
                if (first != null) {
                    parent[Math.max(root(parent, i), root(parent, first))] = Math.min(root(parent, i), root(parent, first));
                }
            }
        }
        Map<Integer, List<StoredEvent>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < ms.size(); i++) {
            byRoot.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(ms.get(i));
        }
        return List.copyOf(byRoot.values());
    }

    /**
     * The events of one block of mentions (any list of mentions, in fact: accounts are compared only
     * with those that share a {@linkplain #blockingKeys key}), in a stable order (by key). Pure: no
     * store, no state; {@code resolved} names the entity each place and participant IRI is compared as.
     */
    public List<MergedEvent> mergeBlock(List<StoredEvent> block, UnaryOperator<String> resolved) {
        return decide(block, resolved, false);
    }

    /** The same events by comparing every pair of mentions (the rule before blocking; tests check the two agree). */
    List<MergedEvent> mergeAllPairs(List<StoredEvent> mentions, UnaryOperator<String> resolved) {
        return decide(mentions, resolved, true);
    }

    private List<MergedEvent> decide(List<StoredEvent> mentions, UnaryOperator<String> resolved, boolean allPairs) {
        List<StoredEvent> ms = new ArrayList<>(mentions);
        ms.sort(EARLIEST_FIRST);
        List<StoredEvent> compared = ms.stream().map(e -> e.withEntities(resolved)).toList();
        int n = ms.size();
        int[] parent = new int[n];
        String[] reason = new String[n];
        List<List<Integer>> members = new ArrayList<>();
        Map<String, List<Integer>> withKey = new HashMap<>();
        Map<String, List<Integer>> ofArticle = new HashMap<>();
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            members.add(new ArrayList<>(List.of(i)));
            ofArticle.computeIfAbsent(ms.get(i).article(), k -> new ArrayList<>()).add(i);
        }
        // First the joins with evidence in common; then an account of one article joins the one group of
        // its article it is compatible with, when there is exactly one (an account that could be either of
        // two summits of its article stays apart).
        for (int j = 0; j < n; j++) {
            for (int i : allPairs ? range(j) : earlierWithKey(j, compared.get(j), withKey)) {
                Optional<String> evidence = evidence(compared.get(i), compared.get(j), false);
                if (root(parent, i) != root(parent, j) && evidence.isPresent()
                        && allCompatible(compared, members.get(root(parent, i)), members.get(root(parent, j)))) {
                    join(i, j, evidence.get(), parent, members, reason, ms);
                }
            }
        }
        Function<List<Integer>, int[]> sameArticle = group -> allPairs ? range(n)
                : group.stream().flatMap(m -> ofArticle.get(ms.get(m).article()).stream()).mapToInt(Integer::intValue)
                        .sorted().distinct().toArray();
        for (int j = 0; j < n; j++) {
            int rj = root(parent, j);
            Map<Integer, int[]> fits = articleFits(rj, compared, parent, members, sameArticle);
            if (fits.size() == 1) {
                int ri = fits.keySet().iterator().next();
                if (articleFits(ri, compared, parent, members, sameArticle).keySet().equals(Set.of(rj))) {
                    // The account of the other group and one of this group's in its article: j, or (when j's
                    // article is another) the member of j's group that shares it.
                    int i = fits.get(ri)[0];
                    int k = oneArticle(compared.get(i), compared.get(j)).isPresent() ? j : fits.get(ri)[1];
                    join(Math.min(i, k), Math.max(i, k), oneArticle(compared.get(i), compared.get(k)).orElseThrow(),
                            parent, members, reason, ms);
                }
            }
        }
        // Last, a group of accounts nothing dates joins the one event placed in time it could be, when there is
        // one only (never when two could take it).
        for (int j = 0; j < n; j++) {
            int rj = root(parent, j);
            if (rj != j || !members.get(rj).stream().allMatch(m -> unplaced(compared.get(m)))) {
                continue;
            }
            Map<Integer, String> takers = datedTakers(rj, compared, parent, members,
                    m -> allPairs ? range(n) : keyNeighbours(compared.get(m), withKey));
            if (takers.size() == 1) {
                Map.Entry<Integer, String> only = takers.entrySet().iterator().next();
                String[] pair = only.getValue().split(" ", 3);
                int i = Integer.parseInt(pair[0]);
                int k = Integer.parseInt(pair[1]);
                join(Math.min(i, k), Math.max(i, k), pair[2] + "; the only dated event it could be", parent, members, reason, ms);
            }
        }
        List<MergedEvent> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (root(parent, i) == i) {
                List<Integer> group = members.get(i).stream().sorted().toList();
                out.add(event(group.stream().map(ms::get).toList(),
                        group.stream().map(k -> reason[k]).filter(r -> r != null).toList()));
            }
        }
        out.sort(Comparator.comparing(MergedEvent::key));
        return out;
    }

    private static int[] range(int n) {
        return java.util.stream.IntStream.range(0, n).toArray();
    }

    /** All mentions filed under a key of {@code e} (after every mention has been filed). */
    private static int[] keyNeighbours(StoredEvent e, Map<String, List<Integer>> withKey) {
        Set<Integer> near = new java.util.TreeSet<>();
        for (String key : blockingKeys(e)) {
            near.addAll(withKey.getOrDefault(key, List.of()));
        }
        return near.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The events placed in time that a group of {@linkplain #unplaced} accounts could be: each with "i m
     * evidence", an account i of it placed in time (dated, or in a dated article) and an account m of the
     * group that share a place (or the country of one) and a participant or a name word, every account of
     * the two groups compatible at any time. Only accounts placed in time count as evidence, so that one
     * account nothing dates does not lead another to an event.
     */
    private static Map<Integer, String> datedTakers(int group, List<StoredEvent> ms, int[] parent, List<List<Integer>> members,
            Function<Integer, int[]> near) {
        Map<Integer, String> takers = new LinkedHashMap<>();
        for (int m : members.get(group)) {
            for (int i : near.apply(m)) {
                int ri = root(parent, i);
                if (ri == group || takers.containsKey(ri) || unplaced(ms.get(i)) || !compatible(ms.get(i), ms.get(m), true)) {
                    continue;
                }
                Optional<String> evidence = undatedEvidence(shared(placeKeys(ms.get(i)), placeKeys(ms.get(m))),
                        shared(actors(ms.get(i)), actors(ms.get(m))), shared(nameWords(ms.get(i)), nameWords(ms.get(m))));
                if (evidence.isPresent() && allCompatible(ms, members.get(ri), members.get(group), true)) {
                    takers.put(ri, i + " " + m + " " + evidence.get());
                }
            }
        }
        return takers;
    }

    /**
     * An account nothing dates: no time of its own, and an article with no publication date, so neither
     * the article nor a news cycle places it ("the opening next year" in an undated page).
     */
    static boolean unplaced(StoredEvent e) {
        return e.time().isEmpty() && publicationDay(e).isEmpty();
    }

    /** The mentions before j (in order) that share a key with it; then j is filed under its keys. */
    private static int[] earlierWithKey(int j, StoredEvent e, Map<String, List<Integer>> withKey) {
        Set<Integer> earlier = new java.util.TreeSet<>();
        for (String key : blockingKeys(e)) {
            List<Integer> filed = withKey.computeIfAbsent(key, k -> new ArrayList<>());
            earlier.addAll(filed);
            filed.add(j);
        }
        return earlier.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The other groups a group could join as accounts of one article (each with one of its mentions and
     * the group's mention in that article): compatible with all of it, of a kind an article tells once.
     * {@code sameArticle} gives, in order, the mentions that may share an article with a group.
     */
    private static Map<Integer, int[]> articleFits(int group, List<StoredEvent> ms, int[] parent, List<List<Integer>> members,
            Function<List<Integer>, int[]> sameArticle) {
        Map<Integer, int[]> fits = new LinkedHashMap<>();
        for (int i : sameArticle.apply(members.get(group))) {
            int ri = root(parent, i);
            if (ri == group || fits.containsKey(ri)) {
                continue;
            }
            for (int m : members.get(group)) {
                if (oneArticle(ms.get(i), ms.get(m)).isPresent() && allCompatible(ms, members.get(ri), members.get(group))) {
                    fits.put(ri, new int[] {i, m});
                    break;
                }
            }
        }
        return fits;
    }

    /** Joins the groups of mentions i and j (i before j), the later root into the earlier, with its reason. */
    private static void join(int i, int j, String evidence, int[] parent, List<List<Integer>> members, String[] reason,
            List<StoredEvent> ms) {
        int ri = root(parent, i);
        int rj = root(parent, j);
        int keep = Math.min(ri, rj);
        int gone = Math.max(ri, rj);
        parent[gone] = keep;
        members.get(keep).addAll(members.get(gone));
        members.get(gone).clear();
        // One reason per join, on the earliest mention of the group that joins (never a root again).
        String through = Set.of(i, j).equals(Set.of(keep, gone)) ? ""
                : " (through " + ms.get(j).mention() + " and " + ms.get(i).mention() + ")";
        reason[gone] = ms.get(gone).mention() + " joins " + ms.get(keep).mention() + through + ": "
                + describe(ms.get(i), ms.get(j)) + "; " + evidence;
    }

    private static boolean allCompatible(List<StoredEvent> ms, List<Integer> a, List<Integer> b) {
        return allCompatible(ms, a, b, false);
    }

    private static boolean allCompatible(List<StoredEvent> ms, List<Integer> a, List<Integer> b, boolean anyTimeIfUnplaced) {
        for (int i : a) {
            for (int j : b) {
                if (!compatible(ms.get(i), ms.get(j), anyTimeIfUnplaced)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Same kind, overlapping times (or one news cycle, for an undated account), no two sets of places without
     * one in common, and no place of one that the other says it is not at ("in Manchester and not Blackpool").
     */
    static boolean compatible(StoredEvent a, StoredEvent b) {
        return compatible(a, b, false);
    }

    /**
     * @param anyTimeIfUnplaced whether an {@linkplain #unplaced} account is compatible in time with any other
     *                          (for the last step, where it joins the one dated event it could be)
     */
    private static boolean compatible(StoredEvent a, StoredEvent b, boolean anyTimeIfUnplaced) {
        if (!a.kind().equals(b.kind())) {
            return false;
        }
        boolean inTime = dated(a, b) ? a.time().get().overlaps(b.time().get())
                : anyTimeIfUnplaced && (unplaced(a) || unplaced(b)) || sameNewsCycle(a, b);
        // Places agree when they share one, or a country one is and the other lies in ("Tokyo", "Japan").
        return inTime && (a.places().isEmpty() || b.places().isEmpty() || !shared(placeKeys(a), placeKeys(b)).isEmpty())
                && shared(a.places(), b.notPlaces()).isEmpty() && shared(b.places(), a.notPlaces()).isEmpty();
    }

    private static boolean dated(StoredEvent a, StoredEvent b) {
        return a.time().isPresent() && b.time().isPresent();
    }

    /**
     * Two accounts in one article, or in articles published within {@value #NEWS_CYCLE_DAYS} days, or an
     * undated account in an article published within {@value #NEWS_CYCLE_DAYS} days of the other's time.
     */
    private static boolean sameNewsCycle(StoredEvent a, StoredEvent b) {
        if (a.article().equals(b.article())) {
            return true;
        }
        Optional<LocalDate> da = publicationDay(a);
        Optional<LocalDate> db = publicationDay(b);
        if (da.isPresent() && db.isPresent() && Math.abs(ChronoUnit.DAYS.between(da.get(), db.get())) <= NEWS_CYCLE_DAYS) {
            return true;
        }
        return nearItsTime(da, b) || nearItsTime(db, a);
    }

    /** An article published within a news cycle of the time of a dated account: "signed in Oslo" told the next day. */
    private static boolean nearItsTime(Optional<LocalDate> published, StoredEvent dated) {
        return published.isPresent() && dated.time().isPresent()
                && !published.get().isBefore(dated.time().get().begin().minusDays(NEWS_CYCLE_DAYS))
                && !published.get().isAfter(dated.time().get().end().plusDays(NEWS_CYCLE_DAYS));
    }

    private static Optional<LocalDate> publicationDay(StoredEvent e) {
        return e.published().filter(p -> p.length() >= 10).flatMap(p -> {
            try {
                return Optional.of(LocalDate.parse(p.substring(0, 10)));
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        });
    }

    /** What two compatible mentions have in common besides kind and time, if anything; or that one article tells both. */
    static Optional<String> evidence(StoredEvent a, StoredEvent b) {
        return evidence(a, b, true);
    }

    /** @param oneArticle whether two accounts of one article need nothing in common (see {@link #oneArticle}) */
    private static Optional<String> evidence(StoredEvent a, StoredEvent b, boolean oneArticle) {
        if (!compatible(a, b)) {
            return Optional.empty();
        }
        if (!oneArticle) {
            return shared(a, b);
        }
        return shared(a, b).or(() -> oneArticle(a, b));
    }

    /**
     * What its places are compared by: their IRIs, and the countries they are or lie in
     * ({@link StoredEvent#areas}), so that "in Tokyo" and "in Japan" have Japan in common.
     */
    static List<String> placeKeys(StoredEvent e) {
        List<String> keys = new ArrayList<>(e.places());
        e.areas().forEach(c -> keys.add("country " + c));
        return keys;
    }

    /** A place, participant or name word in common (two kinds of it for an undated account). */
    private static Optional<String> shared(StoredEvent a, StoredEvent b) {
        Set<String> places = shared(placeKeys(a), placeKeys(b));
        if (!dated(a, b)) {
            return undatedEvidence(places, shared(actors(a), actors(b)), shared(nameWords(a), nameWords(b)));
        }
        if (!places.isEmpty()) {
            return Optional.of("shared place " + String.join(", ", places));
        }
        Set<String> actors = shared(actors(a), actors(b));
        if (!actors.isEmpty()) {
            return Optional.of("shared participant " + String.join(", ", actors));
        }
        Set<String> words = shared(nameWords(a), nameWords(b));
        return words.isEmpty() ? Optional.empty() : Optional.of("shared name words " + String.join(", ", words));
    }

    /**
     * Two compatible accounts of one article: an article tells of one signing, opening or summit in
     * several words ("signed an agreement on Tuesday", "signed the deal in Oslo"), but of several
     * meetings and rounds of talks, which need evidence in common.
     */
    private static Optional<String> oneArticle(StoredEvent a, StoredEvent b) {
        return a.article().equals(b.article()) && !SEVERAL_PER_ARTICLE.contains(a.kind())
                ? Optional.of("one article, nothing tells them apart") : Optional.empty();
    }

    /** A place in common, and a participant or a name word in common. */
    private static Optional<String> undatedEvidence(Set<String> places, Set<String> actors, Set<String> words) {
        if (places.isEmpty() || actors.isEmpty() && words.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("shared place " + String.join(", ", places) + " and "
                + (actors.isEmpty() ? "shared name words " + String.join(", ", words)
                        : "shared participant " + String.join(", ", actors)));
    }

    private static String describe(StoredEvent a, StoredEvent b) {
        if (!dated(a, b)) {
            return "same kind " + a.kind() + ", " + (a.time().isEmpty() && b.time().isEmpty() ? "both undated" : "one undated")
                    + (a.article().equals(b.article()) ? ", in one article"
                            : ", articles published " + publicationDay(a).map(Object::toString).orElse("(undated)") + " and "
                            + publicationDay(b).map(Object::toString).orElse("(undated)"));
        }
        return "same kind " + a.kind() + ", times " + span(a.time().orElseThrow()) + " and " + span(b.time().orElseThrow())
                + " overlap";
    }

    private static String span(EventTime t) {
        String p = t.precision().name().toLowerCase(Locale.ROOT);
        return t.begin().equals(t.end()) ? t.begin() + " (" + p + ")" : t.begin() + ".." + t.end() + " (" + p + ")";
    }

    private static List<String> actors(StoredEvent e) {
        return e.participants().stream().map(StoredEvent.Participation::actor).toList();
    }

    private static Set<String> shared(List<String> a, List<String> b) {
        Set<String> both = new LinkedHashSet<>(a);
        both.retainAll(new HashSet<>(b));
        return both;
    }

    /** The words of its name other than its kind's and function words, folded: "European energy summit" gives european, energy. */
    static List<String> nameWords(StoredEvent e) {
        Set<String> kindWords = words(e.kind().replaceAll("([a-z])([A-Z])", "$1 $2"));
        return words(e.label()).stream().filter(w -> !kindWords.contains(w) && !NAME_NOISE.contains(w)).toList();
    }

    private static Set<String> words(String s) {
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        for (String w : plain.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 2) {
                out.add(w);
            }
        }
        return out;
    }

    private static MergedEvent event(List<StoredEvent> group, List<String> reasons) {
        StoredEvent earliest = group.get(0);
        Optional<EventTime> time = group.stream().map(StoredEvent::time).flatMap(Optional::stream)
                .min(Comparator.comparing(EventTime::precision)
                        .thenComparing(t -> t.end().toEpochDay() - t.begin().toEpochDay()));
        Set<String> places = new LinkedHashSet<>();
        Set<StoredEvent.Participation> participants = new LinkedHashSet<>();
        Set<String> articles = new HashSet<>();
        for (StoredEvent e : group) {
            places.addAll(e.places());
            participants.addAll(e.participants());
            articles.add(e.article());
        }
        boolean planned = group.stream().allMatch(StoredEvent::planned);
        Set<String> notPlaces = new LinkedHashSet<>();
        group.forEach(e -> notPlaces.addAll(e.notPlaces()));
        notPlaces.removeAll(places);
        // The latest account that states a status ("postponed", then "cancelled") has the last word.
        String status = group.stream().map(StoredEvent::status).filter(x -> !x.isEmpty()).reduce("", (x, y) -> y);
        return new MergedEvent(earliest.kind() + "|" + earliest.mention(), earliest.kind(), name(group), time, group,
                List.copyOf(places), List.copyOf(participants), planned, articles.size(), reasons, List.copyOf(notPlaces),
                status);
    }

    /**
     * The name most mentions give; names with a capital or a digit ("NATO summit", "2023 summit")
     * before others ("opening"); then the one with more capitals, the longer, the earlier.
     */
    private static String name(List<StoredEvent> group) {
        Map<String, Long> counts = group.stream().collect(Collectors.groupingBy(StoredEvent::label, LinkedHashMap::new,
                Collectors.counting()));
        Function<String, Boolean> named = l -> l.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
        return counts.keySet().stream().min(Comparator.comparing((String l) -> !named.apply(l))
                .thenComparing(l -> -counts.get(l))
                .thenComparing(l -> -capitals(l))
                .thenComparing(l -> -l.length())).orElseThrow();
    }

    /** Capital letters: "NATO summit" names its organiser, "2023 summit" only its year. */
    private static long capitals(String label) {
        return label.chars().filter(Character::isUpperCase).count();
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Dated articles first, earliest first; then by article and mention IRI, so the order is stable. */
    static final Comparator<StoredEvent> EARLIEST_FIRST = Comparator
            .comparing((StoredEvent e) -> e.published().flatMap(StatementClusterer::instant).orElse(java.time.Instant.MAX))
            .thenComparing(StoredEvent::article)
            .thenComparing(StoredEvent::mention);
}
