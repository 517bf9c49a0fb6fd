package org.newskg.extract;

import java.util.List;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.time.TimeNormalizer;
import org.newskg.time.TimeValue;

/**
 * The extract stage: everything one article states, as records. Entities come first, since
 * statements name their speakers and topics by the entities of the same article; time values
 * before statements, which take their dates from them.
 * Stateless and thread-safe.
 */
public final class FactExtractor {
    private final EntityExtractor entities = new EntityExtractor();
    private final TimeNormalizer timeNormalizer = new TimeNormalizer();
    private final StatementExtractor statements = new StatementExtractor();

    public ArticleFacts extract(AnnotatedArticle annotated) {
        ArticleFacts facts = entities.extract(annotated);
        List<TimeValue> times = timeNormalizer.normalize(annotated);
        return facts.withTimes(times).withReports(statements.extract(annotated, facts.entities(), times));
    }
}
