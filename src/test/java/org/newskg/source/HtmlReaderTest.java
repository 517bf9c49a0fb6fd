package org.newskg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.clean.ArticleMetadata;
import org.newskg.core.Issue;

class HtmlReaderTest {
    @TempDir
    Path dir;

    private final HtmlReader reader = new HtmlReader(100_000);

    static final String PAGE = """
            <!DOCTYPE html>
            <html><head>
            <title>Port deal signed | The Veldhaven Courier</title>
            <meta property="og:title" content="Port deal signed in Veldhaven">
            <meta property="og:site_name" content="The Veldhaven Courier">
            <meta name="author" content="Mara Quell">
            <link rel="canonical" href="https://courier.example/news/port-deal">
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Courier site"},
              {"@type": "NewsArticle", "headline": "Veldhaven signs harbour deal",
               "datePublished": "2024-05-06T09:30:00+02:00",
               "author": [{"@type": "Person", "name": "Mara Quell"}, {"@type": "Person", "name": "Ivo Brandt"}],
               "publisher": {"@type": "Organization", "name": "Veldhaven Courier Media"}}]}
            </script>
            <style>p { color: red }</style>
            </head><body>
            <header><a href="/">Home</a><nav><a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
            <div class="cookie-banner"><p>We use cookies to improve your experience on this site.</p></div>
            <main>
              <article class="story has-comments">
                <header><h1>Veldhaven signs harbour deal</h1><p class="byline">By Mara Quell</p></header>
                <div class="share-tools"><a>Share on social media</a></div>
                <p>The city council of Veldhaven signed a forty-year lease for the northern harbour on Monday.</p>
                <div id="ad-slot-2"><p>Advertisement: buy the best boats at the lowest prices today.</p></div>
                <p>Mayor Katrin Oster said the agreement would bring hundreds of jobs to the port district.</p>
                <blockquote><p>"This is a good day for the harbour," she said.</p></blockquote>
                <aside class="related"><h2>Related stories</h2><ul><li><a>Ferry fares rise again</a></li></ul></aside>
                <section class="comments"><h2>Comments</h2><p>First! Great article, very informative.</p></section>
              </article>
            </main>
            <div class="newsletter-signup"><p>Sign up for our daily newsletter and never miss a story.</p></div>
            <footer><p>Copyright 2024 Courier Media. All rights reserved.</p></footer>
            <script>window.tracker = "do not keep this";</script>
            </body></html>
            """;

    @Test
    void mainContentIsOneParagraphPerLineHeadlineFirst() throws Exception {
        ReadResult r = read("story.html", PAGE);
        assertTrue(r.issues().isEmpty(), r.issues().toString());
        assertEquals(1, r.articles().size());
        // Readability takes the byline element out of the story (the metadata has the author).
        assertEquals("""
                Veldhaven signs harbour deal
                The city council of Veldhaven signed a forty-year lease for the northern harbour on Monday.
                Mayor Katrin Oster said the agreement would bring hundreds of jobs to the port district.
                "This is a good day for the harbour," she said.""", r.articles().get(0).text());
    }

    @Test
    void jsonLdWinsOverMetaTagsForEachFieldItStates() throws Exception {
        ArticleMetadata hints = read("story.html", PAGE).articles().get(0).hints();
        assertEquals(Optional.of("Veldhaven signs harbour deal"), hints.title());
        assertEquals(Optional.of("Veldhaven Courier Media"), hints.publisher());
        assertEquals(Optional.of("Mara Quell, Ivo Brandt"), hints.byline());
        // JSON-LD names no URL here: the canonical link gives it.
        assertEquals(Optional.of("https://courier.example/news/port-deal"), hints.url());
        assertEquals(LocalDate.of(2024, 5, 6), hints.published().get().date());
        assertEquals(Optional.of(OffsetDateTime.parse("2024-05-06T09:30:00+02:00")), hints.published().get().instant());
    }

