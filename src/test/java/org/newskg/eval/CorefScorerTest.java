package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MEANTIME's XML read back, and B-cubed and cross-document pairs scored by hand-countable examples. */
class CorefScorerTest {
    @TempDir
    Path tmp;

    /** An invented article in MEANTIME's form: a person named twice, a pronoun, an event and a product. */
    private static final String XML = """
            <?xml version="1.0" ?><Document doc_id="7" doc_name="7_Ferry" lang="en" url="http://example.org/7">
            <token number="0" sentence="0" t_id="1">Ferry</token>
            <token number="1" sentence="0" t_id="2">sails</token>
            <token number="2" sentence="1" t_id="3">Tomas</token>
            <token number="3" sentence="1" t_id="4">Ekdal</token>
            <token number="4" sentence="1" t_id="5">said</token>
            <token number="5" sentence="1" t_id="6">he</token>
            <token number="6" sentence="1" t_id="7">approved</token>
            <Markables>
            <ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="3"/><token_anchor t_id="4"/></ENTITY_MENTION>
            <ENTITY_MENTION m_id="2" syntactic_type="PRO"><token_anchor t_id="6"/></ENTITY_MENTION>
            <ENTITY_MENTION m_id="3" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
            <EVENT_MENTION m_id="4"><token_anchor t_id="5"/></EVENT_MENTION>
            <ENTITY TAG_DESCRIPTOR="Tomas Ekdal" ent_type="PER" external_ref="http://dbpedia.org/resource/Tomas_Ekdal" instance_id="PER1" m_id="10"/>
            <ENTITY TAG_DESCRIPTOR="ferry" ent_type="PRO" instance_id="PRO1" m_id="11"/>
            <EVENT TAG_DESCRIPTOR="said" instance_id="EV1" m_id="12"/>
            </Markables>
            <Relations>
            <REFERS_TO r_id="1"><source m_id="1"/><source m_id="2"/><target m_id="10"/></REFERS_TO>
            <REFERS_TO r_id="2"><source m_id="3"/><target m_id="11"/></REFERS_TO>
            <REFERS_TO r_id="3"><source m_id="4"/><target m_id="12"/></REFERS_TO>
            </Relations>
            </Document>
            """;

    @Test
    void readsTokensAndTheMentionsOfPeopleOrganisationsAndPlaces() throws IOException {
        Path f = tmp.resolve("7.xml");
        Files.writeString(f, XML);
        MeantimeDocument doc = MeantimeReader.read(f);
        assertEquals("7", doc.id());
        assertEquals(List.of(List.of("Ferry", "sails"), List.of("Tomas", "Ekdal", "said", "he", "approved")), doc.sentences());
        assertEquals(List.of(new MeantimeDocument.Mention(2, 3, "PER", "PER1"), new MeantimeDocument.Mention(5, 5, "PER", "PER1")),
                doc.mentions(), "the product and the event are not kept");
        assertEquals(Map.of("PER1", "http://dbpedia.org/resource/Tomas_Ekdal"), doc.links());
        assertEquals(List.of(f), MeantimeReader.files(tmp));
    }

    private static MeantimeDocument doc(String id, MeantimeDocument.Mention... mentions) {
        return new MeantimeDocument(id, List.of(List.of("w", "w", "w", "w", "w")), List.of(mentions), Map.of());
    }

    private static MeantimeDocument.Mention gold(int first, int last, String instance) {
        return new MeantimeDocument.Mention(first, last, "PER", instance);
    }

    private static ProductCoref.SystemMention sys(int first, int last, String iri) {
        return new ProductCoref.SystemMention(first, last, iri);
    }

    @Test
    void scoresOnlyMatchedMentionsAndCountsCrossDocumentPairs() {
        CorefScorer scorer = new CorefScorer();
        // Gold: A in d1 (twice) and d2; B in d2. System: "ekdal" in d1, "tomas-ekdal" in d2, and B found as "tomas-ekdal" too.
        scorer.add(doc("d1", gold(0, 1, "A"), gold(3, 3, "A")), List.of(sys(0, 1, "ekdal"), sys(3, 3, "ekdal")));
        scorer.add(doc("d2", gold(0, 1, "A"), gold(2, 3, "B"), gold(4, 4, "C")),
                List.of(sys(1, 1, "tomas-ekdal"), sys(3, 3, "tomas-ekdal")));

        CorefScorer.Scores alone = scorer.score(iri -> iri);
        assertEquals(5, alone.goldMentions());
        assertEquals(4, alone.matched(), "C has no system mention; 'Ekdal' matches 'Tomas Ekdal' by its last token");
        // System clusters {d1a, d1b} {d2a, d2b}: precision 1, 1, 1/2, 1/2; recall 2/3, 2/3, 1/3, 1.
        assertEquals(0.75, alone.b3Precision(), 1e-9);
        assertEquals((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1) / 4, alone.b3Recall(), 1e-9);
        assertEquals(0, alone.crossPrecision(), 1e-9, "no system pair crosses documents");
        assertEquals(0, alone.crossRecall(), 1e-9);

        CorefScorer.Scores joined = scorer.score(iri -> iri.equals("ekdal") ? "tomas-ekdal" : iri);
        // One system cluster of four: cross-document pairs 2 x 2 = 4, gold's A pairs across documents: 2, both found.
        assertEquals(2.0 / 4, joined.crossPrecision(), 1e-9);
        assertEquals(1.0, joined.crossRecall(), 1e-9);
        assertEquals(Optional.of("A"), scorer.goldOf(Set.of("ekdal")));
    }

    @Test
    void withinDocumentScoresCountEachDocumentApartWithBcubedAndMuc() {
        CorefScorer scorer = new CorefScorer();
        // d1: gold A A A, system splits them {x, x} {y}. d2: gold A (its own chain there) and B, system one IRI "x" for both.
        scorer.add(doc("d1", gold(0, 0, "A"), gold(1, 1, "A"), gold(2, 2, "A")),
                List.of(sys(0, 0, "x"), sys(1, 1, "x"), sys(2, 2, "y")));
        scorer.add(doc("d2", gold(0, 0, "A"), gold(1, 1, "B")), List.of(sys(0, 0, "x"), sys(1, 1, "x")));
        CorefScorer.WithinScores s = scorer.scoreWithinDocuments();
        assertEquals(5, s.matched());
        assertEquals(3, s.goldChains(), "A in d1, A in d2, B in d2");
        assertEquals(3, s.systemEntities(), "x in d1, y in d1, x in d2: 'x' of d1 is not 'x' of d2");
        // B3 precision: d1 1, 1, 1; d2 1/2, 1/2. Recall: d1 2/3, 2/3, 1/3; d2 1, 1.
        assertEquals((3 + 1.0) / 5, s.b3Precision(), 1e-9);
        assertEquals((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 2) / 5, s.b3Recall(), 1e-9);
        // MUC recall: gold A/d1 needs 2 links, keeps 3 - 2 parts = 1; A/d2 and B/d2 need none: 1/2.
        // MUC precision: x/d1 needs 1, keeps 1; y/d1 none; x/d2 needs 1, keeps 2 - 2 = 0: 1/2.
        assertEquals(0.5, s.mucRecall(), 1e-9);
        assertEquals(0.5, s.mucPrecision(), 1e-9);
        assertEquals(0.5, s.mucF1(), 1e-9);
    }
}
