package org.newskg.pipeline;

import org.newskg.core.Issue;
import org.newskg.extract.ArticleFacts;
import org.newskg.rdf.ArticleGraph;
import org.newskg.source.RawArticle;

/** What one article became before the store: its graph, or the issue that stopped it. */
public record PreparedArticle(RawArticle raw, ArticleGraph graph, ArticleFacts facts, int tokens, Issue issue) {
    public static PreparedArticle failed(RawArticle raw, Issue issue) {
        return new PreparedArticle(raw, null, null, 0, issue);
    }
}
