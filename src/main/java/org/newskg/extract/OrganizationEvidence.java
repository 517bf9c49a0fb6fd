package org.newskg.extract;

import static org.newskg.extract.SpeechLexicon.lower;

import java.util.List;
import java.util.Set;
import org.newskg.core.Span;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Token;

/**
 * Whether a "person" is a company, product, outlet or team by the way its article uses the name:
 * the recogniser labels such names people when nothing in the name itself says otherwise ("X
 * announced that its factory ..."). By the evidence of general English usage, never by lists of
 * names ({@code organization-evidence.tsv}): a company noun after the name ("X CEO") or after its
 * possessive ("X's parent company"), company or outlet words before it ("shares of X", "told X"), a
 * company's verb ("X unveiled"), the name as the subject that goes on with "its" ("X said its ..."),
 * a ticker or acronym in brackets after it ("X (XYZ)"), a price move ("X rose 3%"), or the same name
 * labelled an organisation elsewhere in the article. A person's evidence anywhere in the article wins: a
 * title, a role, "he"/"she" or ", who" referring to the name. Stateless and thread-safe.
 */
final class OrganizationEvidence {
    private static final String FILE = "organization-evidence.tsv";
    private static final Set<String> NOUN_AFTER = RuleFiles.group(FILE, "noun-after");
    private static final Set<String> POSSESSED = RuleFiles.group(FILE, "possessed");
    private static final Set<String> BEFORE = RuleFiles.group(FILE, "before");
    private static final Set<String> VERB_AFTER = RuleFiles.group(FILE, "verb-after");
    private static final Set<String> MARKET = RuleFiles.group(FILE, "market");
    private static final Set<String> AFFILIATION_PREFIXES = RuleFiles.words("affiliation-prefixes.tsv");
    /** Describing words allowed between "X's" and the company noun ("X's Giga Berlin factory"). */
    private static final int MAX_DESCRIBING = 3;
    /** How far after a name a price move's amount may stand ("X is up by over 2%"). */
    private static final int MARKET_REACH = 8;
    private static final Set<String> MONEY_LABELS = Set.of("PERCENT", "MONEY");

    private OrganizationEvidence() {}

    /**
     * The evidence that a person entity is an organisation, described, or null when there is none or
     * the article also treats it as a person; {@code organizationNames} are the name keys of the
     * article's organisation mentions.
     */
    static String of(AnnotatedArticle doc, Entity e, Set<Span> titled, Set<String> organizationNames) {
        List<Token> tokens = doc.tokens();
        String found = null;
        for (Mention m : e.mentions()) {
            int[] r = EntityHygiene.tokenRange(doc, m.span());
            if (r == null) {
                continue;
            }
            if (titled.contains(m.span()) || EntityHygiene.hasRole(tokens, r[0], r[1]) || referredToAsPerson(tokens, r[0], r[1])) {
                return null;
            }
            if (found == null) {
                found = organizationNames.contains(Names.key(m.text()))
                        ? "'" + m.text() + "' labelled an organisation elsewhere in the article" : evidence(tokens, r[0], r[1]);
            }
        }
        return found;
    }

    private static String evidence(List<Token> tokens, int first, int end) {
        int s = tokens.get(first).sentence();
        String name = join(tokens, first, end);
        Token next = at(tokens, end, s);
        if (next != null && NOUN_AFTER.contains(lower(next.text())) && isCommonWord(next)) {
            return "'" + name + " " + next.text() + "'";
        }
        if (next != null && next.pos().equals("POS")) {
            for (int t = end + 1; t <= end + 1 + MAX_DESCRIBING && at(tokens, t, s) != null; t++) {
                Token w = tokens.get(t);
                if (POSSESSED.contains(lower(w.text())) && isCommonWord(w)) {
                    return "'" + name + "'s ... " + w.text() + "'";
                }
                if (!(w.pos().startsWith("NN") || w.pos().startsWith("JJ") || w.pos().equals("CD"))) {
                    break;
                }
            }
        }
        for (int n = 1; n <= 3; n++) {
            if (first - n >= 0 && tokens.get(first - n).sentence() == s && BEFORE.contains(lower(join(tokens, first - n, first)))) {
                return "'" + join(tokens, first - n, first) + " " + name + "'";
            }
        }
        if (isTicker(tokens, end, s)) {
            return "'" + name + " (" + tokens.get(end + 1).text() + ")'";
        }
        int verb = skipAuxiliaries(tokens, end, s);
        Token v = at(tokens, verb, s);
        if (v != null && v.pos().startsWith("VB") && VERB_AFTER.contains(lower(v.text()))) {
            return "'" + name + " " + v.text() + "'";
        }
        if (goesOnWithIts(tokens, verb, s)) {
            return "'" + name + " ... its'";
        }
        return priceMove(tokens, end, s) ? "'" + name + "' moves by a percentage or an amount" : null;
    }

