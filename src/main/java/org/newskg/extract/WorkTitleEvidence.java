package org.newskg.extract;

import static org.newskg.extract.SpeechLexicon.lower;

import java.util.List;
import java.util.Set;
import org.newskg.core.Span;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Token;

/**
 * Whether a "person" is the title of a work (a film, a book, a series) or an animal of a story, by
 * the way its article uses the name: the recogniser labels titles named like people ("X Y") people.
 * By the evidence of general English usage, never by lists of titles ({@code work-title-evidence.tsv}):
 * a series noun after the name ("the X series"), a work's words before it ("box office hits X", "the
 * film X"), a performer's part in it ("plays a drunkard in X"), an animal's noun after it ("X the pig").
 * A person's evidence anywhere in the article (a title, a role, "he"/"she" or ", who" referring to the
 * name) wins over all but the animal's. Stateless and thread-safe.
 */
final class WorkTitleEvidence {
    private static final String FILE = "work-title-evidence.tsv";
    private static final Set<String> NOUN_AFTER = RuleFiles.group(FILE, "noun-after");
    private static final Set<String> BEFORE = RuleFiles.group(FILE, "before");
    private static final Set<String> ACTED_IN = RuleFiles.group(FILE, "acted-in");
    private static final Set<String> ANIMALS = RuleFiles.group(FILE, "animal");
    /** Most words between a performer's verb and "in X" ("plays a divorced drunkard in X"). */
    private static final int ACTED_REACH = 6;
    /** Longest "before" phrase, in tokens ("box - office hits"). */
    private static final int MAX_BEFORE = 4;

    private WorkTitleEvidence() {}

    /** The evidence that a person entity is a work's title or an animal, described, or null when there is none. */
    static String of(AnnotatedArticle doc, Entity e, Set<Span> titled) {
        List<Token> tokens = doc.tokens();
        String found = null;
        boolean person = false;
        for (Mention m : e.mentions()) {
            int[] r = EntityHygiene.tokenRange(doc, m.span());
            if (r == null) {
                continue;
            }
            String animal = animal(tokens, r[1], tokens.get(r[0]).sentence());
            if (animal != null) {
                return "'" + m.text() + " the " + animal + "': an animal of the story, no person";
            }
            person |= titled.contains(m.span()) || EntityHygiene.hasRole(tokens, r[0], r[1])
                    || OrganizationEvidence.referredToAsPerson(tokens, r[0], r[1]);
            if (found == null) {
                found = evidence(tokens, r[0], r[1]);
            }
        }
        return person || found == null ? null : found + ": the title of a work, no person";
    }

    private static String evidence(List<Token> tokens, int first, int end) {
        int s = tokens.get(first).sentence();
        String name = join(tokens, first, end);
        Token next = at(tokens, end, s);
        if (next != null && NOUN_AFTER.contains(lower(next.text())) && Character.isLowerCase(next.text().codePointAt(0))) {
            return "'" + name + " " + next.text() + "'";
        }
        for (int n = 1; n <= MAX_BEFORE; n++) {
            if (first - n >= 0 && tokens.get(first - n).sentence() == s
                    && BEFORE.contains(lower(join(tokens, first - n, first)).replace(" - ", "-"))) {
                return "'" + join(tokens, first - n, first) + " " + name + "'";
            }
        }
        if (next != null && next.pos().equals("POS")) {
            return null; // "starred in X's film": X is whose film it is
        }
        Token in = at(tokens, first - 1, s);
        if (in != null && lower(in.text()).equals("in")) {
            for (int t = first - 2; t >= Math.max(0, first - 2 - ACTED_REACH) && at(tokens, t, s) != null; t--) {
                Token w = tokens.get(t);
                if (w.text().equals(",") || EntityType.fromNer(w.ner()).isPresent()) {
                    break; // another clause or another name: the verb is not about X
                }
                if (w.pos().startsWith("VB") && ACTED_IN.contains(lower(w.lemma()))) {
                    return "'" + w.text() + " ... in " + name + "'";
                }
            }
        }
        return null;
    }

    /** The animal's noun of "X the pig", or null. */
    private static String animal(List<Token> tokens, int end, int s) {
        Token the = at(tokens, end, s);
        Token noun = at(tokens, end + 1, s);
        if (the == null || noun == null || !lower(the.text()).equals("the") || !ANIMALS.contains(lower(noun.text()))
                || !Character.isLowerCase(noun.text().codePointAt(0))) {
            return null;
        }
        return noun.text();
    }

    private static Token at(List<Token> tokens, int t, int sentence) {
        return t >= 0 && t < tokens.size() && tokens.get(t).sentence() == sentence ? tokens.get(t) : null;
    }

    private static String join(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int t = from; t < to; t++) {
            b.append(t > from ? " " : "").append(tokens.get(t).text());
        }
        return b.toString();
    }
}
