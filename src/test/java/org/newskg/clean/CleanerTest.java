package org.newskg.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.source.RawArticle;

/** The cleaner on small invented pages, one kind of chrome at a time. */
class CleanerTest {

    private final Cleaner cleaner = new Cleaner();

    static final String HEADLINE = "Harbour town votes to rebuild its old lighthouse";
    static final String P1 = "Residents of Port Wrenly voted on Tuesday to rebuild the town's 19th-century lighthouse, "
            + "ending a debate that had divided the council for almost three years.";
    static final String P2 = "\u201cThe lighthouse is who we are,\u201d said Mayor Odile Farrant, who campaigned for "
            + "the project and expects the work to start next spring.";
    static final String P3 = "The restoration is expected to cost about 2.4 million crowns, most of it raised through "
            + "a regional heritage fund and private donations from local families.";
    static final String P4 = "Opponents had argued that the money would be better spent on the harbour wall, which "
            + "was damaged in last winter's storms and still has not been fully repaired.";

    private CleanArticle clean(String... lines) {
        return cleaner.clean(new RawArticle("test", String.join("\n", lines)));
    }

    private static List<String> lines(CleanArticle a) {
        return Arrays.asList(a.text().split("\n"));
    }

    @Test
    void aLoneLinkLineBetweenTheLastParagraphAndAShortLastSentenceDoesNotCutTheTail() {
        String last = "Work on the tower is due to start in March next year.";
        assertEquals(List.of(HEADLINE, P1, P2, last),
                lines(clean(HEADLINE, P1, P2, "Read more: Lighthouse keepers return to the coast", last)));
        // A real tail (a marker and its teaser headlines, then chrome) is still cut.
        assertEquals(List.of(HEADLINE, P1, P2), lines(clean(HEADLINE, P1, P2, "Related stories",
                "Ferry fares rise again", "Harbour wall repairs delayed", "Share this article")));
    }

    @Test
    void shortLinesThatRepeatForRealStayAndACaptionPrintedTwiceIsKeptOnce() {
        String caption = "The old lighthouse at dusk in May.";
        List<String> kept = lines(clean(HEADLINE, P1, "For the dough", "1 tbsp butter", "200 g flour", caption, P2,
                "For the glaze", "1 tbsp butter", "50 g sugar", caption, P3));
        assertEquals(List.of(HEADLINE, P1, "For the dough", "1 tbsp butter", "200 g flour", caption, P2,
                "For the glaze", "1 tbsp butter", "50 g sugar", P3), kept);
    }

    @Test
    void aPageWithoutParagraphsLosesOnlyItsChromeLines() {
        // Song lyrics or a match sheet: no line is a paragraph, so no story end; one chrome line must not take the rest.
        assertEquals(List.of("Song of the harbour", "The boats come home at night", "The lamps burn on the quay", "The tide will bring them in"),
                lines(clean("Song of the harbour", "The boats come home at night", "Share on Facebook", "The lamps burn on the quay",
                        "The tide will bring them in")));
    }

    @Test
    void donationAppealsAndOtherLanguagesRelatedMarkersAreChrome() {
        for (String appeal : new String[] {"If you value our reporting, please donate today.",
                "Become a supporter and help keep our journalism free for everyone.",
                "Lea también: El puerto reabre tras las reparaciones", "Ähnliche Beiträge", "À lire aussi : Le port rouvre"}) {
            assertEquals(List.of(HEADLINE, P1, P2, P3), lines(clean(HEADLINE, P1, P2, appeal, P3)), appeal);
        }
        // The story's own donations stay: not addressed to the reader.
        assertTrue(lines(clean(HEADLINE, P1, P3)).contains(P3));
    }

    @Test
    void keepsACleanArticleWhole() {
        CleanArticle a = clean(HEADLINE, "", P1, "", P2, "", P3);
        assertEquals(List.of(HEADLINE, P1, P2, P3), lines(a));
        assertEquals(0, a.removedLines());
        assertEquals(Optional.of(HEADLINE), a.metadata().title());
    }