    @Test
    void metaTagsAndTimeElementWithoutJsonLd() throws Exception {
        String page = """
                <html><head><title>Ferry fares rise | Harbour Post</title>
                <meta property="og:site_name" content="Harbour Post">
                <meta property="og:url" content="https://post.example/ferry">
                </head><body>
                <div class="menu"><p>World</p></div>
                <div class="content">
                  <time datetime="2023-11-02">2 November 2023</time>
                  <p>Ferry fares on the island routes will rise by eight percent from January, the operator said.</p>
                  <p>Passenger groups called the increase unfair to commuters who have no other way to travel.</p>
                </div></body></html>
                """;
        RawArticle a = read("ferry.htm", page).articles().get(0);
        assertEquals(Optional.of("Ferry fares rise | Harbour Post"), a.hints().title());
        assertEquals(Optional.of("Harbour Post"), a.hints().publisher());
        assertEquals(Optional.of("https://post.example/ferry"), a.hints().url());
        assertEquals(LocalDate.of(2023, 11, 2), a.hints().published().get().date());
        assertTrue(a.hints().published().get().instant().isEmpty());
        // No <h1>: the title leads, then the lines of the richest element (its date line is the cleaner's
        // to read); the stray menu is left out.
        assertEquals("""
                Ferry fares rise | Harbour Post
                2 November 2023
                Ferry fares on the island routes will rise by eight percent from January, the operator said.
                Passenger groups called the increase unfair to commuters who have no other way to travel.""", a.text());
    }

    @Test
    void htmlIsRecognisedByContentWithoutAnHtmlName() throws Exception {
        Path f = Files.writeString(dir.resolve("page.txt"), "\n  <!doctype HTML><html><body><p>Text.</p></body></html>");
        Path plain = Files.writeString(dir.resolve("plain.txt"), "Harbour deal signed\nThe council met.");
        assertTrue(reader.accepts(f));
        assertFalse(reader.accepts(plain));
        assertEquals("html", Readers.standard(1000).readerFor(f).name());
        assertEquals("text", Readers.standard(1000).readerFor(plain).name());
    }

    private static final String PARAGRAPH = "The harbour board met on Tuesday evening and agreed the new ferry timetable after a long debate.";

    @Test
    void aWholePageWrapperIsNotChromeWhateverItsClassSays() throws Exception {
        for (String wrapper : new String[] {
                "<div class=\"Page-ad-margins\">", "<div class=\"l-sidebar-fixed\">", "<div class=\"modal-enabled\">",
                "<div class=\"non-ad-column\">", "<div class=\"post category-advertising\">",
                "<form id=\"aspnetForm\" method=\"post\">"}) {
            String page = "<html><body>" + wrapper + "<h1>Timetable agreed</h1><div class=\"ad-slot\"><p>Buy boats now at the best prices in town, today only.</p></div>"
                    + "<p>" + PARAGRAPH + "</p><p>" + PARAGRAPH.replace("Tuesday", "Monday") + "</p>"
                    + "<div class=\"share-tools\">Share on Facebook</div></" + wrapper.substring(1, wrapper.indexOf(' ')) + ">"
                    + "<div class=\"newsletter\"><p>Sign up for our newsletter and get every story in your inbox each morning.</p></div></body></html>";
            String text = read("w.html", page).articles().get(0).text();
            assertTrue(text.contains(PARAGRAPH), wrapper + ": " + text);
            assertFalse(text.contains("Buy boats") || text.contains("Share on") || text.contains("newsletter"), wrapper + ": " + text);
        }
    }

    @Test
    void chromeClassTokensAreWholeWidgetNames() {
        for (String chrome : new String[] {"ad", "ad-slot-2", "share-tools", "social_links", "post-comments", "cookie-banner",
                "story related", "newsletter-signup"}) {
            assertTrue(ChromeMarks.namesChrome(chrome), chrome);
        }
        for (String layout : new String[] {"Page-ad-margins", "l-sidebar-fixed", "modal-enabled", "non-ad-column",
                "category-advertising", "has-comments", "story", "header-adaptive", "shared-content-wrapper"}) {
            assertFalse(ChromeMarks.namesChrome(layout), layout);
        }
    }

