package org.newskg.extract;

import static org.newskg.extract.SpeechLexicon.lower;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newskg.core.Span;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.EntityMention;
import org.newskg.nlp.Token;

/**
 * Checks the recogniser's candidate names against the evidence of the article around them, before
 * they become entities. By general evidence, never by lists of names:
 * <ul>
 * <li>in a sentence that is only a list of names, most of them people (a team sheet), a place or
 *     organisation of one or two words is a person named by surname ({@link NameLists});</li>
 * <li>a courtesy or professional title ("Mr", "Dr.", {@code person-words.tsv}) is not part of the
 *     name ("Mr Oster" is "Oster"), and what follows one is a person whatever the label said;</li>
 * <li>a name in a photo credit ("Photo: X", "Picture by X", "X via Getty Images", {@code credit-words.txt})
 *     is who took the picture, no entity of the story; a credit word glued to a name's end is cut off;</li>
 * <li>an office's post-nominal after a person's name ("X Y MP") and a party's member word before it
 *     ("Tory X Y"; {@code name-edge-words.tsv}, or a word the article labels an organisation) are cut off
 *     when two words of name stay;</li>
 * <li>a role or a lower-case word inside a person's name leaves out the words before it ("Horace
 *     Mayor X", "Lois co-showrunner X");</li>
 * <li>a capitalised word that opens its sentence, is never capitalised elsewhere in the article,
 *     and is a common word there (the article uses it in lower case) is no name;</li>
 * <li>a "person" between "the" and a publication noun ("the X newspaper", {@code outlet-nouns.txt})
 *     is an outlet;</li>
 * <li>a party and district ("D-Ohio", {@code affiliation-prefixes.tsv}) is no entity;</li>
 * <li>a "person" without a title is no person's name by its shape: a name ending in a lower-case
 *     word ("Candida auris"), the first words of an institution's name ("X Medical Center",
 *     {@code name-heads.tsv}; the same name alone elsewhere in the article goes with it), one part
 *     of a hyphenated name whose other part is no person ("Toyota-Takagi"), a name whose every word the
 *     article also writes in lower case ("Sheet Pan Dinner"), a name ending in two heads or a common word
 *     and a head ("X Road Race"); and one that opens with
 *     a word of place names ("North Yorks", {@code place-name-words.tsv}) is a place.</li>
 * </ul>
 * After the mentions are joined into entities, {@link #loneWordPerson} drops the one-word "people"
 * of whom the article gives no title, no first name, no speech and no role. What is not kept is
 * returned as {@link NotKept} with its reason. Stateless and thread-safe.
 */
final class EntityHygiene {
    private static final Set<String> PLACE_LABELS = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
    /** What may stand between a credit word and the name: "Photo: X", "Picture by X", "Photograph courtesy of X". */
    private static final Set<String> CREDIT_GLUE = Set.of(":", "by", "courtesy", "of", "-", "--", "\u2013", "\u2014", "(", "\u00a9");
    private static final int CREDIT_REACH = 4;
    /** Longest apposition between a name and its speech verb, in tokens ("X, a mother of twins, said"). */
    private static final int MAX_APPOSITION = 10;
    /** Most capitalised words between a person's name and the head of the longer name it opens ("National Military Medical Center"). */
    private static final int MAX_NAME_TAIL = 6;
    /** Longest lower-case particle of a person's name ("van", "da", "von", "bin"). */
    private static final int MAX_PARTICLE = 3;
    private static final String PART_OF_LONGER_NAME = "the first words of a longer name, no person";
    private static final Set<String> PLACE_NAME_WORDS = RuleFiles.words("place-name-words.tsv");
    private static final Set<String> AFFILIATION_PREFIXES = RuleFiles.words("affiliation-prefixes.tsv");
    /** The English articles, which open no person's name ("An O'Gara penalty"). */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> EDGE_AFTER = RuleFiles.group("name-edge-words.tsv", "after");
    private static final Set<String> EDGE_BEFORE = RuleFiles.group("name-edge-words.tsv", "before");
    private static final Set<String> NAME_HEADS = RuleFiles.words("name-heads.tsv");