    @Test
    void removesAdvertsCookiesBrowserNoticesAndSubscriptionPrompts() {
        CleanArticle a = clean(
                HEADLINE,
                "- Advertisement -",
                P1,
                "ADVERTISEMENT",
                P2,
                "Sign up for our newsletter and get the best stories delivered to your inbox every morning.",
                P3,
                "Your browser is out of date and may not display this page correctly.",
                P4,
                "We use cookies to improve your experience on this site. Accept all cookies");
        assertEquals(List.of(HEADLINE, P1, P2, P3, P4), lines(a));
        assertEquals(5, a.removedLines());
    }

    @Test
    void removesShareWidgetsAndCommentForms() {
        CleanArticle a = clean(
                HEADLINE, "Share options", "Change text size", P1, P2,
                "Follow us on Facebook, Twitter and Instagram.",
                P3, P4,
                "Leave a Reply",
                "Your email address will not be published. Required fields are marked *",
                "Enter at least 30 characters",
                "0 / 30",
                "Source link");
        assertEquals(List.of(HEADLINE, P1, P2, P3, P4), lines(a));
    }

    @Test
    void removesLoneSymbolsAndPhotoCredits() {
        CleanArticle a = clean(HEADLINE, "\u00d7", "The old lamp room seen from the harbour. Photo- Wrenly Archive",
                P1, "Photograph: Jan Kowal", P2, "(Getty Images)", "Ola Brand via Getty Images", P3);
        assertEquals(List.of(HEADLINE, P1, P2, P3), lines(a));
    }

    @Test
    void midArticleRelatedMarkerKeepsTheStoryAfterIt() {
        CleanArticle a = clean(HEADLINE, P1, P2, "Related Articles", P3, P4);
        assertEquals(List.of(HEADLINE, P1, P2, P3, P4), lines(a));
    }

    @Test
    void midArticleAlsoWatchLineGoesButSubheadingStays() {
        CleanArticle a = clean(HEADLINE, P1, "ALSO WATCH | Ferry strike enters its second week", "\u00d7",
                "What happens next?", P2, P3);
        assertEquals(List.of(HEADLINE, P1, "What happens next?", P2, P3), lines(a));
    }

    @Test
    void linkHeadlinesRightUnderAMarkerInsideTheStoryGo() {
        CleanArticle a = clean(HEADLINE, P1, "Read more:", "Council approves new bus timetable",
                "Storm damage bill rises again", P2, P3);
        assertEquals(List.of(HEADLINE, P1, P2, P3), lines(a));
    }

    @Test
    void inlineRelatedLinkGoesButTheSubheadingBelowItStays() {
        CleanArticle a = clean(HEADLINE, P1, "Related: Council approves new bus timetable", "Paying for it", P2, P3);
        assertEquals(List.of(HEADLINE, P1, "Paying for it", P2, P3), lines(a));
    }

    @Test
    void aCreditAfterTheLastParagraphDoesNotCutTheShortLastLine() {
        CleanArticle a = clean(HEADLINE, P1, P2, "Photograph: Jan Kowal", "Work starts in May.");
        assertEquals(List.of(HEADLINE, P1, P2, "Work starts in May."), lines(a));
    }

    @Test
    void teaserListAfterAlsoReadIsDroppedWithItsPeople() {
        CleanArticle a = clean(HEADLINE, P1, P2, P3,
                "also read",
                "",
                "Minister Baltasar Quenby opens new bridge in the north",
                "The bridge links two valleys and took six years to build, Quenby told reporters at the opening",
                "",
                "Festival season: why Halvard Imre is betting on jazz again?",
                "The promoter says ticket sales are already ahead of last year");
        assertEquals(List.of(HEADLINE, P1, P2, P3), lines(a));
        assertFalse(a.text().contains("Quenby"));
        assertFalse(a.text().contains("Imre"));
    }

