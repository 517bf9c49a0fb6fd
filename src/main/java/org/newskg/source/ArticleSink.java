package org.newskg.source;

import java.util.ArrayList;
import java.util.List;
import org.newskg.core.Issue;

/** Where a reader pushes what it finds in one input: articles as it reads them, and problems. */
public interface ArticleSink {
    void article(RawArticle article);

    void issue(Issue issue);

    /** A sink that keeps everything, for tests and small inputs. */
    static Collecting collecting() {
        return new Collecting();
    }

    /** Keeps what it is given; {@link #result()} returns it. */
    final class Collecting implements ArticleSink {
        private final List<RawArticle> articles = new ArrayList<>();
        private final List<Issue> issues = new ArrayList<>();

        @Override
        public void article(RawArticle article) {
            articles.add(article);
        }

        @Override
        public void issue(Issue issue) {
            issues.add(issue);
        }

        public ReadResult result() {
            return new ReadResult(articles, issues);
        }
    }
}
