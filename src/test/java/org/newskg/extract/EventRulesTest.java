package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.clean.ArticleMetadata;
import org.newskg.clean.CleanArticle;
import org.newskg.clean.PublicationDate;
import org.newskg.core.Span;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.TimeExpression;
import org.newskg.nlp.Token;
import org.newskg.time.TimeNormalizer;

/**
 * Event rules on one-sentence articles with their tags given ("word/TAG" or "word/TAG/lemma"), the
 * entities named by type and words, and SUTime's expressions: no models.
 */
class EventRulesTest {
    /** Wednesday 24 May 2023. */
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 5, 24);

    private record Article(AnnotatedArticle annotated, List<Entity> entities) {
        List<Event> events() {
            return new EventExtractor().extract(annotated, entities,
                    new TimeNormalizer().normalize(annotated));
        }
    }

    /** @param names "PERSON:Ana Ruiz", "PLACE:Lorvik": each the first occurrence of its words */
    private static Article article(String tagged, List<String> names, String[]... times) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (String item : tagged.split(" ")) {
            String[] f = item.split("/");
            if (text.length() > 0) {
                text.append(' ');
            }
            Span span = new Span(text.length(), text.length() + f[0].length());
            text.append(f[0]);
            tokens.add(new Token(f[0], span, f[1], f.length > 2 ? f[2] : f[0].toLowerCase(), "O", "O", 0));
        }
        String t = text.toString();
        List<Entity> entities = new ArrayList<>();
        for (String n : names) {
            String[] f = n.split(":");
            int begin = t.indexOf(f[1]);
            entities.add(new Entity(EntityType.valueOf(f[0]), f[1], Optional.empty(), List.of(),
                    List.of(new Mention(f[1], new Span(begin, begin + f[1].length()), f[0], 0))));
        }
        List<TimeExpression> expressions = new ArrayList<>();
        for (String[] te : times) {
            int begin = t.indexOf(te[0]);
            expressions.add(new TimeExpression(te[0], new Span(begin, begin + te[0].length()), te[1], te[2], 0, ""));
        }
        ArticleMetadata meta = ArticleMetadata.EMPTY.withPublished(PublicationDate.of(PUBLISHED, PUBLISHED.toString()));
        AnnotatedArticle a = new AnnotatedArticle(new CleanArticle("test", t, meta, 0),
                List.of(new Sentence(0, new Span(0, t.length()), 0, tokens.size())), tokens, List.of(), expressions);
        return new Article(a, entities);
    }

    private static List<String> names(List<Entity> entities) {
        return entities.stream().map(Entity::name).toList();
    }

    @Test
    void aNameAfterOfInTheSubjectSaysWhoseNotWho() {
        Event e = article("Ana/NNP Ruiz/NNP of/IN Vestria/NNP and/CC Li/NNP Wei/NNP of/IN Orlen/NNP signed/VBD/sign the/DT "
                + "agreement/NN in/IN Lorvik/NNP ./.", List.of("PERSON:Ana Ruiz", "PLACE:Vestria", "PERSON:Li Wei",
                "PLACE:Orlen", "PLACE:Lorvik")).events().get(0);
        assertEquals(EventKind.SIGNING, e.kind());
        assertEquals(List.of("Ana Ruiz", "Li Wei"), e.participants().stream().map(p -> p.entity().name()).toList());
        assertEquals(List.of("Lorvik"), names(e.places()));
    }

    @Test
    void whatOpensIsTheNounBeforeAPhraseSetOffByCommas() {
        Event e = article("The/DT bridge/NN ,/, run/VBN/run by/IN the/DT city/NN ,/, is/VBZ/be scheduled/VBN/schedule to/TO "
                + "open/VB/open in/IN 2028/CD ./.", List.of(), new String[] {"2028", "DATE", "2028"}).events().get(0);
        assertEquals("opening of the bridge", e.label());
        assertEquals(2028, e.time().orElseThrow().begin().getYear());
    }

    @Test
    void aParticipleAfterWhatItSignsIsASigning() {
        List<Event> events = article("The/DT treaty/NN ,/, signed/VBN/sign in/IN Lorvik/NNP on/IN Tuesday/NNP with/IN "
                + "Ana/NNP Ruiz/NNP ,/, ends/VBZ/end the/DT dispute/NN ./.", List.of("PLACE:Lorvik", "PERSON:Ana Ruiz"),
                new String[] {"Tuesday", "DATE", "2023-05-23"}).events();
        assertEquals(1, events.size(), events.toString());
        assertEquals(EventKind.SIGNING, events.get(0).kind());
        assertEquals(List.of("Lorvik"), names(events.get(0).places()));
        assertEquals(LocalDate.of(2023, 5, 23), events.get(0).time().orElseThrow().begin());
    }

    @Test
    void aPlaceAfterNotIsAPlaceItIsNotAt() {
        Event e = article("The/DT party/NN will/MD hold/VB/hold its/PRP$ conference/NN in/IN Lorvik/NNP and/CC not/RB Tarrow/NNP ./.",
                List.of("PLACE:Lorvik", "PLACE:Tarrow")).events().get(0);
        assertEquals(List.of("Lorvik"), names(e.places()));
        assertEquals(List.of("Tarrow"), names(e.notPlaces()));
        Event rather = article("The/DT summit/NN will/MD be/VB/be in/IN Lorvik/NNP rather/RB than/IN Tarrow/NNP ./.",
                List.of("PLACE:Lorvik", "PLACE:Tarrow")).events().get(0);
        assertEquals(List.of("Lorvik"), names(rather.places()));
        assertEquals(List.of("Tarrow"), names(rather.notPlaces()));
    }

    @Test
    void movedFromOnePlaceToAnother() {
        Event e = article("The/DT summit/NN was/VBD/be moved/VBN/move from/IN Tarrow/NNP to/TO Lorvik/NNP ./.",
                List.of("PLACE:Tarrow", "PLACE:Lorvik")).events().get(0);
        assertEquals(List.of("Lorvik"), names(e.places()));
        assertEquals(List.of("Tarrow"), names(e.notPlaces()));
    }

    @Test
    void cancelledAndPostponedEventsHaveAStatus() {
        assertEquals("EventCancelled", article("The/DT summit/NN in/IN Lorvik/NNP was/VBD/be cancelled/VBN/cancel ./.",
                List.of("PLACE:Lorvik")).events().get(0).status());
        assertEquals("EventCancelled", article("Leaders/NNS called/VBD/call off/RP/off the/DT summit/NN in/IN Lorvik/NNP ./.",
                List.of("PLACE:Lorvik")).events().get(0).status());
        assertEquals("EventPostponed", article("The/DT election/NN in/IN Lorvik/NNP was/VBD/be postponed/VBN/postpone ./.",
                List.of("PLACE:Lorvik")).events().get(0).status());
        assertEquals("", article("The/DT summit/NN in/IN Lorvik/NNP went/VBD/go ahead/RB ./.",
                List.of("PLACE:Lorvik")).events().get(0).status());
    }

    @Test
    void aSigningWithANamedSignerNeedsNoTimeOrPlace() {
        List<Event> events = article("Vestria/NNP Air/NNP has/VBZ/have signed/VBN/sign a/DT deal/NN ./.",
                List.of("ORGANIZATION:Vestria Air")).events();
        assertEquals(1, events.size(), events.toString());
        assertEquals(EventKind.SIGNING, events.get(0).kind());
        assertEquals(List.of("Vestria Air"), events.get(0).participants().stream().map(p -> p.entity().name()).toList());
        assertEquals(List.of(), article("Acme/NNP met/VBD/meet Orlen/NNP expectations/NNS ./.",
                List.of("ORGANIZATION:Acme", "ORGANIZATION:Orlen")).events(), "meeting expectations is no meeting");
        assertEquals(List.of(), article("It/PRP has/VBZ/have signed/VBN/sign a/DT deal/NN ./.", List.of()).events(),
                "no named signer, no time, no place");
    }

    @Test
    void aNounWithANamedParticipantNeedsNoTimeOrPlace() {
        Event e = article("Acme/NNP held/VBD/hold talks/NNS/talk with/IN Orlen/NNP ./.",
                List.of("ORGANIZATION:Acme", "ORGANIZATION:Orlen")).events().get(0);
        assertEquals(EventKind.TALKS, e.kind());
        assertEquals(List.of("Orlen", "Acme"), e.participants().stream().map(p -> p.entity().name()).toList());
        assertEquals(EventKind.MEETING, article("The/DT Eurogroup/NNP meeting/NN ended/VBD/end ./.",
                List.of("ORGANIZATION:Eurogroup")).events().get(0).kind());
        assertEquals(List.of(), article("The/DT talks/NNS/talk ended/VBD/end ./.", List.of()).events(), "a bare talks");
        assertEquals(List.of(), article("Ana/NNP Ruiz/NNP told/VBD/tell a/DT press/NN conference/NN ./.",
                List.of("PERSON:Ana Ruiz")).events(), "a speaker at it does not tell it apart");
    }

    @Test
    void aGroupNamedByItsMembersTakesPart() {
        Event e = article("The/DT G7/NNP nations/NNS had/VBD/have met/VBN/meet in/IN Lorvik/NNP ./.",
                List.of("ORGANIZATION:G7", "PLACE:Lorvik")).events().get(0);
        assertEquals(EventKind.MEETING, e.kind());
        assertEquals(List.of("G7"), e.participants().stream().map(p -> p.entity().name()).toList());
        assertEquals(List.of(), article("The/DT Acme/NNP staff/NN met/VBD/meet in/IN Lorvik/NNP ./.",
                List.of("ORGANIZATION:Acme", "PLACE:Lorvik")).events(), "a singular head is not the name's members");
    }

    @Test
    void aTourOfAPlaceIsAVisitThere() {
        Event e = article("The/DT jet/NN left/VBD/leave on/IN a/DT tour/NN of/IN Vestria/NNP and/CC Tarrow/NNP ./.",
                List.of("PLACE:Vestria", "PLACE:Tarrow")).events().get(0);
        assertEquals(EventKind.VISIT, e.kind());
        assertEquals(List.of("Vestria", "Tarrow"), names(e.places()));
    }

    @Test
    void aPlaceBeforeForTheEventIsItsPlace() {
        Event e = article("It/PRP was/VBD/be flown/VBN/fly to/TO Lorvik/NNP ,/, Vestria/NNP for/IN the/DT ceremony/NN ./.",
                List.of("PLACE:Lorvik", "PLACE:Vestria")).events().get(0);
        assertEquals(EventKind.CEREMONY, e.kind());
        assertEquals(List.of("Lorvik", "Vestria"), names(e.places()));
        assertEquals(List.of(), article("Lorvik/NNP voted/VBD/vote for/IN the/DT summit/NN ./.", List.of("PLACE:Lorvik")).events(),
                "a place with no preposition before it is not where");
    }
}