    @Test
    void datelinedTeasersAtTheEndAreDropped() {
        CleanArticle a = clean(HEADLINE, P1, P2, P3,
                "Get our morning digest in your inbox, free of charge, and keep up with the news.",
                "MILLBROOK, Ohio: Mayor Tessaly Dunmore announced a plan to widen the main road through ...",
                "CASTLEFORD, Oregon - A county judge ruled on Tuesday that the landfill expansion can ...",
                "RIVERTON, Utah: Ranchers say a late frost has damaged more than half of the ...");
        assertEquals(List.of(HEADLINE, P1, P2, P3), lines(a));
        assertFalse(a.text().contains("Dunmore"));
    }

    @Test
    void datelinedTeasersWithoutAnyChromeBeforeThemAreDropped() {
        CleanArticle a = clean(HEADLINE, P1, P2,
                "MILLBROOK, Ohio: Mayor Tessaly Dunmore announced a plan to widen the main road through ...",
                "CASTLEFORD, Oregon - A county judge ruled on Tuesday that the landfill expansion can ...");
        assertEquals(List.of(HEADLINE, P1, P2), lines(a));
    }

    @Test
    void agencyFooterEndsTheStory() {
        CleanArticle a = clean(HEADLINE, P1, P2, "With inputs from agencies",
                "Read all the Latest News, Trending News, Sports News, Business News,",
                "Local Headline About Someone Else Entirely", P3);
        assertEquals(List.of(HEADLINE, P1, P2), lines(a));
        assertEquals(Optional.of("agencies"), a.metadata().agency());
    }

    @Test
    void parenthesisedOutletFooterEndsTheStoryAndIsTheAgency() {
        CleanArticle a = clean("Example.com", HEADLINE, P1, P2, "(Example.com)",
                "Submit your news release to our desk and reach readers across the region every day.",
                "GRANTVILLE, Texas: Officials in Grantville said the water plant will close for ...");
        assertEquals(List.of(HEADLINE, P1, P2), lines(a));
        assertEquals(Optional.of("Example.com"), a.metadata().agency());
        assertEquals(Optional.of("Example.com"), a.metadata().publisher());
    }

    @Test
    void bracketedWordFollowedByStoryDoesNotEndIt() {
        CleanArticle a = clean(HEADLINE, P1, "(Laughter)", P2, P3);
        assertEquals(List.of(HEADLINE, P1, "(Laughter)", P2, P3), lines(a));
    }

    @Test
    void repairsASplitDropCapital() {
        CleanArticle a = clean(HEADLINE, "", "R", "", "esidents of Port Wrenly voted on Tuesday to rebuild it.", P2);
        assertEquals(List.of(HEADLINE, "Residents of Port Wrenly voted on Tuesday to rebuild it.", P2), lines(a));
    }

    @Test
    void duplicateCaptionIsKeptOnce() {
        String caption = "Volunteers repaint the lighthouse gallery in Port Wrenly, on June 3, 2021.";
        CleanArticle a = clean(HEADLINE, P1, caption, caption + " (Wrenly Gazette/Ana Sole)", P2,
                caption, P3);
        assertEquals(List.of(HEADLINE, P1, caption, P2, P3), lines(a));
        assertTrue(a.metadata().published().isEmpty(), "a date in a caption is no publication date");
    }

    @Test
    void headerChromeAboveTheHeadlineIsSkippedForTheTitle() {
        CleanArticle a = clean("Your trusted source for the latest news", "", "Please update your browser",
                "Click here to download a newer one.", HEADLINE, P1, P2);
        assertEquals(Optional.of(HEADLINE), a.metadata().title());
        assertEquals(HEADLINE, lines(a).get(0));
    }

