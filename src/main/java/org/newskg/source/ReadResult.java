package org.newskg.source;

import java.util.List;
import java.util.Objects;
import org.newskg.core.Issue;

/**
 * What reading one input gave: the articles in it (none when it could not be read) and the
 * issues met on the way (a warning such as a guessed encoding does not stop an article).
 */
public record ReadResult(List<RawArticle> articles, List<Issue> issues) {
    public ReadResult {
        articles = List.copyOf(articles);
        issues = List.copyOf(issues);
    }

    public static ReadResult failed(Issue issue) {
        return new ReadResult(List.of(), List.of(Objects.requireNonNull(issue)));
    }

    public static ReadResult of(RawArticle article, List<Issue> warnings) {
        return new ReadResult(List.of(article), warnings);
    }
}
