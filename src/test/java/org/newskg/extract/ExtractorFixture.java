package org.newskg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.clean.ArticleMetadata;
import org.newskg.clean.CleanArticle;
import org.newskg.core.Span;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.EntityMention;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * The shared fixture of extractor tests (as Apache Any23's extractor test cases share one base):
 * a hand-built {@link AnnotatedArticle} from marked-up text, so a rule is tested in milliseconds
 * without CoreNLP. Paragraphs are lines; a name is written {@code [Jane Smith|PERSON]}; a word
 * may carry its tag and lemma ({@code spoke/VBD/speak}), else they come from
 * {@code fixture-lexicon.tsv}. Sentences end after . ! ? (and the closing marks right after) and
 * at every paragraph end, as the product's NEWS_TEXT settings do.
 *
 * @param <T> what the extractor under test returns
 */
public abstract class ExtractorFixture<T> {
    private static final Map<String, String[]> LEXICON = lexicon();
    private static final Pattern PIECE = Pattern.compile(
            "\\[([^|\\]]+)\\|([A-Z_]+)\\]|[\\p{L}\\p{N}]+(?:[-'.][\\p{L}\\p{N}]+)*(?:/[A-Z$]+(?:/[\\p{L}-]+)?)?|n't|'s|\\S");
    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ":", ";", "!", "?", "\u201d", "\u2019", "'s", "n't", ")");
    private static final Set<String> NO_SPACE_AFTER = Set.of("\u201c", "\u2018", "(");
    private static final Set<String> CLOSERS = Set.of("\u201d", "\u2019", "\"");

    /** Runs the extractor under test on one article. */
    protected abstract T extract(AnnotatedArticle article);

    /** Runs the extractor on an article of these paragraphs. */
    protected T extract(String... paragraphs) {
        return extract(article(paragraphs));
    }

    /** The article these marked-up paragraphs make. */
    public static AnnotatedArticle article(String... paragraphs) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<EntityMention> mentions = new ArrayList<>();
        int sentenceStart = 0;
        for (int p = 0; p < paragraphs.length; p++) {
            if (p > 0) {
                text.append('\n');
            }
            boolean straightOpen = false;
            boolean spaceNext = false;
            Matcher m = PIECE.matcher(paragraphs[p]);
            while (m.find()) {
                List<String[]> words = new ArrayList<>();
                String ner = "O";
                if (m.group(1) != null) {
                    ner = m.group(2);
                    for (String w : m.group(1).split(" ")) {
                        words.add(tagged(w, true));
                    }
                } else {
                    words.add(tagged(m.group(), false));
                }
                int mentionFirst = tokens.size();
                for (String[] w : words) {
                    String word = w[0];
                    boolean glue = NO_SPACE_BEFORE.contains(word) || (word.equals("\"") && straightOpen);
                    if (word.equals("\"")) {
                        straightOpen = !straightOpen;
                    }
                    if (spaceNext && !glue) {
                        text.append(' ');
                    }
                    int begin = text.length();
                    text.append(word);
                    tokens.add(new Token(word, new Span(begin, text.length()), w[1], w[2], ner, ner, sentences.size()));
                    spaceNext = !(NO_SPACE_AFTER.contains(word) || (word.equals("\"") && straightOpen));
                }
                if (!ner.equals("O")) {
                    Span span = new Span(tokens.get(mentionFirst).span().begin(), text.length());
                    mentions.add(new EntityMention(span.of(text.toString()), span, ner, sentences.size(), mentionFirst, tokens.size()));
                }
                if (endsSentence(paragraphs[p], m.end(), tokens)) {
                    sentenceStart = closeSentence(tokens, sentences, sentenceStart);
                }
            }
            sentenceStart = closeSentence(tokens, sentences, sentenceStart);
        }
        String all = text.toString();
        return new AnnotatedArticle(new CleanArticle("test", all, ArticleMetadata.EMPTY, 0), sentences, tokens,
                mentions.stream().map(x -> new EntityMention(x.span().of(all), x.span(), x.type(), x.sentence(),
                        x.firstToken(), x.endToken())).toList(), List.of());
    }

    /** A sentence ends at . ! ? unless a closing mark follows (it belongs to the sentence). */
    private static boolean endsSentence(String paragraph, int next, List<Token> tokens) {
        String last = tokens.get(tokens.size() - 1).text();
        boolean endMark = last.equals(".") || last.equals("!") || last.equals("?");
        if (CLOSERS.contains(last) && tokens.size() > 1) {
            String before = tokens.get(tokens.size() - 2).text();
            endMark = before.equals(".") || before.equals("!") || before.equals("?");
        }
        if (!endMark) {
            return false;
        }
        String rest = paragraph.substring(next).stripLeading();
        return rest.isEmpty() || !CLOSERS.contains(rest.substring(0, 1));
    }

    private static int closeSentence(List<Token> tokens, List<Sentence> sentences, int start) {
        if (tokens.size() == start) {
            return start;
        }
        int index = sentences.size();
        for (int t = start; t < tokens.size(); t++) {
            Token k = tokens.get(t);
            tokens.set(t, new Token(k.text(), k.span(), k.pos(), k.lemma(), k.ner(), k.coarseNer(), index));
        }
        sentences.add(new Sentence(index, new Span(tokens.get(start).span().begin(), tokens.get(tokens.size() - 1).span().end()),
                start, tokens.size()));
        return tokens.size();
    }

    /** {word, tag, lemma} of one written word. */
    private static String[] tagged(String written, boolean inName) {
        String[] parts = written.split("/");
        if (parts.length > 1 && !parts[0].isEmpty()) {
            return new String[] {parts[0], parts[1], parts.length > 2 ? parts[2] : parts[0].toLowerCase(Locale.ROOT)};
        }
        String w = written;
        String lower = w.toLowerCase(Locale.ROOT);
        if (inName) {
            return new String[] {w, "NNP", w};
        }
        String[] known = LEXICON.get(w);
        if (known == null) {
            known = LEXICON.get(lower);
        }
        if (known != null) {
            return new String[] {w, known[0], known[1]};
        }
        String tag;
        if (w.codePoints().noneMatch(Character::isLetterOrDigit)) {
            tag = switch (w) {
                case "\u201c", "\u2018" -> "``";
                case "\u201d", "\u2019", "\"" -> "''";
                case "(" -> "-LRB-";
                case ")" -> "-RRB-";
                default -> w;
            };
        } else if (Character.isDigit(w.charAt(0))) {
            tag = "CD";
        } else if (Character.isUpperCase(w.charAt(0))) {
            tag = "NNP";
        } else if (lower.endsWith("ing")) {
            tag = "VBG";
        } else if (lower.endsWith("ed") && lower.length() > 4) {
            tag = "VBD";
        } else if (lower.endsWith("ly")) {
            tag = "RB";
        } else {
            tag = lower.endsWith("s") && lower.length() > 3 && !lower.endsWith("ss") ? "NNS" : "NN";
        }
        return new String[] {w, tag, tag.equals("NNP") ? w : lower};
    }

    private static Map<String, String[]> lexicon() {
        Map<String, String[]> out = new HashMap<>();
        try (InputStream in = ExtractorFixture.class.getResourceAsStream("fixture-lexicon.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.put(f[0], new String[] {f[1], f[2]});
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }
}