    /** The mentions kept (some trimmed or retyped), the ones not kept, and which kept ones carry a title. */
    record Checked(List<EntityMention> kept, List<NotKept> notKept, Set<Span> titled) {}

    Checked check(AnnotatedArticle doc, List<EntityMention> candidates) {
        List<Token> tokens = doc.tokens();
        List<EntityMention> mentions = NameLists.listedAmongPeople(doc, candidates);
        Set<String> capitalisedInside = capitalisedInsideSentences(doc);
        Set<String> lowerCase = new HashSet<>();
        for (Token t : tokens) {
            if (!t.text().isEmpty() && Character.isLowerCase(t.text().codePointAt(0))) {
                lowerCase.add(t.text());
            }
        }
        List<EntityMention> kept = new ArrayList<>();
        List<NotKept> notKept = new ArrayList<>();
        Set<Span> titled = new HashSet<>();
        Set<String> partsOfLongerNames = new HashSet<>();
        Set<String> organisations = new HashSet<>();
        mentions.stream().filter(o -> o.type().equals("ORGANIZATION")).forEach(o -> organisations.add(lower(o.text())));
        for (EntityMention m : mentions) {
            int first = m.firstToken();
            while (first < m.endToken() && EntityLexicon.title(tokens.get(first).text()).isPresent()) {
                first++;
            }
            if (first == m.endToken()) {
                notKept.add(new NotKept(m.text(), m.span(), m.type(), "a title without a name"));
                continue;
            }
            if (m.type().equals("PERSON") && m.endToken() - first > 2
                    && EntityLexicon.CREDIT_WORDS.contains(lower(tokens.get(m.endToken() - 1).text()))) {
                // "X Y Courtesy of the Artist": the credit's first word glued to the name
                m = new EntityMention(new Span(m.span().begin(), tokens.get(m.endToken() - 2).span().end()).of(doc.article().text()),
                        new Span(m.span().begin(), tokens.get(m.endToken() - 2).span().end()), m.type(), m.sentence(),
                        m.firstToken(), m.endToken() - 1);
            }
            if (m.type().equals("PERSON")) {
                m = withoutEdgeWords(doc, m, first, organisations);
                first = Math.max(first, m.firstToken());
            }
            int afterRole = innerRoleEnd(tokens, m, first);
            if (afterRole > first) {
                notKept.add(new NotKept(new Span(m.span().begin(), tokens.get(afterRole - 1).span().end())
                        .of(doc.article().text()), new Span(m.span().begin(), tokens.get(afterRole - 1).span().end()), m.type(),
                        "words before a role or lower-case word inside a person's name ('Horace Mayor X': X is the person), no part of the name"));
                first = afterRole;
            }
            boolean hasTitle = first > m.firstToken() || titleBefore(tokens, m.firstToken());
            EntityMention c = first == m.firstToken() ? m : sub(doc, m, first, m.type());
            if (hasTitle && !c.type().equals("PERSON")) {
                c = sub(doc, c, c.firstToken(), "PERSON"); // "Mr X": a person, whatever the label
            }
            if (hasTitle) {
                titled.add(c.span());
            }
            if (isAffiliation(c.text())) {
                notKept.add(new NotKept(c.text(), c.span(), c.type(), "a party and district ('R-Ohio'), no entity"));
                continue;
            }
            if (c.type().equals("PERSON") && !hasTitle) {
                String shape = notAPersonsName(doc, c, lowerCase);
                if (shape != null) {
                    notKept.add(new NotKept(c.text(), c.span(), c.type(), shape));
                    if (shape.startsWith(PART_OF_LONGER_NAME)) {
                        partsOfLongerNames.add(Names.key(c.text()));
                    }
                    continue;
                }
                if (opensPlaceName(c.text())) {
                    c = sub(doc, c, c.firstToken(), "LOCATION"); // "North Yorks": a place
                }
            }
            String credit = inCredit(doc, c);
            if (credit != null) {
                notKept.add(new NotKept(c.text(), c.span(), c.type(), credit));
                continue;
            }
            if (!hasTitle && isSentenceInitialCommonWord(doc, c, capitalisedInside, lowerCase)) {
                notKept.add(new NotKept(c.text(), c.span(), c.type(),
                        "a common word capitalised only because it opens its sentence"));
                continue;
            }
            if (c.type().equals("PERSON") && !hasTitle && isOutletName(tokens, c)) {
                c = sub(doc, c, c.firstToken(), "ORGANIZATION");
            }
            kept.add(c);
        }
        // "Walter Quill" alone names the hospital too, in an article that calls it "Walter Quill Medical Center".
        kept.removeIf(m -> {
            boolean drop = m.type().equals("PERSON") && !titled.contains(m.span()) && partsOfLongerNames.contains(Names.key(m.text()));
            if (drop) {
                notKept.add(new NotKept(m.text(), m.span(), m.type(), PART_OF_LONGER_NAME + " elsewhere in the article"));
            }
            return drop;
        });
        return new Checked(kept, notKept, titled);
    }

