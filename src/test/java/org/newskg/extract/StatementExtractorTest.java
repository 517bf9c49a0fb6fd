package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.AnnotatedArticle;

/** Each attribution form on a hand-built article: what is reported, of which type, and by whom. */
class StatementExtractorTest extends ExtractorFixture<List<Report>> {

    @Override
    protected List<Report> extract(AnnotatedArticle article) {
        List<Entity> entities = new EntityExtractor().extract(article).entities();
        return new StatementExtractor().extract(article, entities, List.of());
    }

    /** The one report whose content holds these words. */
    static Report reportWith(List<Report> reports, String words) {
        List<Report> found = reports.stream().filter(r -> r.text().contains(words)).toList();
        assertEquals(1, found.size(), () -> "reports with '" + words + "': " + describe(reports));
        return found.get(0);
    }

    static String describe(List<Report> reports) {
        return reports.stream().map(r -> r.type() + " [" + r.text() + "] by " + speakerName(r)).toList().toString();
    }

    /** The resolved speaker's name, else the speaker's words in brackets, else "-". */
    static String speakerName(Report r) {
        return r.speaker().map(s -> s.entity().map(Entity::name).orElse("(" + s.text() + ")")).orElse("-");
    }

    static void assertSpeaker(String expected, Report r) {
        assertEquals(expected, speakerName(r), () -> "speaker of [" + r.text() + "]");
    }

    @Test
    void directQuoteWithCueAfter() {
        List<Report> r = extract("\u201cThe bridge will open in the spring,\u201d [Jane Smith|PERSON] said.");
        Report q = reportWith(r, "bridge will open");
        assertEquals(ReportType.DIRECT, q.type());
        assertEquals("The bridge will open in the spring", q.text());
        assertSpeaker("Jane Smith", q);
    }

    @Test
    void directQuoteWithInvertedCue() {
        Report q = reportWith(extract("\u201cThe bridge will open in the spring,\u201d said [Jane Smith|PERSON]."), "bridge");
        assertSpeaker("Jane Smith", q);
    }

    @Test
    void reportedSpeechWithThat() {
        Report q = reportWith(extract("[Jane Smith|PERSON] said that the bridge would open in the spring."), "bridge");
        assertEquals(ReportType.INDIRECT, q.type());
        assertEquals("the bridge would open in the spring", q.text());
        assertSpeaker("Jane Smith", q);
    }

    @Test
    void accordingTo() {
        Report q = reportWith(extract("The bridge will open in the spring, according to [Jane Smith|PERSON]."), "bridge");
        assertSpeaker("Jane Smith", q);
    }

    @Test
    void negatedCueIsNoReport() {
        assertTrue(extract("[Jane Smith|PERSON] did not say that the bridge would open in the spring.").isEmpty());
    }

    @Test
    void pronounGoesToThePersonOfTheSentenceBefore() {
        List<Report> r = extract("[Jane Smith|PERSON] visited the site on Monday.",
                "She said the bridge would open in the spring.");
        assertSpeaker("Jane Smith", reportWith(r, "bridge"));
    }

    @Test
    void unattributedQuoteHasNoSpeaker() {
        Report q = reportWith(extract("\u201cThe bridge will open in the spring and nobody will stop it.\u201d"), "bridge");
        assertEquals(Optional.empty(), q.speaker());
    }

    // ---- speakers by structure (issue 14)

    @Test
    void relativeClauseBetweenSubjectAndCue() {
        List<Report> r = extract("The minister [Ann Green|PERSON] defended the plan on Monday.",
                "But [Tom Brown|PERSON], who chairs the transport committee, warned that the plan would fail.");
        assertSpeaker("Tom Brown", reportWith(r, "plan would fail"));
        assertTrue(r.stream().noneMatch(x -> x.text().contains("chairs")), () -> describe(r));
    }

