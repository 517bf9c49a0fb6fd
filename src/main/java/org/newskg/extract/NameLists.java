package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.EntityMention;
import org.newskg.nlp.Token;

/**
 * Team sheets and cast lists: a sentence that is nothing but names between commas, semicolons and
 * "and" ("Varga; Kessel, Brandt, Osterholm; Lind."), most of them people, lists people. The
 * recogniser, without a verb or title around them, labels some bare surnames places or companies;
 * there, a place or organisation of one or two words is a person, so that it joins the full name the
 * article gives elsewhere ("Osterholm" and "Toivo Osterholm") or stays a player of its own. A country's
 * name stays a place ("Lind, Vos, Norway"). Stateless and thread-safe.
 */
final class NameLists {
    private static final Set<String> GLUE = Set.of(",", ";", "and", "&", ".");
    private static final Set<String> RETYPED = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "ORGANIZATION");
    /** Fewest names that make a list. */
    private static final int MIN_NAMES = 3;
    /** Longest place or organisation read as a person's name in a list: "Bergamasco", "Di Marco". */
    private static final int MAX_WORDS = 2;
    private static final Countries COUNTRIES = Countries.standard();

    private NameLists() {}

    /** The mentions, with those of lists of people retyped as people. */
    static List<EntityMention> listedAmongPeople(AnnotatedArticle doc, List<EntityMention> mentions) {
        List<EntityMention> out = new ArrayList<>(mentions);
        for (int s = 0; s < doc.sentences().size(); s++) {
            int sentence = s;
            List<EntityMention> inSentence = mentions.stream().filter(m -> m.sentence() == sentence).toList();
            if (!isListOfPeople(doc, doc.sentences().get(s).firstToken(), doc.sentences().get(s).endToken(), inSentence)) {
                continue;
            }
            out.replaceAll(m -> m.sentence() == sentence && RETYPED.contains(m.type()) && m.endToken() - m.firstToken() <= MAX_WORDS
                    && COUNTRIES.byName(m.text()).isEmpty()
                    ? new EntityMention(m.text(), m.span(), "PERSON", m.sentence(), m.firstToken(), m.endToken()) : m);
        }
        return out;
    }

    /**
     * Whether tokens [first, end) are only names (mentions, or capitalised proper nouns the recogniser
     * left unlabelled: "S Easterby") between list glue, at least {@link #MIN_NAMES}, more than half of
     * them mentions of people.
     */
    private static boolean isListOfPeople(AnnotatedArticle doc, int first, int end, List<EntityMention> mentions) {
        List<Token> tokens = doc.tokens();
        int names = 0;
        int people = 0;
        boolean afterName = false;
        for (int t = first; t < end; ) {
            EntityMention m = startingAt(mentions, t);
            Token tok = tokens.get(t);
            if (m != null || isUnlabelledName(tok)) {
                if (!afterName) {
                    names++; // "S Easterby": an initial and a surname are one name
                }
                if (m != null && m.type().equals("PERSON") && !afterName) {
                    people++;
                }
                afterName = true;
                t = m != null ? m.endToken() : t + 1;
            } else if (GLUE.contains(tok.text())) {
                afterName = false;
                t++;
            } else {
                return false;
            }
        }
        return names >= MIN_NAMES && 2 * people > names;
    }

    private static boolean isUnlabelledName(Token t) {
        return t.ner().equals("O") && t.pos().startsWith("NNP") && !t.text().isEmpty() && Character.isUpperCase(t.text().codePointAt(0));
    }

    private static EntityMention startingAt(List<EntityMention> mentions, int t) {
        for (EntityMention m : mentions) {
            if (m.firstToken() == t) {
                return m;
            }
        }
        return null;
    }
}
