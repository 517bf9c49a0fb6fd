package org.newskg.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sorts the lines of a page into story and chrome, and decides which to keep. Within the story only
 * lines that are chrome themselves go; after the story's end (an agency footer, or the last paragraph
 * followed by chrome) everything goes, teaser lists and unrelated headlines included.
 */
final class BoilerplateRemover {

    enum Kind {
        /** Story text (headline, paragraphs, sub-headings, captions). */
        CONTENT,
        /** Page chrome: ads, notices, widgets, navigation, credits. */
        CHROME,
        /** A 'related' / 'also read' / 'read more' marker. */
        MARKER,
        /** A footer that closes the story: "With inputs from agencies", "(Outlet)". */
        END,
        /** Metadata only: a date, byline, agency, site name or dateline place. */
        META,
        /** Another story's datelined teaser cut short with "...". */
        TEASER
    }

    /** One line with what it is; {@code agency} is what an END or META line credits. */
    record Line(String text, Kind kind, Optional<String> agency, Optional<MetadataDetector.LineMeta> meta) {
        Line as(Kind k) {
            return new Line(text, k, agency, meta);
        }

        boolean isParagraph() {
            return kind == Kind.CONTENT && Prose.isParagraph(text);
        }
    }

    /**
     * The lines with their kinds and which of them to keep; {@code storyEnd} is the index of the footer
     * that closed the story (or the line count), {@code tailStart} where the dropped trailing chrome begins.
     */
    record Result(List<Line> lines, boolean[] keep, int headerEnd, int storyEnd, int tailStart) {
        /** Lines that may speak for this article: the header, and everything before the trailing chrome. */
        boolean speaksForArticle(int i) {
            return i < headerEnd || i < tailStart || i == storyEnd;
        }

