package org.newskg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.newskg.clean.CleanArticle;
import org.newskg.core.Span;

/**
 * The one facade over Stanford CoreNLP: tokenize, ssplit, pos, lemma, ner (with SUTime).
 * Loading takes seconds and a gigabyte, so build it once per process and share it:
 * {@link StanfordCoreNLP#annotate} is safe to call from several threads.
 */
public final class NlpPipeline {

    /** How the input text is split into tokens and sentences. */
    public enum Tokenization {
        /** Scraped news: one paragraph per line, each line break ends a sentence. */
        NEWS_TEXT,
        /** Already tokenized: tokens separated by spaces, one sentence per line (CoNLL evaluation). */
        PRETOKENIZED
    }

    /** Longest sentence tagged and searched for names and dates, in tokens. */
    public static final int MAX_SENTENCE_TOKENS = 400;

    private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");
    /** The coarse label of a name's words; a word the fine-grained step alone found counts by its fine label. */
    private static final java.util.Map<String, String> NAME_LABELS = java.util.Map.of(
            "PERSON", "PERSON", "ORGANIZATION", "ORGANIZATION", "LOCATION", "LOCATION",
            "CITY", "LOCATION", "COUNTRY", "LOCATION", "STATE_OR_PROVINCE", "LOCATION");
    private static final Set<String> PLACE_KINDS = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

    private static final java.util.Map<Tokenization, NlpPipeline> SHARED = new java.util.EnumMap<>(Tokenization.class);

    private final StanfordCoreNLP corenlp;

    /** The process-wide pipeline for a tokenization, loaded on first use: models load once per process. */
    public static synchronized NlpPipeline shared(Tokenization tokenization) {
        return SHARED.computeIfAbsent(tokenization, NlpPipeline::new);
    }

    public NlpPipeline() {
        this(Tokenization.NEWS_TEXT);
    }

    public NlpPipeline(Tokenization tokenization) {
        this.corenlp = new StanfordCoreNLP(properties(tokenization));
    }

    /** The CoreNLP settings, in one place so the benchmark measures exactly what ingest runs. */
    public static Properties properties(Tokenization tokenization) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        if (tokenization == Tokenization.PRETOKENIZED) {
            p.setProperty("tokenize.whitespace", "true");
            p.setProperty("ssplit.eolonly", "true");
        } else {
            // Scraped text has one paragraph per line and headlines without full stops.
            p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        }
        p.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false");
        // Fine-grained labels (CITY, COUNTRY, TITLE, NATIONALITY) feed places and roles.
        p.setProperty("ner.applyFineGrained", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.buildEntityMentions", "true");
        // A "sentence" of thousands of tokens is no prose (a table, a list, a text without line breaks):
        // tagging it costs minutes and SUTime's patterns on it far more, for nothing of use. Longer
        // sentences are left untagged (tags X, labels O); a news sentence is rarely over 100 tokens.
        p.setProperty("pos.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
        p.setProperty("ner.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
        return p;
    }

    /**
     * Annotates one article. Its publication date, when known, is the document date, so that
     * "on Wednesday" resolves against the day the article appeared and not against today.
     */
    public AnnotatedArticle annotate(CleanArticle article) {
        Annotation doc = new Annotation(article.text());
        article.metadata().published().ifPresent(d ->
                doc.set(CoreAnnotations.DocDateAnnotation.class, d.date().toString()));
        corenlp.annotate(doc);
        return toRecords(article, doc);
    }

    /** The statistical tagger's label, or the fine label where the tagger said nothing (O). */
    private static String coarse(CoreLabel t) {
        String c = t.get(CoreAnnotations.CoarseNamedEntityTagAnnotation.class);
        return c == null || c.equals("O") ? t.ner() : c;
    }

    /**
     * People, organisations and places of one sentence: runs of tokens with the same coarse label
     * (the statistical tagger's PERSON, ORGANIZATION, LOCATION). CoreNLP's own mentions follow the
     * fine labels, and the fine-grained step relabels single words of a name ("Ireland" in
     * "Northern Ireland" as COUNTRY, "France" in an airline's name), which would split one name
     * into two entities. A place run takes its last word's fine label as its kind.
     */
    private static List<EntityMention> nameMentions(String text, List<Token> tokens, int first, int sentence) {
        List<EntityMention> out = new ArrayList<>();
        int i = first;
        while (i < tokens.size()) {
            String label = NAME_LABELS.get(tokens.get(i).coarseNer());
            if (label == null) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && label.equals(NAME_LABELS.get(tokens.get(end).coarseNer()))) {
                end++;
            }
            String type = label;
            String lastFine = tokens.get(end - 1).ner();
            if (label.equals("LOCATION") && PLACE_KINDS.contains(lastFine)) {
                type = lastFine;
            }
            Span span = new Span(tokens.get(i).span().begin(), tokens.get(end - 1).span().end());
            out.add(new EntityMention(span.of(text), span, type, sentence, i, end));
            i = end;
        }
        return out;
    }

    private static AnnotatedArticle toRecords(CleanArticle article, Annotation doc) {
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<EntityMention> mentions = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (int s = 0; s < coreSentences.size(); s++) {
            CoreMap sentence = coreSentences.get(s);
            int first = tokens.size();
            for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(new Token(t.originalText(), new Span(t.beginPosition(), t.endPosition()),
                        t.tag(), t.lemma(), t.ner(), coarse(t), s));
            }
            sentences.add(new Sentence(s, new Span(
                    sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)), first, tokens.size()));
            List<EntityMention> names = nameMentions(article.text(), tokens, first, s);
            mentions.addAll(names);
            List<CoreMap> found = sentence.get(CoreAnnotations.MentionsAnnotation.class);
            if (found == null) {
                continue;
            }
            for (CoreMap m : found) {
                String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                Span span = new Span(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                        m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
                String text = span.of(article.text());
                if (TIME_TYPES.contains(type)) {
                    Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
                    String value = timex == null ? "" : timex.value();
                    String relative = timex == null || timex.altVal() == null ? "" : timex.altVal();
                    times.add(new TimeExpression(text, span, type, value, s, relative));
                } else if (names.stream().noneMatch(n -> n.span().overlaps(span))) {
                    // Other labels (MISC, NATIONALITY, TITLE, ...) as CoreNLP found them; offsets are document-wide.
                    int begin = m.get(CoreAnnotations.TokenBeginAnnotation.class);
                    int end = m.get(CoreAnnotations.TokenEndAnnotation.class);
                    mentions.add(new EntityMention(text, span, type, s, begin, end));
                }
            }
            mentions.sort(java.util.Comparator.comparingInt(m -> m.span().begin()));
        }
        return new AnnotatedArticle(article, sentences, tokens, mentions, times);
    }
}
