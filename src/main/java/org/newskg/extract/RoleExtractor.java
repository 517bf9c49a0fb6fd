package org.newskg.extract;

import static org.newskg.extract.SpeechLexicon.lower;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newskg.core.Span;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Finds the roles people hold, as one article states them, in three forms:
 * <ul>
 * <li>a title before the name, with the organisation or country before the title:
 *     "Japanese Prime Minister Jane Doe", "Freedonia's ambassador to the US Jane Doe",
 *     "UNICEF chief Jane Doe", "the Ruritanian interior ministry spokesperson Jane Doe";</li>
 * <li>an apposition after the name: "Jane Doe, spokesperson for the health ministry,",
 *     "Jane Doe, the prime minister of Freedonia, said";</li>
 * <li>a title set off before the name: "Freedonia's prime minister, Jane Doe, said".</li>
 * </ul>
 * The affiliation must stand right beside the title, inside the same stretch of words as the
 * name, so a caption listing "A's President X, B Prime Minister Y and C's Minister Z" gives each
 * person the title and country of their own item, and a title never reaches across another
 * name. Roles no longer or not yet held ("former", "ex-", "then", "-elect") are left out, since
 * the graph says what the person held when the article appeared. A country named only by its
 * demonym ("Japanese") is the article's entity for that country, or a new place entity whose
 * mention is the demonym. Works on tokens, labels and entities (no parser). Stateless and thread-safe.
 */