    @Test
    void parenthesisBetweenSubjectAndCue() {
        List<Report> r = extract("Senator [Tom Brown|PERSON] (R-GA) said that the plan would fail.");
        assertSpeaker("Tom Brown", reportWith(r, "plan would fail"));
    }

    @Test
    void sheGoesToTheWomanNotToTheManNamedLast() {
        List<Report> r = extract("Mrs [Ann Green|PERSON] opened the school on Monday.",
                "The school was built by Mr [Tom Brown|PERSON] and his firm.",
                "She said the school would take 300 pupils.");
        assertSpeaker("Ann Green", reportWith(r, "300 pupils"));
    }

    @Test
    void pronounGoesToTheSubjectNotToAPersonOnlyMentioned() {
        List<Report> r = extract("[Tom Brown|PERSON] went to the talks with a team.",
                "The talks were led by [Bill White|PERSON].",
                "He said the talks would go on for a week.");
        assertSpeaker("Tom Brown", reportWith(r, "talks would go on"));
    }

    @Test
    void pronounLearnsGenderFromEarlierPronouns() {
        List<Report> r = extract("[Ann Green|PERSON] said that the school would open in May.",
                "She said the school would take 300 pupils.",
                "[Sam Brown|PERSON] said the budget was too small for the school.",
                "Mrs [Ann Green|PERSON] opened the school on Monday.",
                "She said the school would take 300 pupils at first.");
        // "She" stood for Ann Green before, so she, not the man named last, is the candidate that agrees.
        assertSpeaker("Ann Green", reportWith(r, "pupils at first"));
    }

    @Test
    void anonymousSubjectIsNotResolvedToAnEarlierSpeaker() {
        List<Report> r = extract("[Ann Green|PERSON] said that the school would open in May.",
                "Another member says she was told/VBN/tell: \u201cThe school will never open in May.\u201d");
        List<Report> found = r.stream().filter(x -> x.text().contains("never open")).toList();
        assertTrue(!found.isEmpty() && found.stream().allMatch(x -> x.speaker().flatMap(Speaker::entity).isEmpty()),
                () -> describe(r));
    }

    @Test
    void passiveCueHasNoSpeaker() {
        List<Report> r = extract("[Ann Green|PERSON] was told/VBN/tell that the school would close.");
        assertTrue(r.stream().allMatch(x -> x.speaker().flatMap(Speaker::entity).isEmpty()), () -> describe(r));
    }

    @Test
    void datelineIsNotPartOfTheSpeaker() {
        List<Report> r = extract("[Washington|CITY] \u2014 Prosecutors/NNS/prosecutor said that the case would go to trial in May.");
        Report q = reportWith(r, "case would go");
        assertEquals("Prosecutors", q.speaker().get().text());
    }

    @Test
    void participleCueAfterAClosingMark() {
        List<Report> r = extract("[Ann Green|PERSON] called the plan something the town \u201cdoes not need,\u201d saying/VBG/say "
                + "the council should be \u201cvery careful\u201d with the money.");
        Report q = reportWith(r, "council should be");
        assertSpeaker("Ann Green", q);
    }

    @Test
    void quoteParagraphsCarryTheSpeakerWhileNothingIntervenes() {
        List<Report> r = extract("\u201cThe school will open in May,\u201d [Ann Green|PERSON] said.",
                "\u201cWe have the teachers and we have the money.\u201d",
                "\u201cNothing can stop it now.\u201d",
                "The plan was opposed by [Tom Brown|PERSON].",
                "\u201cThe budget is far too small for a school of this size.\u201d");
        assertSpeaker("Ann Green", reportWith(r, "teachers"));
        assertSpeaker("Ann Green", reportWith(r, "Nothing can stop"));
        assertEquals(Optional.empty(), reportWith(r, "budget is far").speaker());
    }

    @Test
    void colonCueBeforeAQuoteParagraph() {
        List<Report> r = extract("[Ann Green|PERSON] told reporters:", "\u201cThe school will open in May.\u201d");
        assertSpeaker("Ann Green", reportWith(r, "school will open"));
    }

