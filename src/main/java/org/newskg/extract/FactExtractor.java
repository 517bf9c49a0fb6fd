package org.newskg.extract;

import org.newskg.nlp.AnnotatedArticle;

/**
 * The extract stage: everything one article states, as records. Entities come first, since
 * statements and events name their speakers, places and participants by the entities of the same article.
 * Stateless and thread-safe.
 */
public final class FactExtractor {
    private final EntityExtractor entities = new EntityExtractor();
    private final StatementExtractor statements = new StatementExtractor();
    private final EventExtractor events = new EventExtractor();

    public ArticleFacts extract(AnnotatedArticle annotated) {
        ArticleFacts facts = entities.extract(annotated);
        return facts.withReports(statements.extract(annotated, facts.entities()))
                .withEvents(events.extract(annotated, facts.entities()));
    }
}