    @Test
    void publisherNamedByRepeatedChromeAndBareAgencyLine() {
        CleanArticle a = clean("TheWrenlyGazette", "Wrenly Gazette", HEADLINE, P1,
                "AFP", "Port Wrenly, Northshire", "Tue, March 7, 2023",
                "Gift this article: share the best of The Wrenly Gazette with friends as a subscriber.",
                P2, P3);
        assertEquals(Optional.of("The Wrenly Gazette"), a.metadata().publisher());
        assertEquals(Optional.of("AFP"), a.metadata().agency());
        assertEquals(List.of(HEADLINE, P1, P2, P3), lines(a));
        assertEquals(LocalDate.of(2023, 3, 7), a.metadata().published().orElseThrow().date());
    }

    @Test
    void bylineLinesAreReadAndRemoved() {
        CleanArticle a = clean(HEADLINE, "By Marta Veskovic", P1, P2);
        assertEquals(Optional.of("By Marta Veskovic"), a.metadata().byline());
        assertEquals(List.of(HEADLINE, P1, P2), lines(a));

        CleanArticle b = clean(HEADLINE, "Ilse Morrow | Senior Reporter", P1, P2);
        assertEquals(Optional.of("Ilse Morrow | Senior Reporter"), b.metadata().byline());
        assertEquals(List.of(HEADLINE, P1, P2), lines(b));

        // A beat before the job title is part of the role: "Health correspondent", "Europe editor".
        CleanArticle c = clean(HEADLINE, "By Oren Valdis | Health correspondent", P1, P2);
        assertEquals(Optional.of("By Oren Valdis"), c.metadata().byline());
        assertEquals(List.of(HEADLINE, P1, P2), lines(c));
    }

    @Test
    void aBylineFollowedByADateOrAnAgencyIsReadInPlainText() {
        CleanArticle a = clean(HEADLINE, "By Marta Veskovic 8 January 2020", P1, P2);
        assertEquals(Optional.of("By Marta Veskovic"), a.metadata().byline());
        assertEquals(LocalDate.of(2020, 1, 8), a.metadata().published().orElseThrow().date());
        assertEquals(List.of(HEADLINE, P1, P2), lines(a));

        CleanArticle b = clean(HEADLINE, "By MARTA VESKOVIC, Reuters", P1, P2);
        assertEquals(Optional.of("By MARTA VESKOVIC"), b.metadata().byline());
        assertEquals(Optional.of("Reuters"), b.metadata().agency());
        assertEquals(List.of(HEADLINE, P1, P2), lines(b));

        CleanArticle c = clean(HEADLINE, "By Marta Veskovic and Oren Valdis, 8 January 2020, 3:51 pm", P1, P2);
        assertEquals(Optional.of("By Marta Veskovic and Oren Valdis"), c.metadata().byline());
        assertEquals(List.of(HEADLINE, P1, P2), lines(c));
    }

    @Test
    void aBylineWithSomethingElseAfterItStaysText() {
        // Neither a date nor a known agency after the names: not a byline line ("By Land And Sea" headlines too).
        CleanArticle a = clean(HEADLINE, "By Marta Veskovic, who moved to the harbour town in 1998", P1, P2);
        assertTrue(a.metadata().byline().isEmpty());
        CleanArticle b = clean(HEADLINE, "By Marta Veskovic, Harbour Weekly Gazette Ltd", P1, P2);
        assertTrue(b.metadata().agency().isEmpty());
    }

    @Test
    void captionsEndingInTheirCreditGo() {
        String bracketed = "Ferry passengers wait at the quay on Tuesday, March 7, 2023, in Harnby. (Lena Ostrova / The Harnby Gazette)";
        String slashed = "The mayor speaks to reporters at the harbour on March 7, 2023. Lena Ostrova / AP";
        String piped = "The mayor arrives at the harbour board meeting in Harnby | Lena Ostrova/Picture Desk";
        String courtesy = "An aerial view of the rebuilt quay Courtesy of Harnby Port Authority";
        CleanArticle a = clean(HEADLINE, bracketed, P1, slashed, P2, piped, courtesy, P3);
        assertEquals(List.of(HEADLINE, P1, P2, P3), lines(a));
        String poll = "Support for the new quay stands at 41 percent among the town's voters, up from 30 percent a year ago (Reuters/Ipsos)";
        assertEquals(List.of(HEADLINE, P1, poll, P2), lines(clean(HEADLINE, P1, poll, P2)), "a poll's source is no photo credit");
    }