        List<String> keptText() {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (keep[i]) {
                    out.add(lines.get(i).text());
                }
            }
            return out;
        }
    }

    private static final int MAX_LINKS_AFTER_MARKER = 5;
    private static final int MAX_BARE_MARKER = 30;

    private BoilerplateRemover() {
    }

    /** Each line's kind from the line alone. */
    static List<Line> classify(List<String> texts) {
        List<Line> lines = new ArrayList<>(texts.size());
        for (String t : texts) {
            lines.add(classifyOne(t, lines.isEmpty() ? null : lines.get(lines.size() - 1)));
        }
        return lines;
    }

    private static Line classifyOne(String t, Line previous) {
        Optional<String> none = Optional.empty();
        Optional<MetadataDetector.LineMeta> noMeta = Optional.empty();
        if (ChromeRules.isMarker(t)) {
            return new Line(t, Kind.MARKER, none, noMeta);
        }
        if (ChromeRules.isChrome(t)) {
            return new Line(t, Kind.CHROME, none, noMeta);
        }
        Optional<String> end = ChromeRules.storyEnd(t);
        if (end.isPresent()) {
            return new Line(t, Kind.END, end.filter(s -> !s.isEmpty()), noMeta);
        }
        // Button text wrapped onto a second line ("Share on" / "and more").
        if (previous != null && previous.kind() == Kind.CHROME && ChromeRules.isWidgetWordsOnly(t)) {
            return new Line(t, Kind.CHROME, none, noMeta);
        }
        Optional<MetadataDetector.LineMeta> meta = MetadataDetector.metadataLine(t);
        if (meta.isPresent()) {
            return new Line(t, Kind.META, meta.get().agency(), meta);
        }
        if (ChromeRules.isDatelinedTeaser(t)) {
            return new Line(t, Kind.TEASER, none, noMeta);
        }
        return new Line(t, Kind.CONTENT, none, noMeta);
    }

    /** Decides what stays, given classified lines. */
    static Result remove(List<Line> input) {
        List<Line> lines = new ArrayList<>(input);
        int n = lines.size();
        List<Integer> paragraphs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (lines.get(i).isParagraph()) {
                paragraphs.add(i);
            }
        }
        // The header runs to the second paragraph: a standfirst or lede may precede the date lines.
        int headerEnd = paragraphs.size() >= 2 ? paragraphs.get(1) : Math.min(n, 15);
        int firstParagraph = paragraphs.isEmpty() ? n : paragraphs.get(0);

        // Dates printed inside the story are not metadata unless labelled ("Updated ...").
        int lastParagraph = paragraphs.isEmpty() ? -1 : paragraphs.get(paragraphs.size() - 1);
        for (int i = headerEnd; i < lastParagraph; i++) {
            Line l = lines.get(i);
            if (l.kind() == Kind.META && l.meta().isPresent() && l.meta().get().byline().isEmpty()
                    && l.meta().get().agency().isEmpty() && !l.meta().get().labelled()) {
                lines.set(i, l.as(Kind.CONTENT));
            }
        }
        // A title-case headline can read like a byline ("By Land And Sea"); bylines do not open a page.
        if (n > 0 && lines.get(0).kind() == Kind.META && isBylineOnly(lines.get(0))
                && Prose.isHeadlineLike(lines.get(0).text())) {
            lines.set(0, lines.get(0).as(Kind.CONTENT));
        }
        // Dateline places ("City, Country") beside header metadata.
        for (int i = 0; i < headerEnd; i++) {
            Line l = lines.get(i);
            if (l.kind() == Kind.CONTENT && MetadataDetector.isPlaceLine(l.text())
                    && (isMeta(lines, i - 1) || isMeta(lines, i + 1))) {
                lines.set(i, l.as(Kind.META));
            }
        }
        // Slogans above the first paragraph.
        for (int i = 0; i < firstParagraph; i++) {
            Line l = lines.get(i);
            if (l.kind() == Kind.CONTENT && ChromeRules.isTagline(l.text())) {
                lines.set(i, l.as(Kind.CHROME));
            }
        }

        int end = storyEnd(lines, paragraphs);
        // A bracketed name that did not end the story is story text: "(Laughter)" in a transcript.
        for (int i = 0; i < end; i++) {
            Line l = lines.get(i);
            if (l.kind() == Kind.END && ChromeRules.isBareNameFooter(l.text())) {
                lines.set(i, new Line(l.text(), Kind.CONTENT, Optional.empty(), l.meta()));
            }
        }
        int cut = tailStart(lines, end, !paragraphs.isEmpty());
        boolean[] keep = new boolean[n];
        for (int i = 0; i < cut; i++) {
            keep[i] = lines.get(i).kind() == Kind.CONTENT;
        }
        dropLinksAfterMarkers(lines, keep, cut);
        dropDuplicates(lines, keep);
        return new Result(lines, keep, headerEnd, end, cut);
    }

    private static boolean isBylineOnly(Line l) {
        return l.meta().map(m -> m.byline().isPresent() && m.dates().isEmpty() && m.agency().isEmpty())
                .orElse(false);
    }

    private static boolean isMeta(List<Line> lines, int i) {
        return i >= 0 && i < lines.size() && lines.get(i).kind() == Kind.META;
    }

    /**
     * The first footer that closes the story. A bare "(Name)" closes it only when no paragraph follows,
     * since transcripts and captions use brackets too; agency names and "inputs from" always do.
     */
    private static int storyEnd(List<Line> lines, List<Integer> paragraphs) {
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.kind() != Kind.END || paragraphs.isEmpty() || paragraphs.get(0) > i) {
                continue;
            }
            boolean strong = !ChromeRules.isBareNameFooter(l.text());
            int after = i;
            boolean paragraphAfter = paragraphs.stream().anyMatch(p -> p > after);
            if (strong || !paragraphAfter) {
                return i;
            }
        }
        return lines.size();
    }

    /**
     * Where the trailing chrome starts: the first chrome, marker or teaser line after the story's last
     * paragraph. A short unpunctuated heading right above it ("Have your say") belongs to it.
     */
    private static int tailStart(List<Line> lines, int end, boolean hasParagraphs) {
        int lastParagraph = -1;
        for (int i = 0; i < end; i++) {
            if (lines.get(i).isParagraph()) {
                lastParagraph = i;
            }
        }
        int ellipses = 0;
        for (int i = lastParagraph + 1; i < end; i++) {
            if (lines.get(i).kind() == Kind.CONTENT && Prose.endsWithEllipsis(lines.get(i).text())) {
                ellipses++;
            }
        }
        for (int i = lastParagraph + 1; i < end; i++) {
            Line l = lines.get(i);
            boolean trigger = switch (l.kind()) {
                // Adverts and photo credits sit between paragraphs; they do not close a story.
                // A page without a single paragraph (lyrics, a match sheet, a list) has no story end to find:
                // its chrome lines go one by one, so that the first of them does not take the page with it.
                case CHROME -> hasParagraphs && !ChromeRules.isAdvert(l.text()) && !ChromeRules.isCredit(l.text());
                case MARKER, TEASER, END -> true;
                case CONTENT -> ellipses >= 2 && Prose.endsWithEllipsis(l.text());
                case META -> false;
            };
            if (trigger && isLoneLink(lines, i, end)) {
                continue; // dropped as chrome on its own; the story goes on after it
            }
            if (trigger) {
                int start = i;
                while (start - 1 > lastParagraph && lines.get(start - 1).kind() == Kind.CONTENT
                        && lines.get(start - 1).text().length() <= 60 && Prose.isUnpunctuated(lines.get(start - 1).text())) {
                    start--;
                }
                return start;
            }
        }
        return end;
    }

    /**
     * A single chrome or marker line between story sentences ("Read more: ...", "Click here to watch")
     * rather than the start of the page's tail: the next line is a finished sentence of the story (not a
     * teaser cut with "...") and no other chrome comes right after that.
     */
    private static boolean isLoneLink(List<Line> lines, int i, int end) {
        Kind kind = lines.get(i).kind();
        if ((kind != Kind.CHROME && kind != Kind.MARKER) || i + 1 >= end) {
            return false;
        }
        Line next = lines.get(i + 1);
        String t = next.text();
        if (next.kind() != Kind.CONTENT || t.length() < 40 || !Prose.endsSentence(t) || Prose.endsWithEllipsis(t)
                || Prose.words(t) < 6) {
            return false;
        }
        return i + 2 >= end || lines.get(i + 2).kind() == Kind.CONTENT || lines.get(i + 2).kind() == Kind.META;
    }

    /** Link texts listed under a 'related' marker inside the story: short and unpunctuated. */
    private static void dropLinksAfterMarkers(List<Line> lines, boolean[] keep, int cut) {
        for (int i = 0; i < cut; i++) {
            // Only a bare marker ("Read more:") introduces a list; "Related: Some headline" carries its own link.
            if (lines.get(i).kind() != Kind.MARKER || lines.get(i).text().length() > MAX_BARE_MARKER) {
                continue;
            }
            int dropped = 0;
            for (int j = i + 1; j < cut && dropped < MAX_LINKS_AFTER_MARKER; j++) {
                Line l = lines.get(j);
                if (l.kind() == Kind.CHROME) {
                    continue;
                }
                if (l.kind() != Kind.CONTENT || l.text().length() > 120 || !Prose.isUnpunctuated(l.text())
                        || Prose.words(l.text()) < 2) {
                    break;
                }
                keep[j] = false;
                dropped++;
            }
        }
    }

    /**
     * Whether a second copy of the line on the page is a repeat to drop: a long line (a lede printed twice),
     * or a finished sentence of 30+ characters (a caption under a picture and again in a gallery). Short
     * unpunctuated lines ("1 tbsp butter", a recipe's ingredients for two parts) repeat for real.
     */
    private static boolean isRepeatable(String t) {
        return t.length() >= 60 || (t.length() >= 30 && Prose.endsSentence(t));
    }

    /**
     * Repeats: the same line twice in a row (a caption and its copy) is kept once; of two neighbours where
     * one extends the other (the copy with a photo credit), the shorter stays; a long line or a caption-like
     * sentence seen before is dropped.
     */
    private static void dropDuplicates(List<Line> lines, boolean[] keep) {
        Set<String> seen = new HashSet<>();
        int previous = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!keep[i]) {
                continue;
            }
            String t = lines.get(i).text();
            if (previous >= 0) {
                String p = lines.get(previous).text();
                if (p.equals(t)) {
                    keep[i] = false;
                    continue;
                }
                String shorter = p.length() <= t.length() ? p : t;
                String longer = shorter == p ? t : p;
                if (shorter.length() >= 40 && longer.startsWith(shorter)) {
                    if (longer == p) {
                        keep[previous] = false;
                        seen.remove(p);
                    } else {
                        keep[i] = false;
                        continue;
                    }
                }
            }
            if (isRepeatable(t) && !seen.add(t)) {
                keep[i] = false;
                continue;
            }
            previous = i;
        }
    }
}