    // ---- wider attribution (issue 14)

    @Test
    void thoughtVerbsMakeThoughtReports() {
        Report q = reportWith(extract("[Ann Green|PERSON] believes that the school will open in May."), "school will open");
        assertEquals(ReportKind.THOUGHT, q.kind());
        assertSpeaker("Ann Green", q);
        assertEquals(ReportKind.THOUGHT, reportWith(extract("[Tom Brown|PERSON] fears the plan will fail."), "plan will fail").kind());
    }

    @Test
    void saidIsSpeech() {
        assertEquals(ReportKind.SPEECH, reportWith(extract("[Ann Green|PERSON] said the school will open in May."), "school").kind());
    }

    @Test
    void questionsAreQuestions() {
        Report q = reportWith(extract("[Ann Green|PERSON] asked whether the school would open in May."), "school");
        assertEquals(ReportKind.QUESTION, q.kind());
        assertEquals("whether the school would open in May", q.text());
    }

    @Test
    void calledXyIsACharacterisationWhoseContentIsY() {
        Report q = reportWith(extract("[Tom Brown|PERSON] called the plan a waste of money."), "waste");
        assertEquals(ReportKind.CHARACTERIZATION, q.kind());
        assertEquals("a waste of money", q.text());
        assertSpeaker("Tom Brown", q);
        Report quoted = reportWith(extract("[Tom Brown|PERSON] called it \u201ca waste of good money\u201d."), "waste");
        assertEquals(ReportType.DIRECT, quoted.type());
        assertEquals("a waste of good money", quoted.text());
    }

    @Test
    void describedAsIsACharacterisation() {
        Report q = reportWith(extract("[Tom Brown|PERSON] described/VBD/describe the plan as a waste of money."), "waste");
        assertEquals(ReportKind.CHARACTERIZATION, q.kind());
        assertEquals("a waste of money", q.text());
    }

    @Test
    void calledForIsNoCharacterisation() {
        List<Report> r = extract("[Tom Brown|PERSON] called for a new vote on the plan.");
        assertTrue(r.stream().noneMatch(x -> x.kind() == ReportKind.CHARACTERIZATION), () -> describe(r));
    }

    @Test
    void accordingToIsItsOwnKind() {
        Report q = reportWith(extract("The school will open in May, according to the council."), "school");
        assertEquals(ReportKind.ACCORDING_TO, q.kind());
        assertEquals("the council", q.speaker().get().text());
    }

    @Test
    void studiesAndPollsFind() {
        Report q = reportWith(extract("A new poll/NN/poll shows that most voters back/VBP/back the plan."), "voters");
        assertEquals(ReportKind.FINDING, q.kind());
        assertEquals("A new poll", q.speaker().get().text());
        assertTrue(q.speaker().get().entity().isEmpty());
    }

    @Test
    void descriptionsSpeakWithoutAnEntity() {
        Report q = reportWith(extract("Officials/NNS/official said the school would open in May."), "school");
        assertEquals("Officials", q.speaker().get().text());
        assertTrue(q.speaker().get().entity().isEmpty());
    }

    @Test
    void shortQuoteCountsOnlyWithItsAttribution() {
        assertSpeaker("Ann Green", reportWith(extract("\u201cNot yet,\u201d [Ann Green|PERSON] said."), "Not yet"));
        assertTrue(extract("The plan was \u201cnot good\u201d for the town.").isEmpty());
    }

    @Test
    void questionQuoteIsAttributedAcrossTheSplittersBreak() {
        assertSpeaker("Ann Green", reportWith(extract("\u201cWho will pay for the school?\u201d [Ann Green|PERSON] asked."), "Who will pay"));
    }

