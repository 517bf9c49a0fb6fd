package org.newskg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newskg.core.Span;

/** What is done to one article's reports once they are all found: pieces of one remark joined, restatements dropped. */
final class ReportJoins {
    private ReportJoins() {}

    /**
     * One remark quoted in pieces around its attribution ("“A,” she said. “B.”", "“A,” she
     * said, “B.”") is one report: consecutive direct quotes of the same speaker words and cue
     * in one paragraph, with the attribution and at most {@code maxWordsBetween} words between
     * them, join; the content spans them all and each piece is kept apart. Sorts the reports.
     */
    static void joinPieces(String text, List<Report> reports, int maxWordsBetween) {
        reports.sort(Comparator.comparingInt((Report r) -> r.content().begin()));
        for (int i = reports.size() - 1; i > 0; i--) {
            Report a = reports.get(i - 1);
            Report b = reports.get(i);
            if (a.type() != ReportType.DIRECT || b.type() != ReportType.DIRECT || a.speaker().isEmpty()
                    || !a.speaker().map(Speaker::span).equals(b.speaker().map(Speaker::span)) || !a.cueSpan().equals(b.cueSpan())
                    || a.content().end() > b.content().begin()) {
                continue;
            }
            String between = text.substring(a.content().end(), b.content().begin());
            if (between.indexOf('\n') >= 0 || QuoteFinder.words(text, a.content().end(), b.content().begin()) > maxWordsBetween
                    || a.cueSpan().begin() < a.content().end() || a.cueSpan().end() > b.content().begin()) {
                continue;
            }
            List<Span> parts = new ArrayList<>(a.parts().isEmpty() ? List.of(a.content()) : a.parts());
            parts.addAll(b.parts().isEmpty() ? List.of(b.content()) : b.parts());
            Span all = new Span(a.content().begin(), b.content().end());
            List<Entity> about = new ArrayList<>(a.about());
            b.about().stream().filter(e -> !about.contains(e)).forEach(about::add);
            reports.set(i - 1, new Report(ReportType.DIRECT, all, all.of(text), a.speaker(), a.cue(), a.cueSpan(), a.addressee(),
                    a.venue().or(b::venue), about, a.statedOn(), a.kind(), parts));
            reports.remove(i);
        }
    }

    /**
     * "She said she found it hard to ...": a report whose cue and content lie inside the content
     * of another report by the same speaker entity says again what the outer one says; only the
     * outer one is kept.
     */
    static void dropRestatements(List<Report> reports) {
        reports.removeIf(inner -> inner.speaker().flatMap(Speaker::entity).isPresent() && reports.stream().anyMatch(outer -> outer != inner
                && outer.content().contains(inner.cueSpan()) && outer.content().contains(inner.content())
                && outer.speaker().flatMap(Speaker::entity).equals(inner.speaker().flatMap(Speaker::entity))));
    }
}