    @Test
    void textInDivsAndBrLinesAndTablesCounts() throws Exception {
        String divs = "<html><body><div class=\"menu\"><a href=\"/\">Home</a></div><div class=\"text\">"
                + PARAGRAPH + "<br><br>" + PARAGRAPH.replace("Tuesday", "Friday") + "<br>"
                + "<div>" + PARAGRAPH.replace("Tuesday", "Sunday") + "</div></div></body></html>";
        assertEquals(PARAGRAPH + "\n" + PARAGRAPH.replace("Tuesday", "Friday") + "\n" + PARAGRAPH.replace("Tuesday", "Sunday"),
                read("d.html", divs).articles().get(0).text());
        String table = "<html><body><table><tr><td>200 g</td><td>sugar, finely ground for the dough of the biscuits</td></tr>"
                + "<tr><td>3</td><td>eggs, beaten with a fork until the mixture is smooth and pale yellow</td></tr></table></body></html>";
        assertEquals("200 g sugar, finely ground for the dough of the biscuits\n3 eggs, beaten with a fork until the mixture is smooth and pale yellow",
                read("t.html", table).articles().get(0).text());
    }

    @Test
    void whenReadabilityKeepsLittleOfThePageTheOwnMethodDecides() {
        List<String> own = List.of("Headline", "x".repeat(500), "y".repeat(500));
        List<String> half = List.of("x".repeat(500));
        List<String> most = List.of("x".repeat(500), "y".repeat(200), "Share");
        assertEquals(1000, MainContent.prose(own));
        assertEquals(own, MainContent.choose(own, half));
        assertEquals(most, MainContent.choose(own, most));
        assertEquals(own, MainContent.choose(own, List.of("Home", "World")));
        assertEquals(List.of("Home"), MainContent.choose(List.of("Home"), List.of("World")));
    }

    @Test
    void captionsCreditsAndRubyReadingsAreNotStoryText() throws Exception {
        String page = "<html><body><article><h1>Timetable agreed</h1>"
                + "<figure><img src=\"a.jpg\"><figcaption>The harbour at dusk. Photo archive</figcaption></figure>"
                + "<p>" + PARAGRAPH + "</p><div class=\"image-credit\">Picture desk of the harbour board</div>"
                + "<p>The <ruby>ferry<rt>FER-ee</rt></ruby> leaves at noon every day of the week from the old northern pier.</p>"
                + "</article></body></html>";
        assertEquals("Timetable agreed\n" + PARAGRAPH + "\nThe ferry leaves at noon every day of the week from the old northern pier.",
                read("c.html", page).articles().get(0).text());
        assertTrue(ChromeMarks.namesChrome("wp-caption"));
        assertTrue(ChromeMarks.namesChrome("photo-credit"));
    }

    @Test
    void aStoryInATemplateScriptOfTheArticleBodyIsRead() throws Exception {
        String page = "<html><body><div class=\"post\"><h2>Timetable agreed</h2><div itemprop=\"articleBody\">"
                + "<script type=\"text/template\"><p>" + PARAGRAPH + "</p><p>" + PARAGRAPH.replace("Tuesday", "Friday")
                + "</p></script></div></div><script type=\"text/template\"><p>A template outside the story is not read.</p></script>"
                + "</body></html>";
        String text = read("tpl.html", page).articles().get(0).text();
        assertTrue(text.contains(PARAGRAPH) && text.contains(PARAGRAPH.replace("Tuesday", "Friday")), text);
        assertFalse(text.contains("outside the story"), text);
    }

    @Test
    void aStoryInAContainerWithAChromeNameIsNotLost() throws Exception {
        // A "teaser" container holding the whole story loses it to the chrome rules; Readability on the
        // whole page finds it, and decides, because it holds far more prose than what is left.
        StringBuilder story = new StringBuilder();
        for (String day : List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")) {
            story.append("<p>").append(PARAGRAPH.replace("Tuesday", day)).append("</p>");
        }
        StringBuilder comments = new StringBuilder("<ul class=\"comments\">");
        for (int i = 0; i < 60; i++) {
            comments.append("<li><a href=\"/u").append(i).append("\">Reader ").append(i).append("</a> liked this</li>");
        }
        String page = "<html><body><h1>Timetable agreed</h1><p>A short standfirst about the harbour board meeting tonight.</p>"
                + "<div class=\"sponsored-content\">" + story + "</div>" + comments + "</ul></body></html>";
        String text = read("lost.html", page).articles().get(0).text();
        assertTrue(text.contains(PARAGRAPH.replace("Tuesday", "Thursday")), text);
    }

