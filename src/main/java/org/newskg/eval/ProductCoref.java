package org.newskg.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.newskg.clean.ArticleMetadata;
import org.newskg.clean.CleanArticle;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityExtractor;
import org.newskg.extract.Mention;
import org.newskg.nlp.NlpPipeline;
import org.newskg.rdf.Iris;
import org.newskg.resolve.EntityRecord;
import org.newskg.resolve.MentionContext;

/**
 * The system side of the coreference evaluation: what newskg itself finds in one MEANTIME
 * document. The document goes through the product's NLP facade and entity extractor; each
 * mention it keeps is mapped back to document tokens with the entity IRI the store would give
 * it, and each entity becomes the record cross-document resolution reads from an article graph.
 * Thread-safe when the pipeline is.
 */
public final class ProductCoref {
    private final StoredAnnotations nlp;
    private final EntityExtractor extractor = new EntityExtractor();
    private final Iris iris = new Iris(Iris.DEFAULT_BASE);

    /** A system mention: tokens {@code [first, last]} of the document, and its article-level entity IRI. */
    public record SystemMention(int first, int last, String iri) {}

    /** What the product found in one document. */
    public record Found(List<SystemMention> mentions, List<EntityRecord> records) {}

    /** @param nlp a pipeline built with {@link NlpPipeline.Tokenization#PRETOKENIZED} */
    public ProductCoref(NlpPipeline nlp) {
        this(() -> nlp, Optional.empty());
    }

    /**
     * @param nlp         the pipeline ({@link NlpPipeline.Tokenization#PRETOKENIZED}), asked for only
     *                    when a document has no stored annotation
     * @param annotations a folder of stored annotations (one per document, made on the first run):
     *                    the entity rules can be measured again without CoreNLP
     */
    public ProductCoref(Supplier<NlpPipeline> nlp, Optional<Path> annotations) {
        this.nlp = new StoredAnnotations(nlp, annotations);
    }

    public Found find(MeantimeDocument doc) {
        PretokenizedText text = PretokenizedText.of(doc.sentences());
        String s = text.text();
        CleanArticle article = new CleanArticle("meantime:" + doc.id(), s, ArticleMetadata.EMPTY, 0);
        List<SystemMention> mentions = new ArrayList<>();
        List<EntityRecord> records = new ArrayList<>();
        for (Entity e : extractor.extract(nlp.annotate(article)).entities()) {
            String iri = iris.entity(e.type(), e.name()).getURI();
            for (Mention m : e.mentions()) {
                mentions.add(new SystemMention(text.tokenAt(m.span().begin()), text.tokenAt(m.span().end() - 1), iri));
            }
            records.add(record(e, iri, doc.id(), s));
        }
        return new Found(mentions, records);
    }

    /** The record cross-document resolution reads for an article-level entity, as the store gives it. */
    static EntityRecord record(Entity e, String iri, String docId, String text) {
        Set<String> acronyms = new TreeSet<>();
        Set<String> before = new TreeSet<>();
        for (Mention m : e.mentions()) {
            int from = Math.max(0, m.span().begin() - MentionContext.BEFORE);
            MentionContext.capitalisedBefore(text.substring(from, m.span().begin())).ifPresent(before::add);
            MentionContext.acronymAfter(text.substring(m.span().end(), Math.min(text.length(), m.span().end() + MentionContext.AFTER)))
                    .ifPresent(acronyms::add);
        }
        return new EntityRecord(iri, e.type(), e.name(), Set.copyOf(e.aliases()), docId, acronyms, before);
    }
}
