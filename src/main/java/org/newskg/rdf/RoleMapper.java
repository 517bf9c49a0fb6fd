package org.newskg.rdf;

import static org.apache.jena.graph.NodeFactory.createLiteralDT;
import static org.apache.jena.graph.NodeFactory.createLiteralString;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.newskg.core.Span;
import org.newskg.extract.ArticleFacts;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityType;
import org.newskg.extract.Role;

/**
 * Roles as W3C Organization Ontology memberships: who (org:member) holds which role (org:role, a
 * shared org:Role concept with its name) in which organisation or country (newskg:affiliation;
 * also org:organization when it is an organisation, the range that term has), towards which
 * country (newskg:posting), held on the day the article appeared, from which article, in which words.
 */
final class RoleMapper {
    private final Iris iris;

    RoleMapper(Iris iris) {
        this.iris = iris;
    }

    void map(Graph g, Node article, ArticleFacts facts) {
        String text = facts.article().text();
        for (Role r : facts.roles()) {
            Node person = entity(r.person());
            Node role = iris.role(r.title());
            String key = person.getURI() + "|" + role.getURI() + "|" + r.affiliation().map(this::entity).map(Node::getURI).orElse("")
                    + "|" + r.posting().map(this::entity).map(Node::getURI).orElse("");
            Node membership = Iris.membership(article, key);
            g.add(role, Vocab.TYPE, Vocab.ROLE_CLASS);
            g.add(role, Vocab.TYPE, Vocab.SKOS_CONCEPT);
            g.add(role, Vocab.PREF_LABEL, createLiteralString(r.title()));
            g.add(membership, Vocab.TYPE, Vocab.MEMBERSHIP);
            g.add(membership, Vocab.MEMBER, person);
            g.add(membership, Vocab.ROLE, role);
            r.affiliation().ifPresent(a -> {
                g.add(membership, Vocab.AFFILIATION, entity(a));
                if (a.type() == EntityType.ORGANIZATION) {
                    g.add(membership, Vocab.ORGANIZATION_OF, entity(a));
                }
            });
            r.posting().ifPresent(p -> g.add(membership, Vocab.POSTING, entity(p)));
            g.add(membership, Vocab.WAS_DERIVED_FROM, article);
            facts.article().metadata().published().ifPresent(d ->
                    g.add(membership, Vocab.HELD_ON, createLiteralDT(d.date().toString(), XSDDatatype.XSDdate)));
            for (Span s : r.evidence()) {
                g.add(membership, Vocab.ROLE_MENTION, ArticleMapper.phrase(g, article, text, s, s.of(text)));
            }
        }
    }

    private Node entity(Entity e) {
        return iris.entity(e.type(), e.name());
    }
}