    @Test
    void theBylineElementNamesTheAuthorWhenTheMetadataDoesNot() throws Exception {
        String story = "<p>" + PARAGRAPH + "</p><p>" + PARAGRAPH.replace("Tuesday", "Friday") + "</p>";
        String page = "<html><head><meta property=\"og:site_name\" content=\"Harbour Weekly\"></head><body><article>"
                + "<h1>Timetable agreed</h1><div class=\"byline\">By Mara Quell 8 January 2020, 3:51 pm</div>" + story
                + "</article></body></html>";
        assertEquals(Optional.of("Mara Quell"), read("b.html", page).articles().get(0).hints().byline());
        String withMeta = page.replace("<head>", "<head><meta name=\"author\" content=\"Ivo Brandt\">");
        assertEquals(Optional.of("Ivo Brandt"), read("m.html", withMeta).articles().get(0).hints().byline(), "the metadata wins");
        String siteName = page.replace("By Mara Quell 8 January 2020, 3:51 pm", "Harbour Weekly");
        assertEquals(Optional.empty(), read("s.html", siteName).articles().get(0).hints().byline(), "the site's name is no author");
    }

    @Test
    void aPlainTextBylineInAPageWithoutABylineElementIsReadByTheCleaner() throws Exception {
        String story = "<p>" + PARAGRAPH + "</p><p>" + PARAGRAPH.replace("Tuesday", "Friday") + "</p>";
        String page = "<html><body><article><h1>Timetable agreed</h1><p>By Mara Quell 8 January 2020</p>" + story
                + "</article></body></html>";
        var raw = read("p.html", page).articles().get(0);
        assertEquals(Optional.empty(), raw.hints().byline(), "no byline element");
        var clean = new org.newskg.clean.Cleaner().clean(raw);
        assertEquals(Optional.of("By Mara Quell"), clean.metadata().byline());
        assertEquals(java.time.LocalDate.of(2020, 1, 8), clean.metadata().published().orElseThrow().date());
        assertTrue(!clean.text().contains("Mara Quell"), clean.text());
    }

    @Test
    void aPageWithoutTextIsAnIssue() throws Exception {
        ReadResult empty = read("empty.html", "<html><head><title>Nothing here</title></head></html>");
        ReadResult chromeOnly = read("chrome.html",
                "<html><body><nav><p>Home World Sport</p></nav><footer><p>Copyright</p></footer></body></html>");
        for (ReadResult r : new ReadResult[] {empty, chromeOnly}) {
            assertTrue(r.articles().isEmpty());
            assertEquals(1, r.issues().size());
            assertEquals(Issue.Severity.ERROR, r.issues().get(0).severity());
            assertEquals("no article text in HTML", r.issues().get(0).reason());
        }
        assertTrue(empty.issues().get(0).source().endsWith("empty.html"));
    }

    @Test
    void brokenJsonLdFallsBackToMetaTags() throws Exception {
        String page = "<html><head><meta property=\"og:title\" content=\"Council meets\">"
                + "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script></head>"
                + "<body><article><p>The council met on Tuesday to discuss the harbour.</p></article></body></html>";
        ReadResult r = read("broken-ld.html", page);
        assertEquals(Optional.of("Council meets"), r.articles().get(0).hints().title());
        assertEquals("Council meets\nThe council met on Tuesday to discuss the harbour.", r.articles().get(0).text());
    }

    private ReadResult read(String name, String html) throws Exception {
        Path f = Files.writeString(dir.resolve(name), html);
        ArticleSink.Collecting sink = ArticleSink.collecting();
        reader.read(f, sink);
        return sink.result();
    }
}
