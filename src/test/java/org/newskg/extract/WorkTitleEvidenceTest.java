package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link WorkTitleEvidence}: a "person" the article uses as a work's title or names as an animal is
 * not kept, one test per kind of evidence of {@code work-title-evidence.tsv}, each on a hand-built
 * annotation ({@link Tagged}) with invented names; and a person's evidence wins over a work's.
 */
class WorkTitleEvidenceTest {
    private static final EntityExtractor EXTRACTOR = new EntityExtractor();

    private static ArticleFacts facts(String tagged) {
        return EXTRACTOR.extract(Tagged.article(tagged));
    }

    private static List<String> people(ArticleFacts f) {
        return f.entities().stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::name).toList();
    }

    private static boolean notKept(ArticleFacts f, String name) {
        return f.notKept().stream().anyMatch(n -> n.text().equals(name) && n.reason().contains("no person"));
    }

    @Test
    void aSeriesNounAfterTheNameIsAWork() {
        ArticleFacts f = facts("Shoots/NNS such/JJ as/IN the/DT Tamsin/NNP/PERSON Hallow/NNP/PERSON series/NN went/VBD on/RP ./.");
        assertEquals(List.of(), people(f));
        assertTrue(notKept(f, "Tamsin Hallow"), f.notKept().toString());
    }

    @Test
    void aWorksWordsBeforeTheNameMakeAWork() {
        ArticleFacts f = facts("Films/NNS like/IN box/NN office/NN hits/NNS Orla/NNP/PERSON Venn/NNP/PERSON cost/VBD less/JJR ./.");
        assertEquals(List.of(), people(f));
        assertEquals(List.of(), people(facts("She/PRP liked/VBD the/DT film/NN Orla/NNP/PERSON Venn/NNP/PERSON ./.")));
    }

    @Test
    void aPerformersPartInTheNameMakesAWork() {
        ArticleFacts f = facts("Ivo/NNP/PERSON Brask/NNP/PERSON plays/VBZ/O/play a/DT lonely/JJ cook/NN in/IN "
                + "Orla/NNP/PERSON Venn/NNP/PERSON ./.");
        assertEquals(List.of("Ivo Brask"), people(f));
        assertTrue(notKept(f, "Orla Venn"), f.notKept().toString());
        assertEquals(List.of("Ivo Brask", "Orla Venn"), people(facts("Ivo/NNP/PERSON Brask/NNP/PERSON starred/VBD/O/star in/IN "
                + "Orla/NNP/PERSON Venn/NNP/PERSON 's/POS film/NN ./.")), "whose film it is: a person");
    }

    @Test
    void anAnimalsNounAfterTheNameIsNoPersonEvenWithARole() {
        ArticleFacts f = facts("They/PRP save/VBP their/PRP$ friend/NN Pellow/NNP/PERSON the/DT pig/NN ./.");
        assertEquals(List.of(), people(f));
        assertTrue(notKept(f, "Pellow"), f.notKept().toString());
        assertEquals(List.of("Pellow Grint"), people(facts("Pellow/NNP/PERSON Grint/NNP/PERSON the/DT Great/NNP won/VBD ./.")),
                "a capitalised word after 'the' is an epithet, no animal");
    }

    @Test
    void aPersonsEvidenceWinsOverAWorks() {
        assertEquals(List.of("Orla Venn"), people(facts("Mrs/NNP Orla/NNP/PERSON Venn/NNP/PERSON series/NN of/IN talks/NNS ended/VBD ./.")));
        assertEquals(List.of("Orla Venn"), people(facts("The/DT film/NN Orla/NNP/PERSON Venn/NNP/PERSON made/VBD won/VBD ./. | "
                + "She/PRP was/VBD pleased/JJ ./.")), "'she' refers to the name");
    }
}
