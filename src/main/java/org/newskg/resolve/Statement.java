package org.newskg.resolve;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One statement: everything reported, in one or more articles, as the same words of the same speaker.
 *
 * @param key                a stable key for its IRI: speaker and normalised words of its earliest report
 * @param speaker            the speaker entity's IRI
 * @param text               the words of its earliest report (the first wording)
 * @param reports            its reports, earliest first
 * @param articles           how many articles report it
 * @param outlets            how many distinct outlets
 * @param independentOutlets how many independent sources: articles crediting the same agency count once
 * @param first              the earliest report whose article has a publication date, if any
 * @param mergeReasons       why each report after the first joined, one line per join
 */
public record Statement(String key, String speaker, String text, List<StoredReport> reports, int articles, int outlets,
        int independentOutlets, Optional<StoredReport> first, List<String> mergeReasons) {
    public Statement {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(text, "text");
        reports = List.copyOf(reports);
        first = first == null ? Optional.empty() : first;
        mergeReasons = List.copyOf(mergeReasons);
    }
}
