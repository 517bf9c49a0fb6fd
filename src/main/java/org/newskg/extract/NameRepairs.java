package org.newskg.extract;

import static org.newskg.extract.SpeechLexicon.lower;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.core.Span;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.EntityMention;
import org.newskg.nlp.Token;

/**
 * Repairs the recogniser's mentions where news names things in ways it reads wrongly:
 * <ul>
 * <li>a country's body, "the Ruritanian defence ministry", "Freedonia's foreign ministry": the
 *     body's words are an organisation named "Defence Ministry of Ruritania" whatever the wording,
 *     instead of two common nouns (or an organisation "Foreign Ministry" that every country would
 *     share); the demonym or country stays as it was;</li>
 * <li>a publication named after a place, "The Lagos Herald", "Harbin Daily", or with a place
 *     word after its own name where the context says it is an outlet ("the Sankei Asia
 *     newspaper", "Sankei Asia reported" also at a sentence's start, "told Sankei Asia that";
 *     {@code outlet-context.tsv}): an organisation, not a place; once the article
 *     calls such words an outlet, they are one everywhere in it;</li>
 * <li>the "Group of Twenty" and "G20": organisations, both named "G20";</li>
 * <li>an organisation's name and its acronym in the same article ("the Nordic Ferry Council
 *     (NFC)", or the initials of its capitalised words): one organisation, named by the acronym,
 *     the form news uses most;</li>
 * <li>continents and world regions ("Asia", "Middle East") that the fine-grained step labels
 *     CITY: places, not cities;</li>
 * <li>one name the recogniser splits at its "and" ("the Quarry and Allied Trades Union" read as
 *     "Quarry" and "Allied Trades Union"): two organisations with only "and" or "&amp;" between them,
 *     the second ending in the head word of a body's name ({@code coordinated-name-heads.tsv}), are
 *     one organisation, unless the article names the first alone elsewhere.</li>
 * </ul>
 * General rules and lists only. Stateless and thread-safe.
 */
final class NameRepairs {
    /** Words that end a publication's name after a place ("Herald" in "The Lagos Herald"). */
    private static final Set<String> PUBLICATION_NOUNS = Set.of(
            "post", "times", "herald", "journal", "tribune", "gazette", "daily", "news", "newsroom", "telegraph",
            "chronicle", "observer", "express", "mail", "mirror", "courier", "star", "standard", "globe", "inquirer",
            "independent", "guardian", "sentinel", "examiner", "monitor", "dispatch", "bulletin", "review", "record",
            "register", "insider", "weekly", "reporter", "leader", "advertiser", "argus", "statesman", "nation");
    /** Words after a name that say it is an outlet: "the X newspaper", "X reported" ({@code outlet-context.tsv}). */
    private static final Set<String> OUTLET_AFTER = RuleFiles.group("outlet-context.tsv", "after");
    /** Words before a name that say it is an outlet: "told X", "according to X". */
    private static final Set<String> OUTLET_BEFORE = RuleFiles.group("outlet-context.tsv", "before");
    /** The body a country's adjective or possessive can name: "the French foreign ministry". */
    private static final Set<String> BODY_HEADS = Set.of("ministry", "department", "embassy", "consulate");
    private static final Set<String> PLACE_LABELS = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
    private static final Map<String, String> NUMBERS = Map.of(
            "seven", "7", "eight", "8", "twenty", "20", "ten", "10", "five", "5", "six", "6", "four", "4",
            "three", "3", "two", "2");
    private static final java.util.regex.Pattern GROUP_ACRONYM = java.util.regex.Pattern.compile("G-?(\\d{1,2})");
    private static final int MAX_BODY_MODIFIERS = 3;
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("\\p{Lu}{2,6}");
    /** Last words of bodies' names that join an "X and Y" name ("Union", "Federation", "Council"). */
    private static final Set<String> COORDINATED_HEADS = RuleFiles.words("coordinated-name-heads.tsv");

    private final Countries countries = Countries.standard();
    /** Continents and world regions, as {@link Names#key} gives them: never cities. */
    private static final Set<String> REGIONS = Set.of(
            "asia", "europe", "africa", "north america", "south america", "latin america", "central america", "oceania",
            "antarctica", "the americas", "americas", "eurasia", "middle east", "the middle east", "near east", "far east",
            "east asia", "southeast asia", "south east asia", "south asia", "central asia", "west asia", "western europe",
            "eastern europe", "central europe", "northern europe", "southern europe", "scandinavia", "balkans",
            "the balkans", "caucasus", "the caucasus", "caribbean", "the caribbean", "north africa", "west africa",
            "east africa", "central africa", "southern africa", "sub saharan africa", "horn of africa", "sahel",
            "maghreb", "levant", "baltics", "the baltics", "indochina", "asia pacific", "indo pacific", "pacific",
            "atlantic", "arctic", "mediterranean", "the gulf", "persian gulf", "arabian peninsula", "siberia",
            "patagonia", "polynesia", "melanesia", "micronesia region");