    @Test
    void remarkQuotedInPiecesIsOneReport() {
        List<Report> r = extract("\u201cThe school will open in May,\u201d [Ann Green|PERSON] said. \u201cWe have the teachers.\u201d");
        Report q = reportWith(r, "school will open");
        assertEquals(1, r.size(), () -> describe(r));
        assertEquals(2, q.parts().size());
        assertEquals("The school will open in May", q.parts().get(0).of(q.text().isEmpty() ? "" : article(
                "\u201cThe school will open in May,\u201d [Ann Green|PERSON] said. \u201cWe have the teachers.\u201d").article().text()));
        assertSpeaker("Ann Green", q);
    }

    @Test
    void speechActWithANounPhrase() {
        Report q = reportWith(extract("[Tom Brown|PERSON] criticised/VBD/criticise the council's handling of the school, in a letter."), "handling");
        assertEquals("the council's handling of the school", q.text());
        assertSpeaker("Tom Brown", q);
        assertEquals("a new vote on the plan",
                reportWith(extract("[Tom Brown|PERSON] called for a new vote on the plan."), "new vote").text());
    }

    @Test
    void clauseWinsOverNounPhraseForACueThatTakesBoth() {
        List<Report> r = extract("[Tom Brown|PERSON] denied/VBD/deny that the school would close.");
        assertEquals(1, r.size(), () -> describe(r));
        assertEquals("the school would close", r.get(0).text());
    }

    @Test
    void progressiveAndSayingThatAreCues() {
        assertSpeaker("Tom Brown", reportWith(extract("[Tom Brown|PERSON] is saying/VBG/say that the school would close."), "school"));
        assertSpeaker("Tom Brown", reportWith(extract("[Tom Brown|PERSON] posted/VBD/post tweets/NNS/tweet on Friday saying/VBG/say "
                + "that the school would close."), "school"));
    }

    @Test
    void whoSaidTakesThePersonBefore() {
        Report q = reportWith(extract("The plan was drawn up by [Tom Brown|PERSON], who said the school would close."), "school");
        assertEquals("who", q.speaker().get().text());
        assertSpeaker("Tom Brown", q);
    }

    @Test
    void nameRightBeforeItsVerbAfterAnIntroductoryPhrase() {
        Report q = reportWith(extract("In an interview with the [Daily Post|ORGANIZATION] [Tom Brown|PERSON] said the school would close."), "school");
        assertEquals("Tom Brown", q.speaker().get().text());
    }

    @Test
    void colonAfterAName() {
        Report q = reportWith(extract("[Tom Brown|PERSON]: the school will close in May"), "school");
        assertSpeaker("Tom Brown", q);
        assertTrue(extract("Update: the school will close in May").isEmpty());
    }

    @Test
    void pronounIsNotThePersonItNamesInItsContent() {
        List<Report> r = extract("Mr [Tony Blair|PERSON] said that the families had suffered.",
                "He said Mr [Tony Blair|PERSON] had spoken with great warmth.");
        Report q = reportWith(r, "spoken with");
        assertEquals("He", q.speaker().get().text());
        assertTrue(q.speaker().get().entity().isEmpty(), () -> describe(r));
    }

    @Test
    void aPersonAsModifierIsNotTheSpeaker() {
        Report q = reportWith(extract("Mr [Tony Blair|PERSON]'s official spokesman said the families had suffered."), "families");
        assertTrue(q.speaker().get().entity().isEmpty());
        assertEquals("Mr Tony Blair's official spokesman", q.speaker().get().text());
    }

    @Test
    void nameAfterTheCueThatGoesOnIsWhoWasAddressed() {
        List<Report> r = extract("The plan would cost too much, warned [Tom Brown|PERSON] not to spend the money.");
        assertTrue(r.stream().noneMatch(x -> x.speaker().flatMap(Speaker::entity).isPresent()), () -> describe(r));
        assertSpeaker("Tom Brown", reportWith(extract("The plan would cost too much, warned [Tom Brown|PERSON]."), "plan"));
    }