    /**
     * The token after a capitalised role word inside a person mention, past its first word and with
     * a name of two words after it ("Horace Mayor Kory Peterson": a place glued to "Mayor Kory Peterson"), or
     * {@code first} when there is none.
     */
    static int innerRoleEnd(List<Token> tokens, EntityMention m, int first) {
        if (!m.type().equals("PERSON")) {
            return first;
        }
        // A name of two words at least after it: "Martin Luther King Jr." is no role before "Jr."
        for (int t = first + 1; t < m.endToken() - 2; t++) {
            String w = tokens.get(t).text();
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))
                    && (SpeechLexicon.PERSON_NOUNS.contains(lower(w)) || EntityLexicon.title(w).isPresent())) {
                return t + 1;
            }
            // "Lois co-showrunner Brent Fletcher": a lower-case word longer than a particle ("van", "da", "von")
            if (w.length() > MAX_PARTICLE && Character.isLowerCase(w.codePointAt(0))) {
                return t + 1;
            }
        }
        return first;
    }

    /** "D-Ohio", "DFL-St. Paul": party letters ({@code affiliation-prefixes.tsv}), a hyphen, a capital. */
    static boolean isAffiliation(String text) {
        int hyphen = text.indexOf('-');
        return hyphen > 0 && hyphen + 1 < text.length() && Character.isUpperCase(text.codePointAt(hyphen + 1))
                && AFFILIATION_PREFIXES.contains(lower(text.substring(0, hyphen)));
    }

    /** Two or more words, the first one that opens place names ({@code place-name-words.tsv}): "North Yorks". */
    static boolean opensPlaceName(String text) {
        String[] words = text.trim().split("\\s+");
        return words.length > 1 && PLACE_NAME_WORDS.contains(lower(words[0].replace(".", "")));
    }

    /**
     * Why a "person" the article gives no title is no person's name by its shape, or null: a name
     * ending in a lower-case word ("Candida auris"), a name that is the first part of an
     * institution's name ("X Medical Center", {@code name-heads.tsv}), or a name joined by a hyphen
     * to another capitalised word that is no person ("Toyota-Takagi" scores).
     */
    private static String notAPersonsName(AnnotatedArticle doc, EntityMention m, Set<String> lowerCase) {
        String[] words = m.text().trim().split("\\s+");
        String last = words[words.length - 1];
        if (words.length > 1 && Character.isLowerCase(last.codePointAt(0))) {
            return "a name that ends in a lower-case word (a species or a phrase), no person";
        }
        // "Sheet Pan Dinner": every word one the article also writes in lower case, a phrase
        if (words.length > 1 && java.util.Arrays.stream(words).allMatch(w -> lowerCase.contains(lower(w)))) {
            return "every word of the name is one the article also uses in lower case (a phrase), no person";
        }
        // "X Y Road Race", "X Y Memorial Hall": the head and a common word before it (not "Mary Jane Hall")
        String before = words.length > 2 ? lower(words[words.length - 2]) : null;
        if (before != null && NAME_HEADS.contains(lower(last)) && (NAME_HEADS.contains(before) || lowerCase.contains(before))) {
            return "a name that ends in the head of an institution's or event's name ('" + words[words.length - 2] + " " + last
                    + "'), no person";
        }
        String head = institutionHeadAfter(doc.tokens(), m);
        if (head != null) {
            return PART_OF_LONGER_NAME + " ('... " + head + "')";
        }
        return hyphenatedWithAnotherName(doc, m) ? "one part of a hyphenated name (a method or a pair), no person" : null;
    }

    /** The head word if capitalised words right after the mention end in an institution's head ("Medical Center"), else null. */
    private static String institutionHeadAfter(List<Token> tokens, EntityMention m) {
        for (int t = m.endToken(); t < Math.min(tokens.size(), m.endToken() + MAX_NAME_TAIL); t++) {
            Token tok = tokens.get(t);
            if (tok.sentence() != m.sentence() || tok.text().isEmpty() || !Character.isUpperCase(tok.text().codePointAt(0))) {
                return null;
            }
            if (NAME_HEADS.contains(lower(tok.text()))) {
                return tok.text();
            }
        }
        return null;
    }

    /** "Toyota-Takagi": the mention touches a hyphen, and across it a capitalised word that is not a person's. */
    private static boolean hyphenatedWithAnotherName(AnnotatedArticle doc, EntityMention m) {
        String text = doc.article().text();
        int b = m.span().begin();
        int e = m.span().end();
        if (b >= 2 && isHyphen(text.charAt(b - 1)) && Character.isUpperCase(wordStartBefore(text, b - 1))) {
            return !personAt(doc, b - 2);
        }
        if (e + 1 < text.length() && isHyphen(text.charAt(e)) && Character.isUpperCase(text.charAt(e + 1))) {
            return !personAt(doc, e + 1);
        }
        return false;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** The first letter of the word that ends right before {@code end}, or a space when there is none. */
    private static char wordStartBefore(String text, int end) {
        int i = end;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return i < end ? text.charAt(i) : ' ';
    }

    /** Whether a token labelled a person covers the character at {@code offset}. */
    private static boolean personAt(AnnotatedArticle doc, int offset) {
        for (Token t : doc.tokens()) {
            if (t.span().begin() <= offset && offset < t.span().end()) {
                return t.coarseNer().equals("PERSON") || t.ner().equals("PERSON");
            }
        }
        return false;
    }

    /** A title right before the name: "Mr Oster", "Dr. Oster". */
    static boolean titleBefore(List<Token> tokens, int first) {
        return first > 0 && tokens.get(first - 1).sentence() == tokens.get(first).sentence()
                && EntityLexicon.title(tokens.get(first - 1).text()).isPresent()
                && Character.isUpperCase(tokens.get(first - 1).text().codePointAt(0));
    }

    /** The credit's description if the mention is in a photo credit, else null. */
    private static String inCredit(AnnotatedArticle doc, EntityMention m) {
        List<Token> tokens = doc.tokens();
        // "X / The Forum", "X/Courtesy of the Artist": a photographer's credit after a caption.
        int after = m.endToken();
        if (m.type().equals("PERSON") && after + 1 < tokens.size() && tokens.get(after).text().equals("/")
                && tokens.get(after + 1).sentence() == m.sentence() && !tokens.get(after + 1).text().isEmpty()
                && Character.isUpperCase(tokens.get(after + 1).text().codePointAt(0))) {
            return "named in a picture credit ('" + m.text() + " / " + tokens.get(after + 1).text() + "'), no entity of the story";
        }
        // "X via Getty Images": a picture agency's credit after the photographer
        if (m.type().equals("PERSON") && after + 2 < tokens.size() && lower(tokens.get(after).text()).equals("via")) {
            for (int v = after + 1; v < Math.min(tokens.size(), after + 1 + CREDIT_REACH) && tokens.get(v).sentence() == m.sentence()
                    && !tokens.get(v).text().isEmpty() && Character.isUpperCase(tokens.get(v).text().codePointAt(0)); v++) {
                if (EntityLexicon.CREDIT_WORDS.contains(lower(tokens.get(v).text()))) {
                    return "named in a picture credit ('" + m.text() + " via ... " + tokens.get(v).text() + "'), no entity of the story";
                }
            }
        }
        int t = m.firstToken() - 1;
        // Through another name and a slash: "Photo: X/Agency" credits the agency too.
        while (t >= 0 && tokens.get(t).sentence() == m.sentence()
                && (tokens.get(t).text().equals("/") || !tokens.get(t).ner().equals("O") && !tokens.get(t).ner().equals("TITLE"))) {
            t--;
        }
        for (int reach = 0; t >= 0 && reach < CREDIT_REACH && tokens.get(t).sentence() == m.sentence(); t--, reach++) {
            String w = lower(tokens.get(t).text());
            if (EntityLexicon.CREDIT_WORDS.contains(w)) {
                return "named in a picture credit ('" + tokens.get(t).text() + "'), no entity of the story";
            }
            if (!CREDIT_GLUE.contains(w)) {
                return null;
            }
        }
        return null;
    }

    /**
     * A one-word mention that opens its sentence, a word the article never capitalises inside a
     * sentence, and that the article also uses in lower case.
     */
    private static boolean isSentenceInitialCommonWord(AnnotatedArticle doc, EntityMention m, Set<String> capitalisedInside,
            Set<String> lowerCase) {
        if (m.endToken() - m.firstToken() != 1 || !opensSentence(doc, m.firstToken())) {
            return false;
        }
        Token t = doc.tokens().get(m.firstToken());
        if (capitalisedInside.contains(t.text())) {
            return false;
        }
        // The tagger's part of speech alone is no evidence: in tables and headlines it guesses.
        return lowerCase.contains(lower(t.text()));
    }

    /** The first word of its sentence, or the first after an opening quote or dash. */
    static boolean opensSentence(AnnotatedArticle doc, int t) {
        int first = doc.sentences().get(doc.tokens().get(t).sentence()).firstToken();
        for (int i = first; i < t; i++) {
            if (doc.tokens().get(i).text().codePoints().anyMatch(Character::isLetterOrDigit)) {
                return false;
            }
        }
        return true;
    }

    /** Capitalised words the article uses inside a sentence (not as its first word). */
    private static Set<String> capitalisedInsideSentences(AnnotatedArticle doc) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < doc.tokens().size(); i++) {
            String w = doc.tokens().get(i).text();
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && !opensSentence(doc, i)) {
                out.add(w);
            }
        }
        return out;
    }

    /** "the X newspaper": a name between "the" and a publication noun. */
    private static boolean isOutletName(List<Token> tokens, EntityMention m) {
        return m.firstToken() > 0 && m.endToken() < tokens.size()
                && lower(tokens.get(m.firstToken() - 1).text()).equals("the")
                && tokens.get(m.endToken()).sentence() == m.sentence()
                && EntityLexicon.OUTLET_NOUNS.contains(lower(tokens.get(m.endToken()).text()));
    }

    /** Tokens [first, m.endToken) of a mention, with a label. */
    /**
     * A person's name without an office's post-nominal at its end ("Frank Field MP") or a party's
     * member word at its start ("Tory Liam Fox"; {@code name-edge-words.tsv}, or a word the article
     * labels an organisation on its own), when two words of name stay; nor with an article at its start
     * ("An O'Gara penalty", the recogniser taking a sentence's first word in). {@code first} is the first
     * word after any title, which stays.
     */
    static EntityMention withoutEdgeWords(AnnotatedArticle doc, EntityMention m, int first, Set<String> organisations) {
        List<Token> tokens = doc.tokens();
        int begin = m.firstToken();
        int end = m.endToken();
        if (end - first > 2 && EDGE_AFTER.contains(lower(tokens.get(end - 1).text()))) {
            end--;
        }
        if (first == begin && end - begin > 1 && ARTICLES.contains(lower(tokens.get(begin).text()))
                && tokens.get(begin).pos().equals("DT")) {
            begin++; // "An O'Gara penalty": the sentence's article, not a first name
        }
        if (first == begin && end - begin > 2) {
            String opening = lower(tokens.get(begin).text());
            if (EDGE_BEFORE.contains(opening) || organisations.contains(opening)) {
                begin++;
            }
        }
        if (begin == m.firstToken() && end == m.endToken()) {
            return m;
        }
        Span span = new Span(tokens.get(begin).span().begin(), tokens.get(end - 1).span().end());
        return new EntityMention(span.of(doc.article().text()), span, m.type(), m.sentence(), begin, end);
    }

    private static EntityMention sub(AnnotatedArticle doc, EntityMention m, int first, String type) {
        Span span = new Span(doc.tokens().get(first).span().begin(), m.span().end());
        return new EntityMention(span.of(doc.article().text()), span, type, m.sentence(), first, m.endToken());
    }

    // ---- after joining: one-word people ----

    /**
     * Why a person entity whose every name is one word is not kept, or null when it is: kept when
     * the article gives it a title, a speech verb ("X said", "said X", "according to X"), a role
     * ("coach X", "X, the club's coach") or a relation ("his wife, X"), or lists it among people or with its team or country in
     * brackets ("Berg, Lind and Vos", "Lind (Norway)").
     */
    static String loneWordPerson(AnnotatedArticle doc, Entity e, Set<Span> titled) {
        for (Mention m : e.mentions()) {
            if (Names.words(Names.key(m.text())).size() > 1 || titled.contains(m.span())) {
                return null;
            }
        }
        for (Mention m : e.mentions()) {
            int[] range = tokenRange(doc, m.span());
            if (range != null && (speaks(doc.tokens(), range[0], range[1]) || hasRole(doc.tokens(), range[0], range[1])
                    || inCompany(doc.tokens(), range[0], range[1]))) {
                return null;
            }
        }
        return "a one-word person with no title, first name, speech, role or company of people in the article";
    }

    private static boolean speaks(List<Token> tokens, int first, int end) {
        int verbFrom = end;
        // "X, 34, said", "X, a mother of twins, said": past an apposition between commas
        if (end < tokens.size() && tokens.get(end).text().equals(",")) {
            for (int t = end + 1; t < Math.min(tokens.size(), end + MAX_APPOSITION) && tokens.get(t).sentence() == tokens.get(first).sentence(); t++) {
                if (tokens.get(t).text().equals(",")) {
                    verbFrom = t + 1;
                    break;
                }
            }
        }
        return cueAt(tokens, first, verbFrom) || cueAt(tokens, first, end) || cueBefore(tokens, first);
    }

    /** "said" or "has said", "also told" from token {@code from} on, in the sentence of {@code first}. */
    private static boolean cueAt(List<Token> tokens, int first, int from) {
        for (int t = from; t < Math.min(tokens.size(), from + 3) && tokens.get(t).sentence() == tokens.get(first).sentence(); t++) {
            Token tok = tokens.get(t);
            if (tok.pos().startsWith("VB") && SpeechLexicon.CUE_VERBS.contains(lower(tok.lemma()))) {
                return true;
            }
            if (!(tok.pos().equals("RB") || tok.pos().equals("MD") || tok.pos().startsWith("VB"))) {
                break;
            }
        }
        return false;
    }

    /** "said X", "according to X". */
    private static boolean cueBefore(List<Token> tokens, int first) {
        if (first > 0 && tokens.get(first - 1).sentence() == tokens.get(first).sentence()) {
            Token before = tokens.get(first - 1);
            // "said X", "according to X"
            if (before.pos().startsWith("VB") && SpeechLexicon.CUE_VERBS.contains(lower(before.lemma()))) {
                return true;
            }
            return first > 1 && lower(before.text()).equals("to") && lower(tokens.get(first - 2).text()).equals("according");
        }
        return false;
    }

    /**
     * Listed among people ("Ola Berg, Lind and Per Vos": a person's name right before or after
     * across a comma or "and"), or with a team or country in brackets after ("Lind (Norway)"); not
     * a word that describes the noun after it ("Theresa May, Tory shadow secretary").
     */
    private static boolean inCompany(List<Token> tokens, int first, int end) {
        int s = tokens.get(first).sentence();
        if (modifiesWhatFollows(tokens, end, s)) {
            return false; // "Theresa May, Tory shadow secretary": a word of the description, not a name in a list
        }
        if (first >= 2 && isListGlue(tokens.get(first - 1)) && tokens.get(first - 2).sentence() == s
                && tokens.get(first - 2).coarseNer().equals("PERSON")) {
            return true;
        }
        if (end + 1 < tokens.size() && isListGlue(tokens.get(end)) && tokens.get(end + 1).sentence() == s
                && tokens.get(end + 1).coarseNer().equals("PERSON")) {
            return true;
        }
        if (end + 2 < tokens.size() && tokens.get(end).text().equals("(") && tokens.get(end + 1).sentence() == s) {
            String n = tokens.get(end + 1).coarseNer();
            return n.equals("ORGANIZATION") || PLACE_LABELS.contains(n) || n.equals("LOCATION");
        }
        return false;
    }

    /** A lower-case noun or adjective right after the name: the name describes it ("Tory shadow secretary"). */
    private static boolean modifiesWhatFollows(List<Token> tokens, int end, int sentence) {
        if (end >= tokens.size() || tokens.get(end).sentence() != sentence) {
            return false;
        }
        Token next = tokens.get(end);
        return !next.text().isEmpty() && Character.isLowerCase(next.text().codePointAt(0))
                && (next.pos().startsWith("NN") || next.pos().startsWith("JJ"));
    }

    private static boolean isListGlue(Token t) {
        return t.text().equals(",") || t.text().equals("and") || t.text().equals("&");
    }

    static boolean hasRole(List<Token> tokens, int first, int end) {
        if (first > 0 && tokens.get(first - 1).sentence() == tokens.get(first).sentence()) {
            Token before = tokens.get(first - 1);
            if (before.ner().equals("TITLE") || SpeechLexicon.PERSON_NOUNS.contains(lower(before.text()))) {
                return true;
            }
            // "his wife Gisele", "my pal, Eddie"
            int n = before.text().equals(",") && first > 1 ? first - 2 : first - 1;
            if (tokens.get(n).sentence() == tokens.get(first).sentence()
                    && EntityLexicon.RELATION_NOUNS.contains(lower(tokens.get(n).text()))) {
                return true;
            }
        }
        // "X, the club's coach," / "X, a lawyer"
        if (end < tokens.size() && tokens.get(end).text().equals(",")) {
            for (int t = end + 1; t < Math.min(tokens.size(), end + 6) && tokens.get(t).sentence() == tokens.get(first).sentence(); t++) {
                Token tok = tokens.get(t);
                if (tok.ner().equals("TITLE") || SpeechLexicon.PERSON_NOUNS.contains(lower(tok.text()))
                        || EntityLexicon.RELATION_NOUNS.contains(lower(tok.text()))) {
                    return true;
                }
                if (tok.text().equals(",")) {
                    break;
                }
            }
        }
        return false;
    }

    /** Tokens [first, end) covering a span, or null. */
    static int[] tokenRange(AnnotatedArticle doc, Span span) {
        int first = -1;
        int end = -1;
        List<Token> tokens = doc.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Span s = tokens.get(i).span();
            if (first < 0 && s.end() > span.begin()) {
                first = i;
            }
            if (s.begin() < span.end()) {
                end = i + 1;
            } else if (first >= 0) {
                break;
            }
        }
        return first < 0 || end <= first ? null : new int[] {first, end};
    }
}
