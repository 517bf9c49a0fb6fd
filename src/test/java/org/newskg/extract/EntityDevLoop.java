package org.newskg.extract;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.newskg.clean.ArticleMetadata;
import org.newskg.clean.CleanArticle;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.AnnotationFile;
import org.newskg.nlp.NlpPipeline;

/**
 * A development loop for the entity rules on article texts (one .txt each, e.g. the cleaned texts
 * of a store): {@code annotate TEXTS CACHE} stores CoreNLP's annotations once (run it under the
 * CoreNLP lock), {@code people TEXTS CACHE} prints every person entity with its first mention in
 * context and every name not kept, in seconds. The figures for docs/QUALITY.md come from
 * {@code newskg ingest} on the articles themselves, not from here.
 */
public final class EntityDevLoop {
    public static void main(String[] args) throws Exception {
        Path texts = Path.of(args[1]);
        Path cache = Path.of(args[2]);
        Files.createDirectories(cache);
        NlpPipeline nlp = args[0].equals("annotate") ? new NlpPipeline(NlpPipeline.Tokenization.NEWS_TEXT) : null;
        EntityExtractor extractor = new EntityExtractor();
        List<Path> files;
        try (Stream<Path> s = Files.list(texts)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            Path stored = cache.resolve(name + ".tsv");
            if (nlp != null) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                AnnotationFile.write(nlp.annotate(new CleanArticle(name, text, ArticleMetadata.EMPTY, 0)), stored);
                continue;
            }
            AnnotatedArticle doc = AnnotationFile.read(stored);
            String text = doc.article().text();
            ArticleFacts facts = extractor.extract(doc);
            for (Entity e : facts.entities()) {
                if (e.type() == EntityType.PERSON) {
                    Mention m = e.mentions().get(0);
                    System.out.printf("%s\tPERSON\t%s\t%d\t%s%n", name, e.name(), e.mentions().size(), context(text, m.span().begin(), m.span().end()));
                }
            }
            for (NotKept n : facts.notKept()) {
                System.out.printf("%s\tNOTKEPT\t%s\t%s\t%s%n", name, n.text(), n.reason(), context(text, n.span().begin(), n.span().end()));
            }
        }
    }

    private static String context(String text, int begin, int end) {
        return (text.substring(Math.max(0, begin - 60), begin) + "[[" + text.substring(begin, end) + "]]"
                + text.substring(end, Math.min(text.length(), end + 40))).replace('\n', ' ');
    }
}