    @Test
    void restatementInsideTheSameSpeakersReportIsDropped() {
        List<Report> r = extract("[Ann Green|PERSON] said she believes/VBZ/believe the school would open in May.");
        assertEquals(1, r.size(), () -> describe(r));
    }

    @Test
    void pronounAfterAnUnnamedSpeakerIsNotAnEarlierName() {
        List<Report> r = extract("[John Beaumont|PERSON] said that the plan was drawn up in 2001.",
                "A spokeswoman said that the plan had been ambitious.",
                "She added that the school would still open.");
        assertTrue(reportWith(r, "still open").speaker().flatMap(Speaker::entity).isEmpty(), () -> describe(r));
    }

    @Test
    void quoteSignedWithADashAndAName() {
        List<Report> r = extract("\u201cThe school will open in May and we are all glad of it.\u201d \u2015 [Ann Green|PERSON]",
                "\u201cThe plan is good for everybody in the town.\u201d \u2014 the council");
        assertSpeaker("Ann Green", reportWith(r, "school will open"));
        assertTrue(reportWith(r, "plan is good").speaker().flatMap(Speaker::entity).isEmpty(), () -> describe(r));
    }

    @Test
    void twoAppositionsBetweenSubjectAndCue() {
        Report q = reportWith(extract("[Tom Brown|PERSON], president of the union, which represents/VBZ/represent teachers, said that the school would close."),
                "school would close");
        assertSpeaker("Tom Brown", q);
    }

    @Test
    void anInfinitiveCueIsNothingSaidYet() {
        List<Report> r = extract("The judge ordered [Tom Brown|PERSON] to testify/VB/testify before a grand jury in May.");
        assertTrue(r.isEmpty(), () -> describe(r));
    }

    @Test
    void aPersonInAppositionAfterTheCueStaysTheSpeaker() {
        Report q = reportWith(extract("The school should open, said Rabbi [Tom Brown|PERSON], founder of the [Brown Trust|ORGANIZATION]."), "school");
        assertSpeaker("Tom Brown", q);
    }

    @Test
    void colonAfterAClauseOfThePerson() {
        List<Report> r = extract("Mrs [Ann Green|PERSON] opened the school.",
                "She went/VBD/go on: \u201cWhat I would like to see is a school in every town.\u201d");
        assertSpeaker("Ann Green", reportWith(r, "school in every town"));
    }

    @Test
    void aNameInAppositionBeforeTheVerbIsTheSubjectAPronounGoesTo() {
        List<Report> r = extract("Announcing the plans, Mr [John Redwood|PERSON] said: \u201cThe plans will save money for everybody.\u201d "
                + "His party leader, Mr [Michael Howard|PERSON], argued/VBD/argue a change was needed. "
                + "\u201cLabour are creating two nations in this country,\u201d he said.");
        assertSpeaker("Michael Howard", reportWith(r, "two nations"));
    }

    // ---- pronouns and descriptions by the person the text is about (issue 14, s3-speech2)

    @Test
    void anEpithetGoesToThePersonTheTextIsAbout() {
        List<Report> r = extract("Tottenham manager [Martin Jol|PERSON] praised/VBD/praise his players for their patience.",
                "\u201cIt was a professional sort of performance,\u201d the Dutchman said.",
                "[Robbie Keane|PERSON] scored the second goal.",
                "\u201cWe knew it was going to be difficult,\u201d the Irishman said.");
        assertSpeaker("Martin Jol", reportWith(r, "professional sort"));
        assertSpeaker("Robbie Keane", reportWith(r, "going to be difficult"));
    }

    @Test
    void aFormerRoleIsAnEpithet() {
        List<Report> r = extract("[Nick Betts|PERSON] quit/VBD/quit after reports that he went to a meeting.",
                "The former teacher said that it was his only contact with the group.");
        assertSpeaker("Nick Betts", reportWith(r, "only contact"));
    }

