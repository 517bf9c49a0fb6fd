package org.newskg.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.newskg.clean.ArticleMetadata;
import org.newskg.clean.CleanArticle;
import org.newskg.core.Span;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityExtractor;
import org.newskg.extract.EntityType;
import org.newskg.extract.Mention;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.EntityMention;
import org.newskg.nlp.NlpPipeline;

/**
 * The system side of the NER evaluation: what newskg itself finds in a CoNLL document. The
 * document goes through the product's NLP facade and entity extractor, and each mention the
 * product keeps is mapped back to CoNLL tokens and types. MISC, which the product does not
 * store, comes from the recogniser's mentions directly. Thread-safe when the pipeline is.
 */
public final class ProductNer {
    /** CoreNLP labels CoNLL would call MISC: the product drops them, so they are scored apart. */
    static final Set<String> MISC_LABELS = Set.of("MISC", "NATIONALITY", "RELIGION", "IDEOLOGY");

    private final StoredAnnotations nlp;
    private final EntityExtractor extractor = new EntityExtractor();

    /** @param nlp a pipeline built with {@link NlpPipeline.Tokenization#PRETOKENIZED} */
    public ProductNer(NlpPipeline nlp) {
        this(() -> nlp, Optional.empty());
    }

    /**
     * @param nlp         the pipeline ({@link NlpPipeline.Tokenization#PRETOKENIZED}), asked for only
     *                    when a document has no stored annotation
     * @param annotations a folder of stored annotations (one per document, made on the first run)
     */
    public ProductNer(Supplier<NlpPipeline> nlp, Optional<Path> annotations) {
        this.nlp = new StoredAnnotations(nlp, annotations);
    }

    /** The CoNLL type of a kept entity type: the product's own mapping from CoreNLP labels decides. */
    public static String conllType(EntityType type) {
        return switch (type) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case PLACE -> "LOC";
        };
    }

    /** The CoNLL type of a fine-grained CoreNLP label, empty for labels CoNLL does not annotate. */
    public static Optional<String> conllType(String nerLabel) {
        Optional<String> kept = EntityType.fromNer(nerLabel).map(ProductNer::conllType);
        return kept.isPresent() || !MISC_LABELS.contains(nerLabel) ? kept : Optional.of("MISC");
    }

    /** The system's entities, one list per sentence of the document. */
    public List<List<NerSpan>> tag(ConllDocument doc, String source) {
        TokenIndex index = new TokenIndex(doc);
        CleanArticle article = new CleanArticle(source + "#doc" + doc.index(), index.text, ArticleMetadata.EMPTY, 0);
        AnnotatedArticle annotated = nlp.annotate(article);
        List<List<NerSpan>> out = new ArrayList<>();
        doc.sentences().forEach(s -> out.add(new ArrayList<>()));
        for (Entity e : extractor.extract(annotated).entities()) {
            for (Mention m : e.mentions()) {
                index.add(out, conllType(e.type()), m.span());
            }
        }
        for (EntityMention m : annotated.mentions()) {
            if (MISC_LABELS.contains(m.type())) {
                index.add(out, "MISC", m.span());
            }
        }
        out.forEach(l -> l.sort((a, b) -> Integer.compare(a.begin(), b.begin())));
        return out;
    }

    /**
     * The document as the pretokenized text CoreNLP reads (tokens joined with spaces, sentences
     * with newlines), and the way back from a character offset to a sentence and token.
     */
    static final class TokenIndex {
        final String text;
        private final int[] begins;
        private final int[] sentenceOf;
        private final int[] tokenInSentence;

        TokenIndex(ConllDocument doc) {
            int n = doc.sentences().stream().mapToInt(s -> s.tokens().size()).sum();
            begins = new int[n];
            sentenceOf = new int[n];
            tokenInSentence = new int[n];
            StringBuilder sb = new StringBuilder();
            int k = 0;
            for (int s = 0; s < doc.sentences().size(); s++) {
                if (s > 0) {
                    sb.append('\n');
                }
                List<String> tokens = doc.sentences().get(s).tokens();
                for (int t = 0; t < tokens.size(); t++) {
                    if (t > 0) {
                        sb.append(' ');
                    }
                    begins[k] = sb.length();
                    sentenceOf[k] = s;
                    tokenInSentence[k] = t;
                    sb.append(tokens.get(t));
                    k++;
                }
            }
            text = sb.toString();
        }

        /** The token holding a character offset. */
        private int tokenAt(int offset) {
            int i = Arrays.binarySearch(begins, offset);
            return i >= 0 ? i : -i - 2;
        }

        void add(List<List<NerSpan>> perSentence, String type, Span span) {
            int first = tokenAt(span.begin());
            int last = tokenAt(span.end() - 1);
            if (first < 0 || sentenceOf[first] != sentenceOf[last]) {
                throw new IllegalStateException("mention " + span + " does not fit one sentence");
            }
            perSentence.get(sentenceOf[first]).add(new NerSpan(type, tokenInSentence[first], tokenInSentence[last] + 1));
        }
    }
}
