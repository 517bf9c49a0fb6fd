package org.newskg.eval;

import java.util.List;
import java.util.Map;

/**
 * One MEANTIME article: its tokens, one list per sentence, and its gold entity mentions with the
 * corpus-level instance each refers to.
 *
 * @param id        the document id ({@code doc_id})
 * @param sentences the tokens of each sentence, in order (sentence 0 is the headline)
 * @param mentions  the gold mentions of people, organisations and places that refer to an entity
 * @param links     instance id -> its DBpedia IRI ({@code external_ref}), for the instances that have one
 */
public record MeantimeDocument(String id, List<List<String>> sentences, List<Mention> mentions, Map<String, String> links) {
    public MeantimeDocument {
        sentences = List.copyOf(sentences.stream().map(List::copyOf).toList());
        mentions = List.copyOf(mentions);
        links = Map.copyOf(links);
    }

    /**
     * A gold mention: tokens {@code [first, last]} counted over the whole document from 0.
     *
     * @param type     PER, ORG or LOC
     * @param instance the cross-document instance id, or a document-local id for an entity
     *                 annotated only in this document
     */
    public record Mention(int first, int last, String type, String instance) {}
}