    /** The repaired mentions, and the name to give those that the article words differently ("Foreign Ministry of China"). */
    record Repaired(List<EntityMention> mentions, Map<Span, String> names) {}

    Repaired repair(AnnotatedArticle doc) {
        return new Run(doc).repaired();
    }

    private final class Run {
        private final AnnotatedArticle doc;
        private final List<Token> tokens;
        private final List<EntityMention> mentions;
        private final Map<Span, String> names = new HashMap<>();

        Run(AnnotatedArticle doc) {
            this.doc = doc;
            this.tokens = doc.tokens();
            this.mentions = new ArrayList<>(doc.mentions());
        }

        Repaired repaired() {
            regionsAreNotCities();
            publications();
            countryBodies();
            groupsOfCountries();
            coordinatedNames();
            acronyms();
            mentions.sort(java.util.Comparator.comparingInt(m -> m.span().begin()));
            return new Repaired(List.copyOf(mentions), Map.copyOf(names));
        }

        private void regionsAreNotCities() {
            mentions.replaceAll(m -> m.type().equals("CITY") && REGIONS.contains(Names.key(m.text()))
                    ? new EntityMention(m.text(), m.span(), "LOCATION", m.sentence(), m.firstToken(), m.endToken()) : m);
        }

        private void publications() {
            List<List<String>> outlets = new ArrayList<>();
            for (EntityMention m : List.copyOf(mentions)) {
                if (!PLACE_LABELS.contains(m.type()) || !mentions.contains(m)) {
                    continue;
                }
                int end = m.endToken();
                // "The Lagos Herald", "Harbin Daily", "Lagos Evening Herald"
                for (int t = end; t < Math.min(end + 2, tokens.size()) && sameSentence(t, m.firstToken()) && isCapitalised(t); t++) {
                    if (PUBLICATION_NOUNS.contains(lower(tokens.get(t).text())) && !isPersonAt(t)) {
                        outlets.add(words(m.firstToken(), t + 1));
                        break;
                    }
                }
                // "the Sankei Asia newspaper", "Sankei Asia reported"
                int first = m.firstToken();
                int start = first;
                while (start - 1 >= 0 && first - (start - 1) <= 2 && sameSentence(start - 1, first) && isUnlabelledName(start - 1)) {
                    start--;
                }
                boolean outletWords = end < tokens.size() && sameSentence(end, first) && OUTLET_AFTER.contains(lower(tokens.get(end).text()))
                        || outletWordsBefore(start);
                if (outletWords && endsInRegionOrCountry(start, end)) {
                    outlets.add(words(start, end));
                }
            }
            // Once the article calls these words an outlet, they are one wherever it uses them.
            for (List<String> outlet : outlets) {
                for (int t = 0; t + outlet.size() <= tokens.size(); t++) {
                    if (words(t, t + outlet.size()).equals(outlet) && sameSentence(t, t + outlet.size() - 1)
                            && !isPersonAt(t)) {
                        replace(t, t + outlet.size(), Optional.empty());
                    }
                }
            }
        }

        /**
         * Whether tokens [first, end) are a name ending in a region or country word without being
         * one: "Sankei Asia" is an outlet's name, "East Asia" and "New York" are places.
         */
        private boolean endsInRegionOrCountry(int first, int end) {
            if (end - first < 2) {
                return false;
            }
            String last = tokens.get(end - 1).text();
            String whole = text(first, end);
            return (REGIONS.contains(Names.key(last)) || countries.byName(last).isPresent())
                    && !REGIONS.contains(Names.key(whole)) && countries.byName(whole).isEmpty();
        }

