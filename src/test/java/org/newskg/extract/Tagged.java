package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.clean.ArticleMetadata;
import org.newskg.clean.CleanArticle;
import org.newskg.core.Span;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.EntityMention;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Hand-built annotations for fast tests of the entity rules, as the tagger and recogniser would
 * give them: "word/POS/NER" or "word/POS/NER/lemma" separated by spaces, sentences by " | ".
 * A bare "word" is "word/NN/O"; mentions are the runs of one entity label. A word written "^word"
 * follows the one before without a space ("Harlow ^- ^Takagi" is "Harlow-Takagi"); "%2F" is a slash.
 */
final class Tagged {
    private static final Set<String> ENTITY_LABELS = Set.of("PERSON", "ORGANIZATION", "LOCATION", "CITY", "COUNTRY",
            "STATE_OR_PROVINCE", "MISC");

    private Tagged() {}

    static AnnotatedArticle article(String tagged) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        int sentence = 0;
        int sentenceStart = 0;
        int sentenceFirstToken = 0;
        for (String item : tagged.trim().split("\\s+")) {
            if (item.equals("|")) {
                sentences.add(new Sentence(sentence, new Span(sentenceStart, text.length()), sentenceFirstToken, tokens.size()));
                sentence++;
                text.append('\n');
                sentenceStart = text.length();
                sentenceFirstToken = tokens.size();
                continue;
            }
            String[] f = item.split("/", -1);
            String word = f[0].replace('_', ' ').replace("%2F", "/");
            String pos = f.length > 1 ? f[1] : "NN";
            String ner = f.length > 2 ? f[2] : "O";
            String lemma = f.length > 3 ? f[3] : word.toLowerCase();
            boolean glued = word.startsWith("^") && word.length() > 1; // "^-" "^Takagi": no space before
            if (glued) {
                word = word.substring(1);
            }
            if (text.length() > sentenceStart && !glued) {
                text.append(' ');
            }
            Span span = new Span(text.length(), text.length() + word.length());
            text.append(word);
            tokens.add(new Token(word, span, pos, lemma, ner, ner, sentence));
        }
        sentences.add(new Sentence(sentence, new Span(sentenceStart, text.length()), sentenceFirstToken, tokens.size()));
        String t = text.toString();
        List<EntityMention> mentions = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            String label = tokens.get(i).ner();
            int j = i + 1;
            while (j < tokens.size() && tokens.get(j).ner().equals(label) && tokens.get(j).sentence() == tokens.get(i).sentence()) {
                j++;
            }
            if (ENTITY_LABELS.contains(label)) {
                Span span = new Span(tokens.get(i).span().begin(), tokens.get(j - 1).span().end());
                mentions.add(new EntityMention(span.of(t), span, label, tokens.get(i).sentence(), i, j));
            }
            i = j;
        }
        return new AnnotatedArticle(new CleanArticle("test", t, ArticleMetadata.EMPTY, 0), sentences, tokens, mentions, List.of());
    }
}