    @Test
    void aNameAfterMpForIsNoSubjectAPronounGoesTo() {
        List<Report> r = extract("Ms [Ann Roche|PERSON], Labour MP for Hornsey and [Wood Green|PERSON], backs/VBZ/back the plan.",
                "She said that the figures were wrong.");
        assertSpeaker("Ann Roche", reportWith(r, "figures were wrong"));
    }

    @Test
    void theDescriptionBeforeWhoIsTheSpeaker() {
        Report q = reportWith(extract("The plan is opposed by some senior police officers/NNS/officer who fear/VBP/fear that it would fail."),
                "it would fail");
        assertEquals("some senior police officers", q.speaker().map(Speaker::text).orElse("-"));
    }

    @Test
    void aPronounPassesOverADefiniteDescriptionThatShowsNoGender() {
        List<Report> r = extract("[Hazel Blears|PERSON] said that the rules would change.",
                "Her words were criticised by the union.",
                "\u201cThe threat is most likely to come from abroad,\u201d the Salford MP told the committee.",
                "\u201cIt means that some of our powers will be felt more.\u201d It was a reality that should be recognised, she said.");
        assertSpeaker("Hazel Blears", reportWith(r, "a reality"));
    }

    @Test
    void anIndefiniteAppositionIsNoUnnamedSpeaker() {
        List<Report> r = extract("Mr [Ed Balls|PERSON], a prospective Labour MP, said the rules would be met.",
                "He said he hoped more would be done.");
        assertSpeaker("Ed Balls", reportWith(r, "more would be done"));
    }

    @Test
    void aLongRelativeClauseStillEndsBeforeTheVerb() {
        List<Report> r = extract("Mr [Ed Balls|PERSON], who stepped down from his Treasury post to stand as a Labour candidate in the election, "
                + "had/VBD/have doubts about the plan.",
                "He said he hoped more would be done.");
        assertSpeaker("Ed Balls", reportWith(r, "more would be done"));
    }

    @Test
    void aNameInAThatClauseIsNotWhomAPronounGoesTo() {
        List<Report> r = extract("[Peter Nielson|PERSON] suspended/VBD/suspend the candidate on Friday.",
                "He said that the evidence would be looked into and Mr [John Houston|PERSON] may be interviewed.",
                "He added: \u201cI can not comment too much at the moment.\u201d");
        assertSpeaker("Peter Nielson", reportWith(r, "comment too much"));
    }

    @Test
    void speakingAsIsNoStatement() {
        List<Report> r = extract("Mr [Ed Balls|PERSON] said the budget would be balanced.",
                "He was speaking/VBG/speak as Sir [Digby Jones|PERSON], the business leader, warned Mr [Gordon Brown|PERSON] not to spend "
                + "the money.");
        assertTrue(r.stream().noneMatch(x -> x.text().contains("speaking as")), () -> describe(r));
    }

    @Test
    void whatSomethingWasCalledEndsWithItsQuote() {
        Report q = reportWith(extract("Critics/NNS/critic have called the project a \u201cvanity bridge\u201d for years."), "vanity");
        assertEquals(ReportKind.CHARACTERIZATION, q.kind());
        assertEquals("a \u201cvanity bridge\u201d", q.text());
    }

    @Test
    void aParticipleAfterItsNounIsNoSpeechAct() {
        // "cited" modifies "cases" here; what follows is the cases' verb, not what was cited.
        assertTrue(extract("The cases cited/VBN/cite involved/VBD/involve the use of both drugs.").isEmpty());
    }

    @Test
    void aSpeechActNeedsASubjectThatCanSpeak() {
        assertTrue(extract("The storms attacked/VBD/attack the coast on Monday.").isEmpty());
        assertSpeaker("(Critics)", reportWith(extract("Critics/NNS/critic attacked/VBD/attack the council's plans for the school."), "plans"));
    }