        /** "the Ruritanian defence ministry", "Freedonia's foreign ministry", "the Japanese embassy". */
        private void countryBodies() {
            for (int h = 1; h < tokens.size(); h++) {
                String head = lower(tokens.get(h).text());
                if (!BODY_HEADS.contains(head) || isPersonAt(h)
                        || h + 1 < tokens.size() && lower(tokens.get(h + 1).text()).equals("of")) {
                    continue;
                }
                int m = h;
                while (m - 1 >= 0 && h - (m - 1) <= MAX_BODY_MODIFIERS && sameSentence(m - 1, h) && isBodyModifier(m - 1)) {
                    m--;
                }
                if (m == h && !head.equals("embassy") && !head.equals("consulate")) {
                    continue; // "the French ministry" says too little of which one
                }
                Optional<Countries.Country> country = Optional.empty();
                for (int words = 2; words >= 1 && country.isEmpty(); words--) {
                    int f = m - words;
                    if (f >= 0 && sameSentence(f, h) && isCapitalised(f) && !isEntityAt(f)) {
                        country = countries.byDemonym(text(f, m));
                    }
                }
                if (country.isEmpty() && m - 2 >= 0 && isPossessive(m - 1)) {
                    EntityMention place = placeEndingAt(m - 2);
                    if (place != null) {
                        country = countries.byName(place.text());
                    }
                }
                if (country.isPresent()) {
                    String body = titleCase(text(m, h + 1));
                    // The mention is the body's words; the country's stays its own mention ("China" in "China's").
                    replace(m, h + 1, Optional.of(body + " of " + country.get().name()));
                }
            }
        }

        /** "Group of Twenty" and "G20" (or "G-20"): one organisation, named "G20". */
        private void groupsOfCountries() {
            for (int t = 0; t < tokens.size(); t++) {
                java.util.regex.Matcher g = GROUP_ACRONYM.matcher(tokens.get(t).text());
                if (g.matches() && !isPersonAt(t)) {
                    replace(t, t + 1, Optional.of("G" + g.group(1)));
                } else if (t + 2 < tokens.size() && tokens.get(t).text().equals("Group") && tokens.get(t + 1).text().equals("of")
                        && sameSentence(t, t + 2)) {
                    String n = lower(tokens.get(t + 2).text());
                    String digits = n.matches("\\d{1,2}") ? n : NUMBERS.get(n);
                    if (digits != null && (isCapitalised(t + 2) || n.matches("\\d{1,2}"))) {
                        replace(t, t + 3, Optional.of("G" + digits));
                    }
                }
            }
        }

        /**
         * "the Quarry and Allied Trades Union": the recogniser's "Quarry" and "Allied Trades Union" are
         * one organisation when only "and" stands between them, the second has two words or more and
         * ends in a body's head word, and the article never names the first alone (then it is an
         * organisation of its own: "Velmar and Allied Trades Union" of an article that names Velmar).
         */
        private void coordinatedNames() {
            List<EntityMention> orgs = mentions.stream().filter(m -> m.type().equals("ORGANIZATION"))
                    .sorted(java.util.Comparator.comparingInt(EntityMention::firstToken)).toList();
            for (int i = 0; i + 1 < orgs.size(); i++) {
                EntityMention left = orgs.get(i);
                EntityMention right = orgs.get(i + 1);
                int and = left.endToken();
                if (right.firstToken() != and + 1 || !sameSentence(left.firstToken(), right.endToken() - 1)
                        || !Set.of("and", "&").contains(lower(tokens.get(and).text()))
                        || right.endToken() - right.firstToken() < 2
                        || !COORDINATED_HEADS.contains(lower(tokens.get(right.endToken() - 1).text()))
                        || !isCapitalised(right.firstToken()) || namedElsewhere(left)) {
                    continue;
                }
                replace(left.firstToken(), right.endToken(), Optional.empty());
                i++;
            }
        }

        /** Whether another mention of the article has the same words as this one. */
        private boolean namedElsewhere(EntityMention m) {
            String key = Names.key(m.text());
            return mentions.stream().anyMatch(o -> o != m && !o.span().overlaps(m.span()) && Names.key(o.text()).equals(key));
        }

        /** "North Atlantic Treaty Organization" and "NATO" in one article: the long form is named by the acronym. */
        private void acronyms() {
            Set<String> acronyms = new java.util.HashSet<>();
            for (EntityMention m : mentions) {
                if (m.type().equals("ORGANIZATION") && ACRONYM.matcher(m.text()).matches()) {
                    acronyms.add(m.text());
                }
            }
            for (EntityMention m : List.copyOf(mentions)) {
                if (!m.type().equals("ORGANIZATION") || m.endToken() - m.firstToken() < 2 || names.containsKey(m.span())) {
                    continue;
                }
                int e = m.endToken();
                // "the Nordic Ferry Council (NFC)"
                if (e + 2 < tokens.size() && tokens.get(e).text().equals("(") && tokens.get(e + 2).text().equals(")")
                        && ACRONYM.matcher(tokens.get(e + 1).text()).matches() && sameSentence(e, e + 2)) {
                    String acronym = tokens.get(e + 1).text();
                    names.put(m.span(), acronym);
                    if (!acronyms.contains(acronym)) {
                        replace(e + 1, e + 2, Optional.empty());
                        acronyms.add(acronym);
                    }
                    continue;
                }
                StringBuilder initials = new StringBuilder();
                for (int t = m.firstToken(); t < e; t++) {
                    String w = tokens.get(t).text();
                    if (isCapitalised(t) && w.codePoints().allMatch(Character::isLetter)) {
                        initials.appendCodePoint(w.codePointAt(0));
                    }
                }
                if (initials.length() >= 2 && acronyms.contains(initials.toString())) {
                    names.put(m.span(), initials.toString());
                }
            }
        }

