package org.newskg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newskg.nlp.Token;

/**
 * What one article shows of its people's gender: a title before a name ({@code person-titles.tsv}:
 * "Mr", "Mrs", "Sir", "Lady" ...), and the pronouns already resolved to them. A person with
 * neither agrees with both pronouns; one the article shows as both agrees with neither. One per
 * article run, not thread-safe.
 */
final class Genders {
    private static final Map<String, Gender> TITLES = RuleFiles.keyed("person-titles.tsv", Gender::valueOf);

    private final Map<Entity, Gender> known = new HashMap<>();
    private final Map<Entity, Boolean> mixed = new HashMap<>();

    private Genders() {}

    /** Genders from the title word right before each mention of a person (entityAt/mentionStart per token). */
    static Genders of(List<Token> tokens, Entity[] entityAt, boolean[] mentionStart) {
        Genders g = new Genders();
        for (int t = 0; t < tokens.size(); t++) {
            Entity e = entityAt[t];
            if (e == null || e.type() != EntityType.PERSON || !mentionStart[t]) {
                continue;
            }
            // The title may stand before the mention or be its first word.
            Optional<Gender> title = t > 0 ? titleGender(tokens.get(t - 1)) : Optional.empty();
            if (title.isEmpty()) {
                title = titleGender(tokens.get(t));
            }
            title.ifPresent(x -> g.learn(e, x));
        }
        return g;
    }

    static Optional<Gender> titleGender(Token t) {
        String w = t.text().endsWith(".") ? t.text().substring(0, t.text().length() - 1) : t.text();
        return Optional.ofNullable(TITLES.get(SpeechLexicon.lower(w)));
    }

    /** Whether a pronoun of gender g (null: a word that shows none) may stand for the person. */
    boolean agrees(Entity e, Gender g) {
        Gender k = known.get(e);
        return g == null || !mixed.getOrDefault(e, false) && (k == null || k == g);
    }

    void learn(Entity e, Gender g) {
        Gender before = known.putIfAbsent(e, g);
        if (before != null && before != g) {
            mixed.put(e, true);
        }
    }
}
