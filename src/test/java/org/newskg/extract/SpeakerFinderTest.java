package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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

    @Test
    void itGoesToTheDocumentSubjectNotToABodyNamedAside() {
        List<Report> r = extract("The report is published/VBN/publish by the [Policy Unit|ORGANIZATION], a joint effort by [Acme Research|ORGANIZATION].",
                "It says a review should come first.");
        assertSpeaker("(It)", reportWith(r, "review should come first"));
    }

    @Test
    void itGoesToTheBodyThatIsTheSubjectBefore() {
        List<Report> r = extract("The [Harbour Trust|ORGANIZATION] opened/VBD/open the pier on Monday.",
                "It said the pier would stay open all year.");
        assertSpeaker("Harbour Trust", reportWith(r, "stay open"));
    }

    @Test
    void peopleNamedTogetherAreJointSpeakers() {
        List<Report> r = extract("[Jane Smith|PERSON] and chief operating/NN officer [Tom Brown|PERSON] wrote/VBD/write that the plan had failed.",
                "They noted/VBD/note that the board had met twice.");
        Report first = reportWith(r, "plan had failed");
        assertSpeaker("Jane Smith", first);
        assertEquals(List.of("Tom Brown"), first.speaker().orElseThrow().joint().stream().map(Entity::name).toList());
        Report second = reportWith(r, "board had met");
        assertSpeaker("Jane Smith", second);
        assertEquals(List.of("Tom Brown"), second.speaker().orElseThrow().joint().stream().map(Entity::name).toList());
    }

    @Test
    void theyAfterOnePersonIsNobody() {
        List<Report> r = extract("[Jane Smith|PERSON] said that the plan had failed.",
                "They said/VBD/say that the board had met twice.");
        assertSpeaker("(They)", reportWith(r, "board had met"));
    }

    @Test
    void aNameAfterAPrepositionIsNoJointSpeaker() {
        List<Report> r = extract("A letter to [Jane Smith|PERSON] and [Tom Brown|PERSON] said that the plan had failed.");
        assertTrue(reportWith(r, "plan had failed").speaker().map(s -> s.joint().isEmpty()).orElse(true));
    }

    @Test
    void participleCueDoesNotTakeTheNounPhraseAfterItAsSpeaker() {
        List<Report> r = extract("The office hit/VBD/hit back on Thursday with a letter to the chairs of the committees, saying/VBG/say their request for information \u201conly came/VBD/come after the news.\u201d");
        assertTrue(r.stream().noneMatch(x -> x.text().contains("hit back")), () -> StatementExtractorTest.describe(r));
    }

    @Test
    void titledNameInAppositionIsTheSpeaker() {
        List<Report> r = extract("Archbishop [Tom Brown|PERSON] spoke/VBD/speak on Sunday.",
                "The Archbishop of Cardiff, the Most Reverend [Peter Green|PERSON], told/VBD/tell the radio that the church wanted people to reflect.");
        assertSpeaker("Peter Green", reportWith(r, "church wanted"));
    }

    @Test
    void nameInAppositionToAFriendIsNotTheSpeaker() {
        List<Report> r = extract("[Ann Green|PERSON], a friend of [Tom Brown|PERSON], said that the plan had failed.");
        assertSpeaker("Ann Green", reportWith(r, "plan had failed"));
    }

    @Test
    void nameAfterACommaEndsAnInvertedTitle() {
        List<Report> r = extract("\u201cWe have come to see it as a civil rights issue,\u201d said Assistant Commissioner, [Ann Green|PERSON].");
        assertSpeaker("Ann Green", reportWith(r, "civil rights"));
    }

    @Test
    void pronounGoesBackThroughAnEarlierPronounSubject() {
        List<Report> r = extract("Mr [Tom Brown|PERSON] spoke/VBD/speak on Monday.",
                "He also stressed/VBD/stress that rates would rise.",
                "Prices rose/VBD/rise again.",
                "Borrowing rose/VBD/rise in January.",
                "\u201cThis is a big change for the party,\u201d he told/VBD/tell the paper.");
        assertSpeaker("Tom Brown", reportWith(r, "big change"));
    }

    @Test
    void theyPassesOverASingularSpeakerToThePair() {
        List<Report> r = extract("The committee dismissed/VBD/dismiss the complaint, [Jane Smith|PERSON] and [Tom Brown|PERSON] wrote/VBD/write.",
                "The panel kept it quiet, the letter said.",
                "The rules have been clear, they wrote/VBD/write.");
        Report q = reportWith(r, "rules have been clear");
        assertSpeaker("Jane Smith", q);
        assertEquals(List.of("Tom Brown"), q.speaker().orElseThrow().joint().stream().map(Entity::name).toList());
    }

    @Test
    void theyAfterAPluralDescriptionIsNobody() {
        List<Report> r = extract("[Jane Smith|PERSON] and [Tom Brown|PERSON] wrote/VBD/write that the plan had failed.",
                "Officials/NNS/official said/VBD/say that the plan would go on.",
                "They said/VBD/say that the board had met twice.");
        assertSpeaker("(They)", reportWith(r, "board had met"));
    }

    @Test
    void whereTheSpeakerIsFromIsSkippedLikeAnApposition() {
        List<Report> r = extract("The letter, from the [Home Office|ORGANIZATION], says: \u201cYour passport will not be renewed this year.\u201d",
                "[Ann Green|PERSON], of the [Harbour Trust|ORGANIZATION], said/VBD/say that the plan had failed.");
        assertSpeaker("(The letter)", reportWith(r, "passport will not"));
        assertSpeaker("Ann Green", reportWith(r, "plan had failed"));
    }
}
