package org.newskg.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newskg.clean.ArticleMetadata;
import org.newskg.clean.PublicationDate;
import org.newskg.core.Issue;

/**
 * Reads one HTML page: keeps its main content as text, one paragraph per line with the headline
 * first (what the cleaner expects), and takes title, publisher, date, URL and byline from the
 * page's own metadata (meta tags, {@code <time>}, schema.org JSON-LD). The rules are general:
 * page chrome is recognised by element (nav, header, footer, aside, forms) and by class or id
 * words (ad, share, related, comment, newsletter, cookie ...), never by site.
 */
public final class HtmlReader implements ArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final long maxBytes;

    public HtmlReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public String name() {
        return "html";
    }

    @Override
    public boolean accepts(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return true;
        }
        return looksLikeHtml(file);
    }

    /** Content sniffing for files without an HTML name: the first bytes open an HTML document. */
    static boolean looksLikeHtml(Path file) {
        if (!Files.isRegularFile(file)) {
            return false; // a named pipe would block here forever
        }
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(512), StandardCharsets.UTF_8).stripLeading();
            if (head.startsWith("\uFEFF")) {
                head = head.substring(1).stripLeading();
            }
            String h = head.toLowerCase(Locale.ROOT);
            return h.startsWith("<!doctype html") || h.startsWith("<html");
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public boolean oneArticlePerFile() {
        return true;
    }

    @Override
    public void read(Path file, ArticleSink sink) {
        String source = file.toString();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                sink.issue(Issue.error(source, "source",
                        "file too large: " + size + " bytes, limit " + maxBytes + " (see --max-size)"));
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            Document doc = parse(bytes, null, "", source, null, sink);
            extract(doc, source, Optional.empty()).ifPresentOrElse(sink::article,
                    () -> sink.issue(Issue.error(source, "source", "no article text in HTML")));
        } catch (AccessDeniedException e) {
            sink.issue(Issue.error(source, "source", "permission denied"));
        } catch (IOException e) {
            sink.issue(Issue.error(source, "source", "cannot read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
        }
    }

    /**
     * Parses a page in the charset its HTTP header ({@code declared}), byte-order mark or
     * {@code <meta charset>} names; else as UTF-8 when its bytes are, else in the charset the detector
     * guesses, with a warning that says so (at {@code locator}, which may be null).
     */
    static Document parse(byte[] bytes, String declared, String baseUri, String source, String locator, ArticleSink sink) {
        String charset = declared;
        if (charset == null || !Charset.isSupported(charset)) {
            Optional<TextDecoder.Decoded> guess = TextDecoder.htmlCharset(bytes);
            charset = guess.map(g -> g.charset().name()).orElse(null);
            guess.filter(TextDecoder.Decoded::guessed).ifPresent(g ->
                    sink.issue(new Issue(Issue.Severity.WARNING, source, locator, "source", g.warning())));
        }
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), charset, baseUri);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from memory does not fail
        }
    }

    /**
     * The article in a parsed page, or empty when the page has no story text.
     *
     * @param fallbackUrl a URL to use when the page names none (a web archive's target URI)
     */
    public static Optional<RawArticle> extract(Document doc, String source, Optional<String> fallbackUrl) {
        Element body = doc.body();
        if (body == null) {
            return Optional.empty();
        }
        ArticleMetadata hints = metadata(doc);
        if (hints.url().isEmpty() && fallbackUrl.isPresent()) {
            hints = hints.withUrl(HintValues.url(fallbackUrl.get()).orElse(null));
        }
        // The headline often sits in a <header>, which is chrome otherwise: take it first.
        Element h1 = firstHeadline(body);
        String headline = h1 != null ? TextLines.clean(h1.text()) : "";
        if (headline.isEmpty()) {
            headline = hints.title().orElse("");
        }

        List<String> lines = new ArrayList<>();
        if (!headline.isEmpty()) {
            lines.add(headline);
        }
        MainContent.Story story = MainContent.story(doc);
        // The byline element of the page when its metadata names no author.
        if (hints.byline().isEmpty() && story.byline().isPresent() && !namesPublisher(hints, story.byline().get())) {
            hints = hints.withByline(story.byline().get());
        }
        for (String block : story.lines()) {
            if (!block.equals(headline)) {
                lines.add(block);
            }
        }
        boolean hasStory = lines.size() > (headline.isEmpty() ? 0 : 1);
        if (!hasStory) {
            return Optional.empty();
        }
        if (hints.title().isEmpty() && !headline.isEmpty()) {
            hints = hints.withTitle(headline);
        }
        return Optional.of(new RawArticle(source, String.join("\n", lines), hints));
    }

    /** A byline element that holds the site's name ("Miami Today") names no author. */
    private static boolean namesPublisher(ArticleMetadata hints, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return hints.publisher().map(p -> p.toLowerCase(Locale.ROOT).contains(n)).orElse(false)
                || hints.title().map(t -> t.toLowerCase(Locale.ROOT).contains(n)).orElse(false);
    }

    private static Element firstHeadline(Element body) {
        for (Element article : body.select("article, main, [itemprop=articleBody]")) {
            Element h = article.selectFirst("h1");
            if (h != null) {
                return h;
            }
        }
        return body.selectFirst("h1");
    }

    /** What the page says about itself; JSON-LD first, then Open Graph and article meta tags, then plain HTML. */
    static ArticleMetadata metadata(Document doc) {
        ArticleMetadata ld = jsonLd(doc);
        String title = firstNonBlank(meta(doc, "og:title"), meta(doc, "twitter:title"), doc.title());
        String publisher = firstNonBlank(meta(doc, "og:site_name"), meta(doc, "publisher"), meta(doc, "article:publisher"));
        String url = firstNonBlank(attr(doc, "link[rel=canonical]", "href"), meta(doc, "og:url"));
        String byline = firstNonBlank(meta(doc, "author"), meta(doc, "article:author"), meta(doc, "byl"));
        Optional<PublicationDate> date = dateOf(firstNonBlank(meta(doc, "article:published_time"),
                meta(doc, "datePublished"), attr(doc, "[itemprop=datePublished]", "content"),
                attr(doc, "time[datetime]", "datetime")));
        ArticleMetadata tags = ArticleMetadata.EMPTY
                .withTitle(title)
                .withPublisher(HintValues.url(publisher).isPresent() ? null : publisher)
                .withUrl(HintValues.url(url).orElse(null))
                .withByline(HintValues.url(byline).isPresent() ? null : byline)
                .withPublished(date.orElse(null));
        return ld.orElse(tags);
    }

    private static Optional<PublicationDate> dateOf(String value) {
        return HintValues.date(value, false);
    }

    /** The first schema.org Article (NewsArticle, ReportageNewsArticle, BlogPosting ...) in the page's JSON-LD. */
    private static ArticleMetadata jsonLd(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode article = findArticle(JSON.readTree(script.data()));
                if (article != null) {
                    return ArticleMetadata.EMPTY
                            .withTitle(text(article.get("headline")))
                            .withPublisher(name(article.get("publisher")))
                            .withByline(name(article.get("author")))
                            .withUrl(HintValues.url(firstNonBlank(text(article.get("url")),
                                    text(article.path("mainEntityOfPage").isObject()
                                            ? article.path("mainEntityOfPage").get("@id") : article.get("mainEntityOfPage")))).orElse(null))
                            .withPublished(dateOf(text(article.get("datePublished"))).orElse(null));
                }
            } catch (IOException | RuntimeException badJson) {
                // A broken JSON-LD block is common on real pages; the meta tags still count.
            }
        }
        return ArticleMetadata.EMPTY;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode found = findArticle(n);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        JsonNode type = node.get("@type");
        List<String> types = new ArrayList<>();
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type != null) {
            types.add(type.asText());
        }
        for (String t : types) {
            if (t.endsWith("Article") || t.equals("BlogPosting") || t.equals("Report")) {
                return node;
            }
        }
        return findArticle(node.get("@graph"));
    }

    /** A person or organisation's name: a string, an object with "name", or a list of either joined by ", ". */
    private static String name(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode n : node) {
                String s = name(n);
                if (s != null && !s.isBlank()) {
                    names.add(s.strip());
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        if (node.isObject()) {
            return text(node.get("name"));
        }
        return node.asText();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
    }

    private static String meta(Document doc, String key) {
        Element e = doc.selectFirst("meta[property=\"" + key + "\"], meta[name=\"" + key + "\"], meta[itemprop=\"" + key + "\"]");
        return e == null ? null : e.attr("content");
    }

    private static String attr(Document doc, String css, String attribute) {
        Element e = doc.selectFirst(css);
        return e == null ? null : e.attr(attribute);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