    @Test
    void aPrepositionAfterTheCueIsItsSettingNotTheContent() {
        List<Report> r = extract("The school broke/VBD/break the rules, the leaders/NNS/leader of the panel said in a rare letter released/VBN/release on Thursday.");
        Report q = reportWith(r, "broke the rules");
        assertEquals("The school broke the rules", q.text());
        assertEquals(1, r.size(), () -> describe(r));
    }

    @Test
    void aNameEndingItsPhraseIsTheSpeakerNotTheBodyBeforeIt() {
        Report q = reportWith(extract("[Association of Chief Police Officers|ORGANIZATION] president [Chris Fox|PERSON] said "
                + "the plan would fail."), "plan");
        assertSpeaker("Chris Fox", q);
    }

    @Test
    void aCueFollowedByAVerbIsANoun() {
        // "report" is the subject's noun here; "looked" is the verb.
        assertTrue(extract("The [Demos|ORGANIZATION] report/VBP/report looked/VBD/look at the habits of users online.").isEmpty());
    }

    @Test
    void aShortNounPhraseOfASpeechActIsWhatItWasAboutNotASaying() {
        Report q = reportWith(extract("[Tom Brown|PERSON] criticised/VBD/criticise the measures."), "measures");
        assertEquals(ReportKind.SPEECH_ACT, q.kind());
        assertSpeaker("Tom Brown", q);
        assertEquals(ReportKind.SPEECH_ACT, reportWith(extract("[Tom Brown|PERSON] attacked/VBD/attack the Tory plans."), "plans").kind());
        // Four words or more stay speech: "criticised the council's handling of the school".
        assertEquals(ReportKind.SPEECH,
                reportWith(extract("[Tom Brown|PERSON] criticised/VBD/criticise the council's handling of the school."), "handling").kind());
    }

    @Test
    void anActivityAfterASpeechActIsWhatItWasAbout() {
        Report q = reportWith(extract("[Tom Brown|PERSON] called/VBD/call for cutting/VBG/cut the tax on fuel for farms."), "cutting");
        assertEquals("cutting the tax on fuel for farms", q.text());
        assertEquals(ReportKind.SPEECH_ACT, q.kind());
    }

    @Test
    void anEchoedNounPhraseIsAlwaysASpeechAct() {
        // object-cues.tsv: "echo" with SPEECH_ACT in its third column; the words are another's.
        Report q = reportWith(extract("[Ann Green|PERSON] echoed/VBD/echo the concerns of the local head teachers."), "concerns");
        assertEquals(ReportKind.SPEECH_ACT, q.kind());
    }

    @Test
    void calledOnSomebodyToActIsSpeech() {
        Report q = reportWith(extract("[Tom Brown|PERSON] called/VBD/call on the council to reopen the school."), "council");
        assertEquals("the council to reopen the school", q.text());
        assertEquals(ReportKind.SPEECH, q.kind());
        assertSpeaker("Tom Brown", q);
    }

    @Test
    void aParticipleBeforeItsNounOpensTheObjectOfASpeechAct() {
        Report q = reportWith(extract("[Tom Brown|PERSON] called/VBD/call for increased/VBN/increase defence spending and new ships."),
                "defence");
        assertEquals("increased defence spending and new ships", q.text());
    }

    @Test
    void knowingAndRealisingAreThoughtsShoutingAndJokingSpeech() {
        // cue-verbs.tsv: know, realise, understand, suspect, assume (THOUGHT); shout, joke, boast, conclude ... (SPEECH).
        assertEquals(ReportKind.THOUGHT, reportWith(extract("[Ann Green|PERSON] knows/VBZ/know the school will/MD/will open in May."),
                "school").kind());
        Report q = reportWith(extract("\u201cThe school will open in May,\u201d [Ann Green|PERSON] joked/VBD/joke."), "school");
        assertEquals(ReportKind.SPEECH, q.kind());
        assertSpeaker("Ann Green", q);
    }

