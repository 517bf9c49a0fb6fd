package org.newskg.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.newskg.clean.CleanArticle;
import org.newskg.clean.Cleaner;
import org.newskg.core.Issue;
import org.newskg.extract.Entity;
import org.newskg.extract.FactExtractor;
import org.newskg.extract.Report;
import org.newskg.extract.Speaker;
import org.newskg.nlp.NlpPipeline;
import org.newskg.source.ArticleSink;
import org.newskg.source.RawArticle;
import org.newskg.source.Readers;
import org.newskg.source.TextFileReader;

/**
 * The system side of the speaker evaluation: the statements newskg itself finds in a real
 * article, through the same stages as {@code ingest} (the standard readers, the cleaner, the NLP
 * facade, {@link FactExtractor}). Thread-safe when the pipeline is.
 */
public final class ProductSpeakers {
    /** An article's cleaned text and the statements found in it. */
    public record Extracted(String text, List<SystemSpeech> statements) {}

    private final StoredAnnotations annotations;
    private final Cleaner cleaner = new Cleaner();
    private final FactExtractor extractor = new FactExtractor();

    /** @param nlp a pipeline built with {@link NlpPipeline.Tokenization#NEWS_TEXT}, as {@code ingest} uses */
    public ProductSpeakers(NlpPipeline nlp) {
        this(() -> nlp, Optional.empty());
    }

    /**
     * @param nlp         the pipeline, asked for only when an article has no stored annotation
     * @param annotations a folder of stored annotations ({@link StoredAnnotations}, made on the
     *                    first run): the extraction rules can be measured again without CoreNLP
     */
    public ProductSpeakers(Supplier<NlpPipeline> nlp, Optional<Path> annotations) {
        this.annotations = new StoredAnnotations(nlp, annotations);
    }

    public Extracted extract(RawArticle raw) {
        CleanArticle clean = cleaner.clean(raw);
        List<SystemSpeech> found = extractor.extract(annotations.annotate(clean)).reports().stream().map(ProductSpeakers::of).toList();
        return new Extracted(clean.text(), found);
    }

    static SystemSpeech of(Report r) {
        Optional<Speaker> s = r.speaker();
        return new SystemSpeech(r.content(), s.map(Speaker::text), s.flatMap(Speaker::entity).map(Entity::name),
                r.type().name().toLowerCase(java.util.Locale.ROOT), r.cue(), r.kind().name().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Reads the gold articles from the corpus with the readers {@code ingest} uses, before any
     * annotation, so a gold file that names a missing article fails at once.
     *
     * @param corpus   the corpus folder the locators are relative to
     * @param locators "folder/file.txt", or "folder/export.csv#row=N" for a row of an export
     * @return the raw article of each locator, in the locators' order
     */
    public static Map<String, RawArticle> read(Path corpus, Collection<String> locators) {
        if (!Files.isDirectory(corpus)) {
            throw new IllegalArgumentException("no such corpus folder: " + corpus);
        }
        Map<String, Set<String>> byFile = new LinkedHashMap<>();
        for (String locator : locators) {
            int hash = locator.indexOf('#');
            byFile.computeIfAbsent(hash < 0 ? locator : locator.substring(0, hash), f -> new LinkedHashSet<>()).add(locator);
        }
        Readers readers = Readers.standard(TextFileReader.DEFAULT_MAX_BYTES);
        Map<String, RawArticle> read = new HashMap<>();
        List<String> problems = new ArrayList<>();
        List<String> issues = new ArrayList<>();
        byFile.forEach((file, wanted) -> {
            Path path = corpus.resolve(file);
            if (!Files.isRegularFile(path)) {
                problems.add(file + ": no such file under " + corpus);
                return;
            }
            String prefix = path.toString();
            readers.read(path, new ArticleSink() {
                @Override
                public void article(RawArticle raw) {
                    String locator = file + raw.source().substring(Math.min(prefix.length(), raw.source().length()));
                    if (raw.source().startsWith(prefix) && wanted.contains(locator)) {
                        read.put(locator, raw);
                    }
                }

                @Override
                public void issue(Issue issue) {
                    // Other rows of an export may be bad; they matter only to explain a missing article.
                    if (issue.severity() != Issue.Severity.WARNING) {
                        issues.add(issue.toString());
                    }
                }
            });
        });
        Map<String, RawArticle> ordered = new LinkedHashMap<>();
        for (String locator : locators) {
            RawArticle raw = read.get(locator);
            if (raw == null) {
                problems.add(locator + ": no such article in " + corpus);
            } else {
                ordered.put(locator, raw);
            }
        }
        if (!problems.isEmpty()) {
            problems.addAll(issues);
            throw new IllegalArgumentException("cannot read the gold articles: " + String.join("; ", problems));
        }
        return ordered;
    }
}
