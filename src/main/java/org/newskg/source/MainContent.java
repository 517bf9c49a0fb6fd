package org.newskg.source;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.newskg.clean.BylineNames;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * The story of an HTML page as text lines. Two methods give a candidate: Readability4J (Mozilla
 * Readability's scoring of text blocks, which also joins a story split over sibling containers)
 * and newskg's own (drop chrome elements, then the container with the most paragraph text). The
 * Readability candidate is taken unless it keeps much less of the page's prose than newskg's own:
 * then it has lost part or all of the story, and the own candidate decides (so it does when Readability
 * keeps no prose at all). Neither method knows
 * any site; the cleaner runs on whichever wins.
 */
final class MainContent {
    /** Elements that are never story text. */
    private static final String CHROME_TAGS =
            "script, style, noscript, template, svg, iframe, nav, footer, aside, button, select, dialog, figcaption, rt, rp";
    /** A line this long is prose, not a link or a label. */
    private static final int PROSE_LINE = 60;
    /** Readability's candidate must keep at least this share of the own candidate's prose. */
    private static final double ENOUGH = 0.6;
    /** Readability on the whole page decides when it finds this many times the prose of the chosen candidate. */
    private static final double LOST = 2.0;
    /** An element with more than this share of the page's text is a wrapper, never chrome by its name. */
    private static final double WRAPPER = 0.5;
    /** A block's own text (not its children's) this long makes it a paragraph: {@code <div>} and {@code <br>} text. */
    private static final int OWN_TEXT_PARAGRAPH = 80;

    private static final java.util.regex.Pattern BY = java.util.regex.Pattern.compile("(?i)by\\s+\\p{L}");

    private MainContent() {}

    /** The story's lines, and the author names of Readability's byline element when it found one. */
    record Story(List<String> lines, Optional<String> byline) {}

    static Story story(Document doc) {
        Document page = withTemplates(doc);
        Document stripped = withoutChrome(page);
        List<String> chosen = choose(own(stripped), readability(stripped));
        // A chrome name on the story's own container (a "teaser" class) takes the story with it: when
        // Readability on the whole page finds far more prose, that decides.
        Candidate whole = readabilityCandidate(page);
        return new Story(prose(whole.lines()) > LOST * prose(chosen) ? whole.lines() : chosen, BylineNames.of(whole.byline()));
    }

    static List<String> lines(Document doc) {
        return story(doc).lines();
    }

    /** Readability's story lines and the text of the byline element it found (rel=author, a "byline" class ...), or null. */
    private record Candidate(List<String> lines, String byline) {}

    /**
     * The page with the HTML of its story templates ({@code <script type="text/template">} inside the
     * article body, as blog platforms build their posts) in place of the scripts, which are dropped otherwise.
     */
    static Document withTemplates(Document doc) {
        Elements templates = doc.select("[itemprop=articleBody] script[type~=(?i)text/(template|html|x-template)], "
                + "article script[type~=(?i)text/(template|html|x-template)]");
        if (templates.isEmpty()) {
            return doc;
        }
        Document copy = doc.clone();
        for (Element script : copy.select("[itemprop=articleBody] script[type~=(?i)text/(template|html|x-template)], "
                + "article script[type~=(?i)text/(template|html|x-template)]")) {
            Element holder = new Element("div");
            holder.html(script.data());
            script.replaceWith(holder);
        }
        return copy;
    }

    /** Readability's candidate unless it keeps much less prose than the own one. */
    static List<String> choose(List<String> own, List<String> readability) {
        // Without any prose in Readability's pick (a page of links), the own method, which knows chrome elements, decides.
        int kept = prose(readability);
        return kept > 0 && kept >= ENOUGH * prose(own) ? readability : own;
    }

    /** Characters in prose lines: what a story is made of. */
    static int prose(List<String> lines) {
        int n = 0;
        for (String l : lines) {
            if (l.length() >= PROSE_LINE) {
                n += l.length();
            }
        }
        return n;
    }

    /** Readability4J's article, or nothing when it finds none (or fails on odd markup). */
    static List<String> readability(Document doc) {
        return readabilityCandidate(doc).lines();
    }

    private static Candidate readabilityCandidate(Document doc) {
        try {
            // Readability resolves links against the page's address: a local file has none.
            String base = doc.location().isBlank() ? "http://localhost/" : doc.location();
            Article article = new Readability4J(base, doc.clone()).parse(); // it changes the page it reads
            Element content = article.getArticleContent();
            if (content == null) {
                return new Candidate(List.of(), article.getByline());
            }
            // Readability takes a "By ..." line out of the story; put it back for the cleaner to read as metadata.
            // (A bare name may come from a meta tag, which the reader's own metadata has already.)
            List<String> lines = new ArrayList<>();
            String byline = article.getByline() == null ? "" : TextLines.clean(article.getByline());
            if (BY.matcher(byline).lookingAt() && byline.length() <= 100) {
                lines.add(byline);
            }
            lines.addAll(TextLines.of(content));
            return new Candidate(lines, article.getByline());
        } catch (RuntimeException | StackOverflowError oddMarkup) {
            return new Candidate(List.of(), null);
        }
    }

    /** newskg's own method: chrome elements dropped, then the container with the most paragraph text. */
    static List<String> own(Document stripped) {
        return stripped.body() == null ? List.of() : TextLines.of(mainContent(stripped.body()));
    }

    /**
     * A copy of the page without its chrome elements: scripts and styles, navigation, footers, asides,
     * the page's header, hidden elements, forms, and elements whose role, class or id names a widget
     * ({@link ChromeMarks}). An element that holds most of the page's text is a wrapper and stays,
     * whatever its name (an ASP.NET page's one {@code <form>}, a "Page-ad-margins" wrapper).
     */
    static Document withoutChrome(Document doc) {
        Document copy = doc.clone();
        Element content = copy.body();
        if (content == null) {
            return copy;
        }
        content.select(CHROME_TAGS).remove();
        int pageText = content.text().length();
        // A page's header is chrome; an article's own header holds its headline and byline.
        for (Element h : content.select("header")) {
            if (h.closest("article") == null) {
                h.remove();
            }
        }
        content.select("[hidden], [aria-hidden=true]").remove();
        List<Element> marked = new ArrayList<>();
        for (Element e : content.getAllElements()) {
            // The story's own containers stay even when a class mentions comments.
            if (e == content || e.is("article, main") || e.text().length() > WRAPPER * pageText) {
                continue;
            }
            if (e.is("form") || ChromeMarks.isChrome(e)) {
                marked.add(e);
            }
        }
        marked.forEach(Element::remove);
        return copy;
    }

    /** An {@code <article>} (the one with most paragraph text if several), else the element with most paragraph text. */
    private static Element mainContent(Element root) {
        Elements articles = root.select("article, [itemprop=articleBody]");
        Element best = null;
        int bestLength = 0;
        for (Element a : articles) {
            int length = a.select("p").text().length();
            if (length > bestLength) {
                best = a;
                bestLength = length;
            }
        }
        if (best != null) {
            return best;
        }
        // No <article>: the container holding the most paragraph text is the story body. Paragraphs are
        // <p> elements and the own text of other blocks (text in <div>s, separated by <br>).
        Map<Element, Integer> byContainer = new IdentityHashMap<>();
        for (Element e : root.getAllElements()) {
            if (e.is("p")) {
                Element parent = e.parent() == null ? root : e.parent();
                byContainer.merge(parent, e.text().length(), Integer::sum);
            } else {
                int own = ownText(e);
                if (own >= OWN_TEXT_PARAGRAPH) {
                    byContainer.merge(e, own, Integer::sum);
                }
            }
        }
        return byContainer.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(root);
    }

    private static int ownText(Element e) {
        int n = 0;
        for (Node c : e.childNodes()) {
            if (c instanceof TextNode t) {
                n += t.text().strip().length();
            } else if (c instanceof Element inline && !inline.isBlock()) {
                n += inline.text().length();
            }
        }
        return n;
    }
}
