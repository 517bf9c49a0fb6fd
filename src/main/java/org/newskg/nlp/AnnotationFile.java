package org.newskg.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newskg.clean.ArticleMetadata;
import org.newskg.clean.CleanArticle;
import org.newskg.core.Span;

/**
 * A stored annotation: an {@link AnnotatedArticle} as tab-separated lines, so that evaluation
 * runs ({@code evaluate attribution --annotations DIR}) and extractor tests read CoreNLP's output
 * again without loading CoreNLP. It depends only on the text and the NLP settings. One line per
 * sentence (S), token (T), mention (M) and time expression (X); the text comes first (A).
 * Only the article's source and text are kept, not its metadata.
 */
public final class AnnotationFile {
    private AnnotationFile() {}

    public static void write(AnnotatedArticle a, Path file) throws IOException {
        StringBuilder b = new StringBuilder();
        line(b, "A", a.article().source(), a.article().text());
        for (Sentence s : a.sentences()) {
            line(b, "S", s.index(), s.span().begin(), s.span().end(), s.firstToken(), s.endToken());
        }
        for (Token t : a.tokens()) {
            line(b, "T", t.text(), t.span().begin(), t.span().end(), t.pos(), t.lemma(), t.ner(), t.coarseNer(), t.sentence());
        }
        for (EntityMention m : a.mentions()) {
            line(b, "M", m.text(), m.span().begin(), m.span().end(), m.type(), m.sentence(), m.firstToken(), m.endToken());
        }
        for (TimeExpression x : a.times()) {
            line(b, "X", x.text(), x.span().begin(), x.span().end(), x.type(), x.value(), x.sentence(), x.relative());
        }
        Files.writeString(file, b, StandardCharsets.UTF_8);
    }

    /**
     * The article's annotation stored in {@code file} when it is there and of the same text (with the
     * article's own metadata, which the file does not keep); else {@code annotate}'s, stored there for next time.
     */
    public static AnnotatedArticle readOrAnnotate(Path file, CleanArticle article,
            java.util.function.Function<CleanArticle, AnnotatedArticle> annotate) {
        try {
            if (Files.isRegularFile(file)) {
                AnnotatedArticle stored = read(file);
                if (stored.article().text().equals(article.text())) {
                    return new AnnotatedArticle(article, stored.sentences(), stored.tokens(), stored.mentions(),
                            stored.times());
                }
            }
            AnnotatedArticle fresh = annotate.apply(article);
            Files.createDirectories(file.toAbsolutePath().getParent());
            write(fresh, file);
            return fresh;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    public static AnnotatedArticle read(Path file) throws IOException {
        CleanArticle article = null;
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        List<EntityMention> mentions = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = raw.split("\t", -1);
            for (int i = 0; i < f.length; i++) {
                f[i] = unescape(f[i]);
            }
            switch (f[0]) {
                case "A" -> article = new CleanArticle(f[1], f[2], ArticleMetadata.EMPTY, 0);
                case "S" -> sentences.add(new Sentence(i(f[1]), new Span(i(f[2]), i(f[3])), i(f[4]), i(f[5])));
                case "T" -> tokens.add(new Token(f[1], new Span(i(f[2]), i(f[3])), f[4], f[5], f[6], f[7], i(f[8])));
                case "M" -> mentions.add(new EntityMention(f[1], new Span(i(f[2]), i(f[3])), f[4], i(f[5]), i(f[6]), i(f[7])));
                case "X" -> times.add(new TimeExpression(f[1], new Span(i(f[2]), i(f[3])), f[4], f[5], i(f[6]), f[7]));
                default -> throw new IOException(file + ": unknown line kind " + f[0]);
            }
        }
        if (article == null) {
            throw new IOException(file + ": no text line");
        }
        return new AnnotatedArticle(article, sentences, tokens, mentions, times);
    }

    private static int i(String s) {
        return Integer.parseInt(s);
    }

    private static void line(StringBuilder b, String kind, Object... fields) {
        b.append(kind);
        for (Object f : fields) {
            b.append('\t').append(escape(String.valueOf(f)));
        }
        b.append('\n');
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
