package org.newskg.pipeline;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.graph.NodeFactory;
import org.newskg.clean.CleanArticle;
import org.newskg.clean.Cleaner;
import org.newskg.core.Issue;
import org.newskg.extract.ArticleFacts;
import org.newskg.extract.FactExtractor;
import org.newskg.nlp.NlpPipeline;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.ArticleMapper;
import org.newskg.rdf.Iris;
import org.newskg.rdf.Vocab;
import org.newskg.source.RawArticle;

/**
 * The per-article part of the pipeline, clean -> annotate -> extract -> rdf, shared by
 * {@code ingest} (on worker threads) and the Spark job (on executors), so that both give the same
 * graph for the same input. A failure of any kind in one article is that article's issue.
 */
public final class ArticlePreparer {
    /** What a user should do when an article does not fit in memory. */
    static final String MORE_MEMORY =
            "lower --max-article-chars, or give Java more memory (NEWSKG_JAVA_OPTS, e.g. -Xmx6g)";

    private final Cleaner cleaner;
    private final FactExtractor extractor;

    public ArticlePreparer(Cleaner cleaner, FactExtractor extractor) {
        this.cleaner = cleaner;
        this.extractor = extractor;
    }

    /**
     * The article's graph (with its input fingerprint), or the issue that stopped it.
     *
     * @param nlp CoreNLP, asked for only when the article is annotated (English or undetermined)
     */
    public PreparedArticle prepare(RawArticle raw, String fingerprint, Supplier<NlpPipeline> nlp, ArticleMapper mapper) {
        String stage = "clean";
        try {
            CleanArticle clean = cleaner.clean(raw);
            if (clean.text().isBlank()) {
                return PreparedArticle.failed(raw, Issue.error(raw.source(), stage, "no article text left after removing page boilerplate"));
            }
            if (!clean.isEnglish()) {
                // The English models would read another language's words as names: metadata and text only.
                ArticleFacts textOnly = new ArticleFacts(clean, List.of(), List.of(), List.of());
                ArticleGraph graph = mapper.map(articleKey(raw), textOnly);
                graph.graph().add(graph.name(), Vocab.INPUT_FINGERPRINT, NodeFactory.createLiteralString(fingerprint));
                return new PreparedArticle(raw, graph, textOnly, 0, null);
            }
            stage = "annotate";
            NlpPipeline pipeline = nlp.get(); // its models loaded first, so what is free is what an article may use
            Optional<String> tooBig = HeapRoom.refusal(clean.text().length());
            if (tooBig.isPresent()) {
                return PreparedArticle.failed(raw, Issue.error(raw.source(), stage, tooBig.get()));
            }
            var annotated = pipeline.annotate(clean);
            stage = "extract";
            ArticleFacts facts = extractor.extract(annotated);
            stage = "rdf";
            ArticleGraph graph = mapper.map(articleKey(raw), facts);
            graph.graph().add(graph.name(), Vocab.INPUT_FINGERPRINT, NodeFactory.createLiteralString(fingerprint));
            return new PreparedArticle(raw, graph, facts, annotated.tokens().size(), null);
        } catch (RuntimeException | StackOverflowError e) {
            return PreparedArticle.failed(raw, Issue.error(raw.source(), stage, "failed: " + describe(e)));
        } catch (OutOfMemoryError e) {
            // The article's annotation is unreachable once this frame is gone: the run goes on.
            return PreparedArticle.failed(raw, Issue.error(raw.source(), stage, String.format(Locale.ROOT,
                    "out of memory (%,d characters): %s", raw.text().length(), MORE_MEMORY)));
        }
    }

    /** The key of the article's IRI: its URL when the input states one, else its text. */
    public static String articleKey(RawArticle raw) {
        return Iris.articleKey(raw.hints().url().orElse(null), raw.text());
    }

    static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "out of memory: " + MORE_MEMORY;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
