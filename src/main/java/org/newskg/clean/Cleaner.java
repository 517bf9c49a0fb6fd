package org.newskg.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newskg.clean.BoilerplateRemover.Kind;
import org.newskg.clean.BoilerplateRemover.Line;
import org.newskg.core.Span;
import org.newskg.source.RawArticle;

/**
 * Turns a scraped article into clean text plus metadata: repairs the text ({@link TextRepair}), sorts
 * story from chrome ({@link BoilerplateRemover}) and reads what the page says about itself
 * ({@link MetadataDetector}). The cleaned text is the headline (when the page has one) followed by the
 * body, one paragraph per line, joined by "\n". Metadata from the input's hints wins over detected
 * metadata. Stateless, so one instance may serve many threads.
 */
public final class Cleaner {

    /** How far down a page the headline may sit below unrecognised header lines. */
    private static final int MAX_HEADER_LINES = 8;

    public Cleaner() {
        // Stateless: all rules are precompiled static patterns.
    }

    public CleanArticle clean(RawArticle raw) {
        List<String> repaired = TextRepair.lines(raw.text());
        List<Line> classified = new ArrayList<>(BoilerplateRemover.classify(repaired));
        Optional<String> publisher = markPublisherLines(classified);
        BoilerplateRemover.Result result = BoilerplateRemover.remove(classified);
        List<String> kept = new ArrayList<>(result.keptText());
        dropHeaderNoiseAboveTitle(kept);

        ArticleMetadata detected = ArticleMetadata.EMPTY
                .withTitle(title(kept).orElse(null))
                .withPublisher(publisher.orElse(null))
                .withPublished(publicationDate(result).or(() -> datelineDate(kept)).orElse(null))
                .withByline(byline(result).orElse(null))
                .withAgency(agency(result, kept).orElse(null));
        int removed = repaired.size() - kept.size();
        String text = String.join("\n", kept);
        return new CleanArticle(raw.source(), text, raw.hints().orElse(detected), removed, Languages.detect(text));
    }

    /**
     * Site-name lines above the first paragraph: a bare domain, or a short name the page's chrome repeats.
     * They become metadata lines; the first one found names the publisher.
     */
    private static Optional<String> markPublisherLines(List<Line> lines) {
        List<String> chrome = new ArrayList<>();
        for (Line l : lines) {
            if (l.kind() != Kind.CONTENT) {
                chrome.add(l.text());
            }
        }
        String chromeText = ChromeRules.joined(chrome);
        Optional<String> publisher = Optional.empty();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.isParagraph()) {
                break;
            }
            if (l.kind() != Kind.CONTENT) {
                continue;
            }
            Optional<String> name = MetadataDetector.domainPublisher(l.text())
                    .or(() -> MetadataDetector.repeatedNamePublisher(l.text(), chromeText));
            if (name.isPresent()) {
                lines.set(i, l.as(Kind.META));
                publisher = publisher.or(() -> name);
            }
        }
        return publisher;
    }

    /**
     * Above the headline a page has only chrome: short sentences there ("Tap below to go on")
     * that no rule named are dropped too, but only when a headline-like line follows before any paragraph.
     */
    private static void dropHeaderNoiseAboveTitle(List<String> kept) {
        int title = -1;
        for (int i = 0; i < Math.min(kept.size(), MAX_HEADER_LINES); i++) {
            String t = kept.get(i);
            if (Prose.isParagraph(t) || t.length() > 120) {
                break;
            }
            if (Prose.isHeadlineLike(t)) {
                title = i;
                break;
            }
        }
        for (int i = 0; i < title; i++) {
            kept.remove(0);
        }
    }

    private static Optional<String> title(List<String> kept) {
        return kept.isEmpty() || !Prose.isHeadlineLike(kept.get(0)) ? Optional.empty() : Optional.of(kept.get(0));
    }

    /** The best date among the metadata lines of the header and footer (and labelled ones anywhere). */
    private static Optional<PublicationDate> publicationDate(BoilerplateRemover.Result result) {
        List<DateExpressions.Found> found = new ArrayList<>();
        for (int i = 0; i < result.lines().size(); i++) {
            Line l = result.lines().get(i);
            // Dates in the trailing chrome belong to other stories' teasers.
            if (l.kind() == Kind.META && l.meta().isPresent() && result.speaksForArticle(i)) {
                found.addAll(l.meta().get().dates());
            }
        }
        return DateExpressions.best(found).map(DateExpressions.Found::date);
    }

    /**
     * A full date in the dateline that opens the story ("LONDON, May 24, 2023 (Agency) - ..."), when no
     * metadata line gave one. Its words stay in the text, so the date keeps where they are.
     */
    private static Optional<PublicationDate> datelineDate(List<String> kept) {
        int offset = 0;
        for (int i = 0; i < Math.min(kept.size(), MAX_HEADER_LINES); i++) {
            String line = kept.get(i);
            if (Prose.isParagraph(line)) {
                int lineStart = offset;
                return MetadataDetector.datelineDate(line).map(f -> f.date().at(
                        new Span(lineStart + f.start(), lineStart + f.start() + f.date().evidence().length())));
            }
            offset += line.length() + 1;
        }
        return Optional.empty();
    }

    private static Optional<String> byline(BoilerplateRemover.Result result) {
        for (int i = 0; i < result.lines().size(); i++) {
            Line l = result.lines().get(i);
            if (l.kind() == Kind.META && l.meta().isPresent() && result.speaksForArticle(i)
                    && l.meta().get().byline().isPresent()) {
                return l.meta().get().byline();
            }
        }
        return Optional.empty();
    }

    /** An agency line or footer; failing that, a known agency in the first paragraph's dateline. */
    private static Optional<String> agency(BoilerplateRemover.Result result, List<String> kept) {
        for (int i = 0; i < result.lines().size(); i++) {
            Line l = result.lines().get(i);
            if ((l.kind() == Kind.META || l.kind() == Kind.END) && result.speaksForArticle(i)
                    && l.agency().isPresent()) {
                return l.agency();
            }
        }
        return kept.stream().limit(3).map(MetadataDetector::datelineAgency)
                .flatMap(Optional::stream).findFirst();
    }
}
