package org.newskg.extract;

import org.newskg.nlp.AnnotatedArticle;

/**
 * The extract stage: everything one article states, as records. Entities come first, since
 * statements and roles name their speakers, holders and affiliations by the entities of the
 * same article. Stateless and thread-safe.
 */
public final class FactExtractor {
    private final EntityExtractor entities = new EntityExtractor();
    private final StatementExtractor statements = new StatementExtractor();
    private final RoleExtractor roles = new RoleExtractor();

    public ArticleFacts extract(AnnotatedArticle annotated) {
        ArticleFacts facts = entities.extract(annotated);
        facts = facts.withReports(statements.extract(annotated, facts.entities()));
        RoleExtractor.Result found = roles.extract(annotated, facts.entities());
        return facts.withRoles(found.entities(), found.roles());
    }
}
