package org.newskg.clean;

import java.util.Optional;

/**
 * What an article says about itself. Every field is empty unless the text or the input states it:
 * nothing is invented.
 *
 * @param title     the headline
 * @param publisher the outlet that published it ("The Daily Planet")
 * @param published when it was published, with the words that say so
 * @param byline    the author line as written ("By Jane Smith")
 * @param agency    a news agency the article credits as its source ("Reuters", "agencies")
 * @param url       the canonical URL, when the input gives one
 */
public record ArticleMetadata(
        Optional<String> title,
        Optional<String> publisher,
        Optional<PublicationDate> published,
        Optional<String> byline,
        Optional<String> agency,
        Optional<String> url) {

    public static final ArticleMetadata EMPTY = new ArticleMetadata(
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public ArticleMetadata {
        title = blankToEmpty(title);
        publisher = blankToEmpty(publisher);
        published = published == null ? Optional.empty() : published;
        byline = blankToEmpty(byline);
        agency = blankToEmpty(agency);
        url = blankToEmpty(url);
    }

    /** Fields of this record win; empty ones are filled from {@code fallback}. */
    public ArticleMetadata orElse(ArticleMetadata fallback) {
        return new ArticleMetadata(
                title.or(fallback::title),
                publisher.or(fallback::publisher),
                published.or(fallback::published),
                byline.or(fallback::byline),
                agency.or(fallback::agency),
                url.or(fallback::url));
    }

    public ArticleMetadata withTitle(String value) {
        return new ArticleMetadata(Optional.ofNullable(value), publisher, published, byline, agency, url);
    }

    public ArticleMetadata withPublisher(String value) {
        return new ArticleMetadata(title, Optional.ofNullable(value), published, byline, agency, url);
    }

    public ArticleMetadata withPublished(PublicationDate value) {
        return new ArticleMetadata(title, publisher, Optional.ofNullable(value), byline, agency, url);
    }

    public ArticleMetadata withByline(String value) {
        return new ArticleMetadata(title, publisher, published, Optional.ofNullable(value), agency, url);
    }

    public ArticleMetadata withAgency(String value) {
        return new ArticleMetadata(title, publisher, published, byline, Optional.ofNullable(value), url);
    }

    public ArticleMetadata withUrl(String value) {
        return new ArticleMetadata(title, publisher, published, byline, agency, Optional.ofNullable(value));
    }

    private static Optional<String> blankToEmpty(Optional<String> value) {
        if (value == null) {
            return Optional.empty();
        }
        return value.map(String::strip).filter(s -> !s.isEmpty());
    }
}