    @Test
    void contactLinesWireFootersAndLinkLinesGo() {
        CleanArticle a = clean(HEADLINE, P1, "Read more about the harbour board's new timetable.", P2, P3,
                "Lena Ostrova contributed to this report.", "With Gazette wires",
                "Contact Lena Ostrova at lostrova@harnby-gazette.example or 555-0100. Follow @lostrova on Twitter.");
        assertEquals(List.of(HEADLINE, P1, P2, P3), lines(a));
        CleanArticle b = clean(HEADLINE, "OPINION:", "By", P1, "More:Ferry timetable changes from Monday", P2, P3);
        assertEquals(List.of(HEADLINE, P1, P2, P3), lines(b));
        String instruction = "Please do not post a public comment; instead send your report to desk@harnby-gazette.example.";
        assertEquals(List.of(HEADLINE, P1, instruction, P2), lines(clean(HEADLINE, P1, instruction, P2)),
                "an address in an instruction is story");
        String story = "More people used the ferry in March than in any month since the quay reopened, the harbour master said.";
        assertEquals(List.of(HEADLINE, P1, story, P2), lines(clean(HEADLINE, P1, story, P2)), "'More' opening a sentence is story");
    }

    @Test
    void aTitleCaseHeadlineThatReadsLikeABylineStaysTheHeadline() {
        CleanArticle a = clean("By Land And Sea Again", P1, P2);
        assertEquals(Optional.of("By Land And Sea Again"), a.metadata().title());
        assertTrue(a.metadata().byline().isEmpty());
    }

    @Test
    void metadataInTheTeaserListBelowTheStoryIsNotTheArticles() {
        CleanArticle a = clean(HEADLINE, P1, P2, P3, "More stories",
                "Ferry strike enters its second week", "AFP", "Jan 3, 2022",
                "New library opens in the old customs house", "By Pia Lorant", "Feb 9, 2022");
        assertEquals(List.of(HEADLINE, P1, P2, P3), lines(a));
        assertTrue(a.metadata().published().isEmpty());
        assertTrue(a.metadata().agency().isEmpty());
        assertTrue(a.metadata().byline().isEmpty());
    }

    @Test
    void nothingDetectedWhenThePageStatesNothing() {
        CleanArticle a = clean(P1, P2, P3);
        assertEquals(ArticleMetadata.EMPTY, a.metadata());
        assertEquals(List.of(P1, P2, P3), lines(a));
    }

    @Test
    void hintsWinOverDetectedMetadata() {
        ArticleMetadata hints = ArticleMetadata.EMPTY.withTitle("Hinted title").withAgency("Hinted Agency");
        String text = String.join("\n", HEADLINE, "Reuters", "By Marta Veskovic", P1, P2);
        CleanArticle a = cleaner.clean(new RawArticle("test", text, hints));
        assertEquals(Optional.of("Hinted title"), a.metadata().title());
        assertEquals(Optional.of("Hinted Agency"), a.metadata().agency());
        assertEquals(Optional.of("By Marta Veskovic"), a.metadata().byline(), "empty hints are filled in");
    }

    @Test
    void normalisesSpacesAndInvisibleCharacters() {
        CleanArticle a = clean("Harbour\u00a0town  votes\u200b to rebuild", "\u00a0", "\t" + P1 + " \u00a0", "\r\n", P2);
        assertEquals(List.of("Harbour town votes to rebuild", P1, P2), lines(a));
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        String page = String.join("\n", HEADLINE, "Advertisement", P1, P2, "Related Articles", P3);
        String expected = cleaner.clean(new RawArticle("x", page)).text();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<String>>();
            for (int i = 0; i < 40; i++) {
                futures.add(pool.submit(() -> cleaner.clean(new RawArticle("x", page)).text()));
            }
            for (var f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
