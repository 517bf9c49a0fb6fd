package org.newskg.resolve;

import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One report of something said, as the store holds it, with what clustering and source counting
 * need to know about its article.
 *
 * @param report    the report's IRI
 * @param article   the IRI of the article that carries it
 * @param speaker   the speaker entity's IRI, when the article names one
 * @param text      the reported words, exactly as the article gives them
 * @param outlet    the outlet that published the article (its publisher, else where it came from)
 * @param agency    the news agency the article credits, if any: copies of one agency story are one source
 * @param published the publication date or date-time as an ISO string, if known (sorts in time order
 *                  for dates of one zone; see {@link StatementClusterer} for how ties are broken)
 */
public record StoredReport(String report, String article, Optional<String> speaker, String text, String outlet,
        Optional<String> agency, Optional<String> published) {
    public StoredReport {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(article, "article");
        speaker = speaker == null ? Optional.empty() : speaker;
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(outlet, "outlet");
        agency = agency == null ? Optional.empty() : agency;
        published = published == null ? Optional.empty() : published;
    }

    /** The same report with its speaker as the corpus knows it (the canonical IRI of the speaker's entity). */
    public StoredReport withSpeaker(UnaryOperator<String> canonical) {
        return new StoredReport(report, article, speaker.map(canonical), text, outlet, agency, published);
    }
}