    @Test
    void aQuoteOpeningTheSentenceAfterAPersonsReportInTheSameParagraphIsTheirs() {
        // Texts that lost their paragraph breaks run the next quote paragraph on in the same line.
        List<Report> r = extract("[Tom Brown|PERSON] said the plan was \u201cvery hard\u201d. \u201cHowever much we try, the school "
                + "will/MD/will not open/VB/open in May before the new roof is on.");
        assertSpeaker("Tom Brown", reportWith(r, "However much"));
        // A body's report does not run on: the quote stays without a speaker.
        List<Report> b = extract("The [Harbour Authority|ORGANIZATION] said the plan was \u201cvery hard\u201d. \u201cHowever much we try, "
                + "the school will/MD/will not open/VB/open in May before the new roof is on.");
        assertSpeaker("-", reportWith(b, "However much"));
    }

    @Test
    void aQuoteAfterAParticipleCueIsTheSentencesSpeakers() {
        Report q = reportWith(extract("[Tom Brown|PERSON] said the plan was good, saying/VBG/say: \u201cThe school will open in May "
                + "and the roof will be on.\u201d"), "roof");
        assertSpeaker("Tom Brown", q);
    }

    @Test
    void theArchbishopIsThePersonIntroducedWithThatTitle() {
        // person-nouns.tsv: archbishop, bishop, cardinal.
        List<Report> r = extract("Archbishop/NNP/Archbishop [Desmond Green|PERSON] visited/VBD/visit the school on Monday.",
                "The archbishop said the school would open/VB/open in May.");
        assertSpeaker("Desmond Green", reportWith(r, "school would open"));
    }

    @Test
    void aCueAfterAndSharesTheSubjectOfTheVerbBefore() {
        Report q = reportWith(extract("[Tom Brown|PERSON] has criticised/VBN/criticise the deal and said/VBD/say the council "
                + "would lose money."), "lose money");
        assertSpeaker("Tom Brown", q);
        // A relative clause's verb before "and" is passed over for the sentence's own.
        Report r = reportWith(extract("[Ann Green|PERSON] backed/VBD/back the mayor, which/WDT/which surprised/VBD/surprise many, "
                + "and said/VBD/say the school would open."), "school");
        assertSpeaker("Ann Green", r);
        List<Report> none = extract("They want/VBP/want to work/VB/work with each family and find/VBP/find what/WP/what is best for them.");
        assertTrue(none.stream().noneMatch(x -> x.cue().equals("find")), () -> describe(none));
    }

    @Test
    void aTranscriptTurnIsTheNamedPersonsToTheParagraphsEnd() {
        List<Report> r = extract("[Ann Green|PERSON] spoke/VBD/speak to the paper on Sunday.",
                "\u201cGREEN: Well, the school will open/VB/open in May. We are/VBP/be sure of it.",
                "\u201cHOST: Will it?");
        Report q = reportWith(r, "school will open");
        assertEquals("Well, the school will open in May. We are sure of it", q.text());
        assertSpeaker("Ann Green", q);
        // A word in capitals that is nobody's surname is the reporter's label, not a speaker.
        assertTrue(r.stream().noneMatch(x -> x.text().contains("Will it")), () -> describe(r));
    }

    @Test
    void whatSomethingWasCalledDoesNotStartWithAPreposition() {
        assertTrue(extract("[Tom Brown|PERSON] branded/VBD/brand the board of/IN/of the council a waste.").stream()
                .noneMatch(r -> r.text().startsWith("of")));
    }

    @Test
    void aPrepositionAfterTheCueBeforeAClauseOpensTheContent() {
        Report q = reportWith(extract("The report showed/VBD/show for 2003, pupils were/VBD/be twice as likely to leave."), "pupils");
        assertEquals("for 2003, pupils were twice as likely to leave", q.text());
    }

    @Test
    void questionedWhetherTakesTheClause() {
        Report q = reportWith(extract("[Amnesty|ORGANIZATION] questioned/VBD/question whether the decisions had/VBD/have been fair."),
                "decisions");
        assertSpeaker("Amnesty", q);
    }
}
