package org.newskg.extract;

import java.util.List;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.time.TimeNormalizer;
import org.newskg.time.TimeValue;

/**
 * The extract stage: everything one article states, as records. Entities come first, since
 * statements, events and roles name their speakers, places, participants, holders and
 * affiliations by the entities of the same article; time values before statements and events,
 * which take their dates from them. Stateless and thread-safe.
 */
public final class FactExtractor {
    private final EntityExtractor entities = new EntityExtractor();
    private final TimeNormalizer timeNormalizer = new TimeNormalizer();
    private final StatementExtractor statements = new StatementExtractor();
    private final EventExtractor events = new EventExtractor();
    private final RoleExtractor roles = new RoleExtractor();

    public ArticleFacts extract(AnnotatedArticle annotated) {
        ArticleFacts facts = entities.extract(annotated);
        List<TimeValue> times = timeNormalizer.normalize(annotated);
        facts = facts.withTimes(times).withReports(statements.extract(annotated, facts.entities(), times))
                .withEvents(events.extract(annotated, facts.entities(), times));
        RoleExtractor.Result found = roles.extract(annotated, facts.entities());
        return facts.withRoles(found.entities(), found.roles());
    }
}