public final class RoleExtractor {
    /** Words that can end a title: the office itself. */
    private static final Set<String> HEADS = Set.of(
            "minister", "president", "premier", "chancellor", "spokesperson", "spokesman", "spokeswoman",
            "ambassador", "envoy", "secretary", "secretary-general", "general", "chief", "head", "leader",
            "director", "director-general", "chairman", "chairwoman", "chair", "chairperson", "governor", "mayor",
            "senator", "king", "queen", "emperor", "empress", "pope", "ceo", "cfo", "coo", "cto", "officer",
            "commander", "commissioner", "prosecutor", "judge", "lawmaker", "mp", "congressman", "congresswoman",
            "representative", "coach", "manager", "founder", "co-founder", "adviser", "advisor", "negotiator",
            "administrator", "superintendent", "sheriff", "councillor", "councilor", "consul", "dean", "rector",
            "provost", "archbishop", "bishop", "cardinal", "sultan", "emir", "prince", "princess", "treasurer",
            "ombudsman", "vice-president", "vice-chancellor", "executive", "editor", "pm", "speaker", "attorney",
            "justice", "inspector", "economist");
    /** Words that can stand inside a title before its head: "Prime Minister", "Deputy Foreign Minister". */
    private static final Set<String> MODIFIERS = Set.of(
            "prime", "foreign", "defence", "defense", "finance", "interior", "home", "trade", "economy", "health",
            "education", "justice", "energy", "environment", "agriculture", "transport", "labour", "labor",
            "culture", "industry", "deputy", "vice", "acting", "interim", "chief", "first", "senior", "general",
            "executive", "managing", "state", "principal", "permanent", "special", "assistant", "associate",
            "secretary", "co", "attorney", "surgeon", "press", "lord", "grand", "supreme", "head");
    /** Heads a portfolio word may precede ("Climate Minister"), besides the modifiers above. */
    private static final Set<String> PORTFOLIO_HEADS = Set.of("minister", "secretary", "commissioner", "spokesperson",
            "spokesman", "spokeswoman");
    /** Abbreviated titles written out, so that "PM" and "Prime Minister" are one role. */
    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "pm", "prime minister", "fm", "foreign minister", "pres", "president", "sen", "senator", "gov", "governor",
            "rep", "representative", "gen", "general", "amb", "ambassador", "sec gen", "secretary general");
    /** Words that say the role is not held now: held before, or not yet. */
    private static final Set<String> NOT_NOW = Set.of(
            "former", "ex", "then", "late", "erstwhile", "onetime", "one-time", "previous", "past", "retired",
            "deposed", "ousted", "incoming", "designate", "elect", "future", "would-be", "prospective");
    /** Nouns of a body that a title may follow ("ministry spokesman"): the organisation named before holding it. */
    private static final Set<String> BODY_NOUNS = Set.of(
            "ministry", "department", "office", "embassy", "agency", "commission", "council", "committee");
    private static final Set<String> COMPLEMENT_PREPOSITIONS = Set.of("of", "for", "at", "in", "with");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    private static final int MAX_TITLE_WORDS = 5;

    private final Countries countries = Countries.standard();

    /** The roles and the entities with any country it had to add for a demonym. */
    public record Result(List<Entity> entities, List<Role> roles) {}

    public Result extract(AnnotatedArticle annotated, List<Entity> entities) {
        return new Run(annotated, entities).result();
    }

    /** The working state for one article. */
    private final class Run {
        private final List<Token> tokens;
        private final List<Entity> entities;
        private final Entity[] entityAt;
        private final int[] mentionStart;
        private final int[] mentionEnd;
        private final Map<String, List<Mention>> demonymMentions = new LinkedHashMap<>();
        private final List<Found> found = new ArrayList<>();
        private final AnnotatedArticle doc;

        /** One statement of a role, before merging. The affiliation may be a country named by a demonym. */
        private record Found(Entity person, String title, Optional<Entity> affiliation, Optional<Entity> posting, Span evidence) {}

        /** An organisation or country beside a title, and the first token of its words. */
        private record Affiliation(Entity entity, int first) {}

        Run(AnnotatedArticle doc, List<Entity> entities) {
            this.doc = doc;
            this.tokens = doc.tokens();
            this.entities = entities;
            int n = tokens.size();
            entityAt = new Entity[n];
            mentionStart = new int[n];
            mentionEnd = new int[n];
            for (Entity e : entities) {
                for (Mention m : e.mentions()) {
                    int first = -1;
                    int last = -1;
                    for (int t = 0; t < n; t++) {
                        if (m.span().contains(tokens.get(t).span())) {
                            first = first < 0 ? t : first;
                            last = t;
                        }
                    }
                    for (int t = first; t >= 0 && t <= last; t++) {
                        entityAt[t] = e;
                        mentionStart[t] = first;
                        mentionEnd[t] = last;
                    }
                }
            }
        }

        Result result() {
            for (int t = 0; t < tokens.size(); t++) {
                if (isPerson(t) && mentionStart[t] == t) {
                    titleBefore(t);
                    apposition(t);
                    titleSetOffBefore(t);
                }
            }
            List<Entity> all = new ArrayList<>(entities);
            Map<String, Entity> added = new LinkedHashMap<>();
            demonymMentions.forEach((name, ms) -> added.put(name,
                    new Entity(EntityType.PLACE, name, Optional.of("COUNTRY"), List.of(), ms)));
            all.addAll(added.values());
            return new Result(all, merge(added));
        }

        // ---- the three forms

        /** "Japanese Prime Minister Jane Doe", "Freedonia's ambassador to the US Jane Doe". */
        private void titleBefore(int person) {
            int k = person - 1;
            Optional<Entity> posting = Optional.empty();
            int postingAt = postingBefore(k);
            if (postingAt >= 0) {
                posting = Optional.of(entityAt[k]);
                k = postingAt - 1;
            }
            int titleEnd = k;
            int titleStart = titleStartBefore(titleEnd, sentenceStart(person));
            if (titleStart < 0) {
                return;
            }
            Optional<Affiliation> affiliation = affiliationBefore(titleStart - 1);
            int first = affiliation.map(Affiliation::first).orElse(titleStart);
            if (notNow(first - 1) || notNowWithin(titleStart, titleEnd)) {
                return;
            }
            add(person, titleStart, titleEnd, affiliation.map(Affiliation::entity), posting, first, mentionEnd[person]);
        }

        /** "Jane Doe, the prime minister of Freedonia, said", "Jane Doe, spokesperson for the ministry,". */
        private void apposition(int person) {
            int end = mentionEnd[person];
            int limit = sentenceEnd(person);
            int k = end + 1;
            if (k >= limit || !tokens.get(k).text().equals(",")) {
                return;
            }
            k++;
            if (k < limit && notNow(k)) {
                return;
            }
            while (k < limit && DETERMINERS.contains(lower(tokens.get(k).text()))) {
                k++;
            }
            if (k < limit && notNow(k)) {
                return;
            }
            Optional<Entity> affiliation = Optional.empty();
            Optional<Affiliation> before = affiliationAt(k, limit);
            if (before.isPresent()) {
                affiliation = Optional.of(before.get().entity());
                k = before.get().first(); // here: the token after the affiliation's words
            }
            int titleStart = k;
            int titleEnd = titleEndAfter(titleStart, limit);
            if (titleEnd < 0 || notNowWithin(titleStart, titleEnd)) {
                return;
            }
            k = titleEnd + 1;
            Optional<Entity> posting = Optional.empty();
            while (k < limit) {
                String w = lower(tokens.get(k).text());
                int e = k + 1;
                while (e < limit && DETERMINERS.contains(lower(tokens.get(e).text()))) {
                    e++;
                }
                e = qualifiedOrganisation(e, limit);
                if (e >= limit || !isBodyOrPlace(e)) {
                    if (COMPLEMENT_PREPOSITIONS.contains(w)) {
                        k = descriptionEnd(k, limit); // "spokesperson for the city's ferries": no entity to name
                    }
                    break;
                }
                if (w.equals("to") && entityAt[e].type() == EntityType.PLACE && posting.isEmpty()) {
                    posting = Optional.of(entityAt[e]);
                } else if (COMPLEMENT_PREPOSITIONS.contains(w) && affiliation.isEmpty()) {
                    affiliation = Optional.of(entityAt[e]);
                } else {
                    break;
                }
                k = mentionEnd[e] + 1;
            }
            // The appositive ends the phrase: a comma, the sentence end, a bracket or a verb. A name
            // right after it means the title belongs to that name (a list of people).
            if (k > limit || k < limit && !endsAppositive(k)) {
                return;
            }
            int last = k - 1;
            while (last > titleEnd && isPunctuation(last)) {
                last--;
            }
            add(person, titleStart, titleEnd, affiliation, posting, person, last);
        }

        /** The token after a description that names no entity ("for the city's ferries"): the next comma, or the limit; -1 past a verb or name. */
        private int descriptionEnd(int k, int limit) {
            for (int t = k + 1; t < limit; t++) {
                if (isPerson(t) || tokens.get(t).pos().startsWith("VB") || tokens.get(t).pos().equals("MD")) {
                    return limit + 1;
                }
                if (tokens.get(t).text().equals(",")) {
                    return t;
                }
            }
            return limit;
        }

        /** "Freedonia's prime minister, Jane Doe, said" and "The prime minister of Freedonia, Jane Doe,". */
        private void titleSetOffBefore(int person) {
            int comma = person - 1;
            int sentenceStart = sentenceStart(person);
            if (comma <= sentenceStart || !tokens.get(comma).text().equals(",")) {
                return;
            }
            int after = mentionEnd[person] + 1;
            if (after < sentenceEnd(person) && !endsAppositive(after)) {
                return;
            }
            int k = comma - 1;
            Optional<Entity> affiliation = Optional.empty();
            if (isBodyOrPlace(k)) {
                int e = mentionStart[k] - 1;
                while (e > sentenceStart && DETERMINERS.contains(lower(tokens.get(e).text()))) {
                    e--;
                }
                if (e > sentenceStart && COMPLEMENT_PREPOSITIONS.contains(lower(tokens.get(e).text()))) {
                    affiliation = Optional.of(entityAt[k]);
                    k = e - 1;
                }
            }
            int titleEnd = k;
            int titleStart = titleStartBefore(titleEnd, sentenceStart);
            if (titleStart < 0) {
                return;
            }
            Optional<Affiliation> before = affiliationBefore(titleStart - 1);
            if (before.isPresent() && affiliation.isPresent()) {
                return; // two affiliations: not a title this rule reads
            }
            int first = before.map(Affiliation::first).orElse(titleStart);
            // The title must open its noun phrase: at the sentence start, or after a determiner, preposition or verb.
            int opener = first - 1;
            while (opener >= sentenceStart && DETERMINERS.contains(lower(tokens.get(opener).text()))) {
                opener--;
            }
            boolean opens = opener < sentenceStart || tokens.get(opener).pos().matches("IN|TO|VB.*");
            if (!opens || notNow(first - 1) || notNowWithin(titleStart, titleEnd)) {
                return;
            }
            if (affiliation.isEmpty()) {
                affiliation = before.map(Affiliation::entity);
            }
            add(person, titleStart, titleEnd, affiliation, Optional.empty(), first, mentionEnd[person]);
        }

        // ---- parts

        /** For "... to the US Jane Doe": the first token of "to" when a place after "to" ends at k, else -1. */
        private int postingBefore(int k) {
            if (k < 0 || entityAt[k] == null || entityAt[k].type() != EntityType.PLACE) {
                return -1;
            }
            int t = mentionStart[k] - 1;
            if (t >= 0 && DETERMINERS.contains(lower(tokens.get(t).text()))) {
                t--;
            }
            return t >= 0 && lower(tokens.get(t).text()).equals("to") ? t : -1;
        }

        /** The first token of a title ending at {@code end}, or -1 when {@code end} ends no title. */
        private int titleStartBefore(int end, int sentenceStart) {
            if (end < sentenceStart || !isHead(end)) {
                return -1;
            }
            int t = end;
            while (t - 1 >= sentenceStart && end - (t - 1) < MAX_TITLE_WORDS && isTitleWord(t - 1, t)) {
                t--;
            }
            return t;
        }

        /** The last token of a title starting at {@code start}: the last head of its run of title words, or -1. */
        private int titleEndAfter(int start, int limit) {
            int last = -1;
            for (int t = start; t < limit && t - start < MAX_TITLE_WORDS; t++) {
                if (isHead(t)) {
                    last = t;
                }
                if (!(isHead(t) || isTitleWord(t, t + 1))) {
                    break;
                }
            }
            return last;
        }

        private boolean isHead(int t) {
            Token tok = tokens.get(t);
            return entityAt[t] == null && (HEADS.contains(lower(tok.text())) || HEADS.contains(lower(tok.lemma())));
        }

        /** Whether token t can stand inside a title before token next: a modifier, a head, a TITLE label or a portfolio. */
        private boolean isTitleWord(int t, int next) {
            Token tok = tokens.get(t);
            String w = lower(tok.text());
            if (entityAt[t] != null || isDemonym(t) || BODY_NOUNS.contains(w)) {
                return false;
            }
            if (MODIFIERS.contains(w) || HEADS.contains(w) || tok.ner().equals("TITLE")) {
                return true;
            }
            // "Climate Minister": one portfolio word right before the office.
            return next < tokens.size() && PORTFOLIO_HEADS.contains(lower(tokens.get(next).text()))
                    && Character.isUpperCase(tok.text().codePointAt(0)) && tok.pos().startsWith("NN");
        }

        /**
         * Where the words naming an organisation that starts at {@code start} begin, with the
         * country that qualifies it: "Chinese" or "China's" before "foreign ministry".
         */
        private int qualifierStart(int start) {
            int t = start - 1;
            if (t < 0 || !sameSentence(t, start) || entityAt[start] == null || entityAt[start].type() != EntityType.ORGANIZATION) {
                return start;
            }
            if (isPossessive(t) && t > 0 && isBodyOrPlace(t - 1) && entityAt[t - 1].type() == EntityType.PLACE) {
                return mentionStart[t - 1];
            }
            if (entityAt[t] == null && isDemonym(t)) {
                return t > 0 && sameSentence(t - 1, t) && entityAt[t - 1] == null && isTwoWordDemonym(t - 1) ? t - 1 : t;
            }
            return start;
        }

        /** The organisation mention after a qualifying country at {@code t} ("the Chinese | foreign ministry"), else t. */
        private int qualifiedOrganisation(int t, int limit) {
            int k = t;
            if (k < limit && isBodyOrPlace(k) && entityAt[k].type() == EntityType.PLACE) {
                k = mentionEnd[k] + 1;
                if (k < limit && isPossessive(k)) {
                    k++;
                }
            } else {
                while (k < limit && k - t < 2 && entityAt[k] == null && isDemonymOrPartOfOne(k)) {
                    k++;
                }
            }
            boolean organisation = k > t && k < limit && entityAt[k] != null && entityAt[k].type() == EntityType.ORGANIZATION
                    && qualifierStart(k) == t;
            return organisation ? k : t;
        }

        private boolean isDemonymOrPartOfOne(int t) {
            return isDemonym(t) || isTwoWordDemonym(t);
        }

        /** "South Korean", "New Zealander": two capitalised words that are one demonym. */
        private boolean isTwoWordDemonym(int t) {
            return t + 1 < tokens.size() && sameSentence(t, t + 1) && isCapitalisedWord(t) && isCapitalisedWord(t + 1)
                    && countries.byDemonym(text(t, t + 1)).isPresent();
        }

        private boolean isCapitalisedWord(int t) {
            String w = tokens.get(t).text();
            return Character.isUpperCase(w.codePointAt(0)) && w.codePoints().allMatch(Character::isLetter);
        }

        private String text(int first, int last) {
            return new Span(tokens.get(first).span().begin(), tokens.get(last).span().end()).of(doc.article().text());
        }

        /** The organisation or country right before a title ending at k: "NATO", "Freedonia's", "Japanese". */
        private Optional<Affiliation> affiliationBefore(int k) {
            if (k < 0) {
                return Optional.empty();
            }
            int t = k;
            if (isPossessive(t) && t > 0) {
                t--;
            }
            if (isBodyOrPlace(t)) {
                return Optional.of(new Affiliation(entityAt[t], qualifierStart(mentionStart[t])));
            }
            if (t == k) {
                for (int words = 2; words >= 1; words--) {
                    int first = k - words + 1;
                    if (first >= 0 && sameSentence(first, k)) {
                        Optional<Entity> country = demonym(first, k);
                        if (country.isPresent()) {
                            return Optional.of(new Affiliation(country.get(), first));
                        }
                    }
                }
                String w = lower(tokens.get(k).text());
                if (BODY_NOUNS.contains(w)) {
                    return bodyNamedBefore(w, k).map(e -> new Affiliation(e, k));
                }
            }
            return Optional.empty();
        }

        /**
         * An affiliation at the start of an apposition ("Freedonia's", "NATO", "Japanese"); its
         * {@code first} is here the token after its words, where the title starts.
         */
        private Optional<Affiliation> affiliationAt(int k, int limit) {
            if (k >= limit) {
                return Optional.empty();
            }
            if (isBodyOrPlace(k) && mentionStart[k] == k) {
                int after = mentionEnd[k] + 1;
                if (after < limit && isPossessive(after)) {
                    after++;
                }
                return Optional.of(new Affiliation(entityAt[k], after));
            }
            for (int words = 2; words >= 1; words--) {
                if (k + words <= limit) {
                    Optional<Entity> country = demonym(k, k + words - 1);
                    if (country.isPresent()) {
                        return Optional.of(new Affiliation(country.get(), k + words));
                    }
                }
            }
            return Optional.empty();
        }

        /** "the ministry spokesman": the one organisation named earlier whose name holds the noun. */
        private Optional<Entity> bodyNamedBefore(String noun, int before) {
            Set<Entity> candidates = new LinkedHashSet<>();
            for (int t = before - 1; t >= 0; t--) {
                Entity e = entityAt[t];
                if (e != null && e.type() == EntityType.ORGANIZATION
                        && Names.words(Names.key(e.name())).stream().anyMatch(w -> w.equals(noun) || w.equals(noun + "s"))) {
                    candidates.add(e);
                }
            }
            return candidates.size() == 1 ? Optional.of(candidates.iterator().next()) : Optional.empty();
        }

        /** The country that tokens [first, last] name as a demonym ("Japanese", "South Korean"). */
        private Optional<Entity> demonym(int first, int last) {
            if (entityAt[first] != null || entityAt[last] != null) {
                return Optional.empty();
            }
            if (!Character.isUpperCase(tokens.get(first).text().codePointAt(0))) {
                return Optional.empty();
            }
            Span span = new Span(tokens.get(first).span().begin(), tokens.get(last).span().end());
            String words = span.of(doc.article().text());
            return countries.byDemonym(words).map(c -> countryEntity(c, words, span, tokens.get(first).sentence()));
        }

        private boolean isDemonym(int t) {
            return tokens.get(t).ner().equals("NATIONALITY") || Character.isUpperCase(tokens.get(t).text().codePointAt(0))
                    && countries.byDemonym(tokens.get(t).text()).isPresent();
        }

        /** The article's entity for a country, else a new one whose mention is the demonym. */
        private Entity countryEntity(Countries.Country country, String words, Span span, int sentence) {
            Set<String> keys = country.nameKeys();
            for (Entity e : entities) {
                if (e.type() == EntityType.PLACE && keys.contains(Names.key(e.name()))) {
                    return e;
                }
            }
            List<Mention> ms = demonymMentions.computeIfAbsent(country.name(), n -> new ArrayList<>());
            Mention m = new Mention(words, span, "NATIONALITY", sentence);
            if (!ms.contains(m)) {
                ms.add(m);
            }
            return new Entity(EntityType.PLACE, country.name(), Optional.of("COUNTRY"), List.of(), List.of(m));
        }

        private void add(int person, int titleStart, int titleEnd, Optional<Entity> affiliation, Optional<Entity> posting,
                int first, int last) {
            if (affiliation.filter(a -> a.equals(entityAt[person])).isPresent()) {
                return;
            }
            Span evidence = new Span(tokens.get(first).span().begin(), tokens.get(last).span().end());
            found.add(new Found(entityAt[person], title(titleStart, titleEnd), affiliation, posting, evidence));
        }

        /**
         * One role per person, title, affiliation and posting, with all its evidence. A title
         * stated without an affiliation joins the one affiliated statement of the same title
         * for the same person, when the article has exactly one.
         */
        private List<Role> merge(Map<String, Entity> added) {
            record Key(Entity person, String title, Optional<String> affiliation, Optional<String> posting) {}
            Map<Key, List<Found>> groups = new LinkedHashMap<>();
            for (Found f : found) {
                Key key = new Key(f.person(), f.title(), f.affiliation().map(RoleExtractor::id), f.posting().map(RoleExtractor::id));
                if (f.affiliation().isEmpty()) {
                    List<Found> affiliated = found.stream().filter(o -> o.person().equals(f.person())
                            && o.title().equals(f.title()) && o.affiliation().isPresent()).toList();
                    Set<String> distinct = new LinkedHashSet<>();
                    affiliated.forEach(o -> distinct.add(id(o.affiliation().get()) + "|" + o.posting().map(RoleExtractor::id).orElse("")));
                    if (distinct.size() == 1) {
                        Found o = affiliated.get(0);
                        key = new Key(o.person(), o.title(), o.affiliation().map(RoleExtractor::id), o.posting().map(RoleExtractor::id));
                    }
                }
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            }
            List<Role> roles = new ArrayList<>();
            groups.forEach((key, fs) -> {
                Found head = fs.stream().filter(f -> f.affiliation().isPresent()).findFirst().orElse(fs.get(0));
                List<Span> evidence = fs.stream().map(Found::evidence).distinct()
                        .sorted(java.util.Comparator.comparingInt(Span::begin)).toList();
                roles.add(new Role(head.person(), head.title(), head.affiliation().map(e -> finalEntity(e, added)),
                        head.posting().map(e -> finalEntity(e, added)), evidence));
            });
            return roles;
        }

        // ---- token tests

        private boolean isPerson(int t) {
            return entityAt[t] != null && entityAt[t].type() == EntityType.PERSON;
        }

        private boolean isBodyOrPlace(int t) {
            return t >= 0 && t < tokens.size() && entityAt[t] != null && entityAt[t].type() != EntityType.PERSON;
        }

        private boolean isPunctuation(int t) {
            return tokens.get(t).text().codePoints().noneMatch(Character::isLetterOrDigit);
        }

        private boolean isPossessive(int t) {
            String w = tokens.get(t).text();
            return tokens.get(t).pos().equals("POS") || w.equals("'s") || w.equals("\u2019s") || w.equals("'");
        }

        /** Whether token t is "former", "ex-", "then" ...: the role is not held now. */
        private boolean notNow(int t) {
            if (t < 0 || t >= tokens.size()) {
                return false;
            }
            String w = lower(tokens.get(t).text());
            return NOT_NOW.contains(w) || w.startsWith("ex-");
        }

        private boolean notNowWithin(int from, int to) {
            for (int t = from; t <= to; t++) {
                String w = lower(tokens.get(t).text());
                if (notNow(t) || w.endsWith("-elect") || w.endsWith("-designate")) {
                    return true;
                }
            }
            return false;
        }

        /** What may follow an appositive: a comma, a full stop, a bracket, a verb; never a name. */
        private boolean endsAppositive(int t) {
            Token tok = tokens.get(t);
            if (isPerson(t)) {
                return false;
            }
            return tok.text().matches("[,.;:)\\]\u2014\u2013-]") || tok.pos().startsWith("VB") || tok.pos().equals("MD")
                    || lower(tok.text()).equals("and") && t + 1 < tokens.size() && !isPerson(t + 1);
        }

        private int sentenceStart(int t) {
            return doc.sentences().get(tokens.get(t).sentence()).firstToken();
        }

        private int sentenceEnd(int t) {
            Sentence s = doc.sentences().get(tokens.get(t).sentence());
            return s.endToken();
        }

        private boolean sameSentence(int a, int b) {
            return tokens.get(a).sentence() == tokens.get(b).sentence();
        }

        /** The role's name: the title's words in lower case, abbreviations written out, hyphens as spaces. */
        private String title(int first, int last) {
            List<String> words = new ArrayList<>();
            for (int t = first; t <= last; t++) {
                String w = lower(tokens.get(t).text()).replaceAll("\\.$", "");
                words.add(ABBREVIATIONS.getOrDefault(w, w));
            }
            String joined = String.join(" ", words).replace('-', ' ');
            return ABBREVIATIONS.getOrDefault(joined, joined);
        }
    }

    /** Entities compare by kind and name here: a country found twice is one affiliation. */
    private static String id(Entity e) {
        return e.type() + ":" + Names.key(e.name());
    }

    private static Entity finalEntity(Entity e, Map<String, Entity> added) {
        Entity created = added.get(e.name());
        return created != null && Objects.equals(id(created), id(e)) ? created : e;
    }
}