        /** Tokens [first, end) become one organisation mention, with a name when given; mentions they overlap go. */
        private void replace(int first, int end, Optional<String> name) {
            Span span = new Span(tokens.get(first).span().begin(), tokens.get(end - 1).span().end());
            mentions.removeIf(m -> m.span().overlaps(span));
            mentions.add(new EntityMention(span.of(doc.article().text()), span, "ORGANIZATION", tokens.get(first).sentence(),
                    first, end));
            name.ifPresent(n -> names.put(span, n));
        }

        private EntityMention placeEndingAt(int t) {
            for (EntityMention m : mentions) {
                if (PLACE_LABELS.contains(m.type()) && m.endToken() == t + 1) {
                    return m;
                }
            }
            return null;
        }

        private boolean isBodyModifier(int t) {
            Token tok = tokens.get(t);
            String pos = tok.pos();
            return (pos.startsWith("JJ") || pos.equals("NN") || pos.equals("NNP") || pos.equals("NNS"))
                    && !isPersonAt(t) && countries.byDemonym(tok.text()).isEmpty() && !isPlaceAt(t)
                    && tok.text().codePoints().allMatch(Character::isLetter);
        }

        /** A capitalised word the recogniser left unlabelled, not the first of its sentence: part of an unknown name. */
        /**
         * A capitalised proper noun without a label; at a sentence's start only if the article never
         * writes it in lower case (a sentence's first word may be a common word: "Central Asia").
         */
        private boolean isUnlabelledName(int t) {
            Token tok = tokens.get(t);
            return tok.pos().startsWith("NNP") && tok.ner().equals("O") && isCapitalised(t)
                    && (doc.sentences().get(tok.sentence()).firstToken() != t || !writtenInLowerCase(lower(tok.text())));
        }

        private boolean writtenInLowerCase(String word) {
            return tokens.stream().anyMatch(w -> w.text().equals(word));
        }

        /** "told X", "according to X": words before token {@code start}, in its sentence, that say X is an outlet. */
        private boolean outletWordsBefore(int start) {
            for (int n = 1; n <= 2; n++) {
                if (start - n >= 0 && sameSentence(start - n, start) && OUTLET_BEFORE.contains(lower(text(start - n, start)))) {
                    return true;
                }
            }
            return false;
        }

        private boolean isPersonAt(int t) {
            return tokens.get(t).coarseNer().equals("PERSON");
        }

        private boolean isPlaceAt(int t) {
            return PLACE_LABELS.contains(tokens.get(t).ner());
        }

        private boolean isEntityAt(int t) {
            String n = tokens.get(t).coarseNer();
            return n.equals("PERSON") || n.equals("ORGANIZATION") || PLACE_LABELS.contains(n);
        }

        private boolean isPossessive(int t) {
            String w = tokens.get(t).text();
            return tokens.get(t).pos().equals("POS") || w.equals("'s") || w.equals("\u2019s");
        }

        private boolean isCapitalised(int t) {
            return Character.isUpperCase(tokens.get(t).text().codePointAt(0));
        }

        private boolean sameSentence(int a, int b) {
            return a >= 0 && b >= 0 && a < tokens.size() && b < tokens.size() && tokens.get(a).sentence() == tokens.get(b).sentence();
        }

        private List<String> words(int first, int end) {
            List<String> out = new ArrayList<>();
            for (int t = first; t < end; t++) {
                out.add(tokens.get(t).text());
            }
            return out;
        }

        private String text(int first, int end) {
            return new Span(tokens.get(first).span().begin(), tokens.get(end - 1).span().end()).of(doc.article().text());
        }
    }

    private static String titleCase(String words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words.split("\\s+")) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append(w.substring(1).toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }
}