    /** "X announced that its ...", "X has expanded its ...": only verbs, adverbs and "that" between. */
    private static boolean goesOnWithIts(List<Token> tokens, int from, int s) {
        Token v = at(tokens, from, s);
        if (v == null || !v.pos().startsWith("VB")) {
            return false;
        }
        for (int t = from + 1; t < from + 5 && at(tokens, t, s) != null; t++) {
            Token w = tokens.get(t);
            if (lower(w.text()).equals("its")) {
                return true;
            }
            if (!(w.pos().startsWith("VB") || w.pos().equals("RB") || w.pos().equals("MD") || lower(w.text()).equals("that"))) {
                return false;
            }
        }
        return false;
    }

    /** "X rose 3%", "X is up by over 2%", "X hit $28,000": a market word, then an amount, nothing named between. */
    private static boolean priceMove(List<Token> tokens, int end, int s) {
        boolean moved = false;
        for (int t = end; t < end + MARKET_REACH && at(tokens, t, s) != null; t++) {
            Token w = tokens.get(t);
            if (!moved && t == end && w.pos().equals("POS")) {
                return false; // "X's salary rose 5%": what moved is X's, not X
            }
            if (EntityType.fromNer(w.ner()).isPresent()) {
                return false; // another name between: what moved may be it
            }
            if (MARKET.contains(lower(w.text()))) {
                moved = true;
            } else if (moved && MONEY_LABELS.contains(w.ner())) {
                return true;
            }
        }
        return false;
    }

    /** "X (XYZ)": two to five capitals in brackets, not a party ("(D-Ohio)", "(R)"). */
    private static boolean isTicker(List<Token> tokens, int end, int s) {
        if (at(tokens, end + 2, s) == null || !tokens.get(end).text().equals("(") || !tokens.get(end + 2).text().equals(")")) {
            return false;
        }
        String w = tokens.get(end + 1).text();
        return w.length() >= 2 && w.length() <= 5 && w.chars().allMatch(Character::isUpperCase)
                && !AFFILIATION_PREFIXES.contains(lower(w));
    }

    /**
     * "he", "she", "his", "her" as the next third-person pronoun after the name, within its sentence
     * and the next, with no other person named before it; or ", who" right after.
     */
    static boolean referredToAsPerson(List<Token> tokens, int first, int end) {
        int s = tokens.get(first).sentence();
        if (end + 1 < tokens.size() && tokens.get(end).text().equals(",") && lower(tokens.get(end + 1).text()).equals("who")) {
            return true;
        }
        for (int t = end; t < tokens.size() && tokens.get(t).sentence() <= s + 1; t++) {
            Token w = tokens.get(t);
            if (w.coarseNer().equals("PERSON") || w.ner().equals("PERSON")) {
                return false;
            }
            String l = lower(w.text());
            if (EntityLexicon.pronoun(l).isPresent()) {
                return true;
            }
            if (l.equals("it") || l.equals("its") || l.equals("they") || l.equals("their")) {
                return false;
            }
        }
        return false;
    }

    /** Past auxiliaries, modals and adverbs: "X has also reported", "X will soon unveil". */
    private static int skipAuxiliaries(List<Token> tokens, int from, int s) {
        int t = from;
        while (at(tokens, t + 1, s) != null && (tokens.get(t).pos().equals("MD") || tokens.get(t).pos().equals("RB")
                || tokens.get(t).lemma().equals("have") || tokens.get(t).lemma().equals("be"))
                && (tokens.get(t + 1).pos().startsWith("VB") || tokens.get(t + 1).pos().equals("RB"))) {
            t++;
        }
        return t;
    }

    private static Token at(List<Token> tokens, int t, int sentence) {
        return t >= 0 && t < tokens.size() && tokens.get(t).sentence() == sentence ? tokens.get(t) : null;
    }

    private static boolean isLower(Token t) {
        return !t.text().isEmpty() && Character.isLowerCase(t.text().codePointAt(0));
    }

    /** A lower-case word or an abbreviation in capitals ("CEO"), not a capitalised name ("Shares" may be a surname). */
    private static boolean isCommonWord(Token t) {
        return isLower(t) || t.text().chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
    }

    private static String join(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int t = from; t < to; t++) {
            b.append(t > from ? " " : "").append(tokens.get(t).text());
        }
        return b.toString();
    }
}
