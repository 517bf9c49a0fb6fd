package org.newskg.extract;

import static org.newskg.extract.StatementExtractorTest.assertSpeaker;
import static org.newskg.extract.StatementExtractorTest.reportWith;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.AnnotatedArticle;

/** Who speaks, on hand-built articles: the subject rules and pronoun resolution of {@link SpeakerFinder}. */
class SpeakerFinderTest extends ExtractorFixture<List<Report>> {

    @Override
    protected List<Report> extract(AnnotatedArticle article) {
        List<Entity> entities = new EntityExtractor().extract(article).entities();
        return new StatementExtractor().extract(article, entities, List.of());
    }

    @Test
    void participlePhraseBetweenSubjectAndCueIsNotTheSpeaker() {
        List<Report> r = extract("A letter sent/VBN/send to [Tom Brown|PERSON] said his permit would not be renewed.");
        assertSpeaker("(A letter)", reportWith(r, "permit would not"));
    }

    @Test
    void frontedPhraseThenNameIsTheSubject() {
        List<Report> r = extract("In the magazine interview Mr [Tom Brown|PERSON] said/VBD/say: \u201cThe law should be changed.\u201d");
        assertSpeaker("Tom Brown", reportWith(r, "law should be changed"));
    }

    @Test
    void pluralBodyNounIsNotTheOneBodyNamedBefore() {
        List<Report> r = extract("[Acme Pharma|ORGANIZATION] recalled/VBD/recall the drug on Monday.",
                "The companies said they had no reports of side effects.");
        assertSpeaker("(The companies)", reportWith(r, "no reports"));
    }

    @Test
    void participleCueSharesTheSubjectOfTheSentencesCue() {
        List<Report> r = extract("Mr [Tom Brown|PERSON] spoke/VBD/speak to the council on Monday.",
                "In a statement, he said the plan was a key issue, saying: \u201cThe plan is one that we would commend.\u201d");
        assertSpeaker("Tom Brown", reportWith(r, "we would commend"));
    }

    @Test
    void quotedSentencesDoNotCountAgainstThePronounsReach() {
        List<Report> r = extract("\u201cI do not know how to spell it,\u201d [Ann Green|PERSON] replied/VBD/reply.",
                "\u201cBut I like it. It is long. It has a lot of vowels. We would go with that.\u201d",
                "\u201cYou can call me whatever you want,\u201d she added.");
        assertSpeaker("Ann Green", reportWith(r, "call me whatever"));
    }

    @Test
    void pronounAfterAGenderedDescriptionIsNotAPersonNamedBefore() {
        List<Report> r = extract("\u201cShe is wrong,\u201d [Tom Brown|PERSON] said.",
                "Later, the party spokesman urged/VBD/urge people to be calm.",
                "\u201cThe powers are aimed at suspects,\u201d he added.");
        assertSpeaker("(he)", reportWith(r, "powers are aimed"));
    }
}
