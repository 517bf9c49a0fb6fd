package org.newskg.extract;

import static org.newskg.extract.SpeechLexicon.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newskg.core.Span;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * The parts of a report besides its content and speaker, the same whatever rule found it: the
 * entities it is about, where it was said ("at a press conference"), when (from the sentence's
 * dates, {@link StatementDates}), and its kind (from the cue's lemma, or a finding when a study or
 * poll is the source). One place, so that every form of report is described alike.
 */
final class ReportParts {
    private final StatementTokens tk;
    private final AnnotatedArticle doc;
    private final String text;
    private final List<Token> tokens;
    private final Entity[] entityAt;
    private final int[] quoteAt;
    private final StatementDates dates;

    ReportParts(StatementTokens tk, StatementDates dates) {
        this.tk = tk;
        this.doc = tk.doc;
        this.text = tk.text;
        this.tokens = tk.tokens;
        this.entityAt = tk.entityAt;
        this.quoteAt = tk.quoteAt;
        this.dates = dates;
    }

    private static boolean namesOccasion(String phrase) {
        String[] words = lower(phrase).split("\\s+");
        return SpeechLexicon.VENUE_NOUNS.contains(words[words.length - 1]);
    }

    /** A report of this content by this speaker; the sentence of {@code anchorToken} gives its venue and date. */
    Report report(ReportType type, Span content, Optional<Speaker> speaker, String cue, Span cueSpan,
            Optional<String> addressee, int anchorToken) {
        Entity named = speaker.flatMap(Speaker::entity).orElse(null);
        if (named != null && SpeechLexicon.PERSON_PRONOUNS.contains(lower(speaker.get().text())) && namedIn(named, content)) {
            // 'He said Mr Smith had spoken with ...': whoever "he" is, he is not the man he speaks of by name.
            speaker = Optional.of(new Speaker(speaker.get().text(), speaker.get().span(), Optional.empty()));
        }
        Entity speakerEntity = speaker.flatMap(Speaker::entity).orElse(null);
        List<Entity> about = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            Entity e = entityAt[t];
            if (e != null && content.contains(tokens.get(t).span()) && !e.equals(speakerEntity) && !about.contains(e)) {
                about.add(e);
            }
        }
        int sentence = tokens.get(Math.min(anchorToken, tokens.size() - 1)).sentence();
        Optional<String> venue = venue(sentence, content);
        // "told a regular press conference": an occasion, not a listener.
        if (venue.isEmpty() && addressee.filter(ReportParts::namesOccasion).isPresent()) {
            venue = addressee;
            addressee = Optional.empty();
        }
        return new Report(type, content, content.of(text), speaker, cue, cueSpan, addressee,
                venue, about, dates.statedOn(sentence, content), kindOf(cueSpan, speaker), List.of());
    }

    private boolean namedIn(Entity e, Span content) {
        for (int t = 0; t < tokens.size(); t++) {
            if (entityAt[t] == e && content.contains(tokens.get(t).span())) {
                return true;
            }
        }
        return false;
    }

    /** The kind of report its cue makes; a study or poll as the source makes it a finding. */
    private ReportKind kindOf(Span cueSpan, Optional<Speaker> speaker) {
        if (speaker.isPresent() && speaker.get().entity().isEmpty()) {
            String[] words = lower(speaker.get().text()).split("\\s+");
            String head = words[words.length - 1];
            if (SpeechLexicon.FINDING_NOUNS.contains(head) || SpeechLexicon.FINDING_NOUNS.contains(head.replaceAll("s$", ""))) {
                return ReportKind.FINDING;
            }
        }
        for (Token t : tokens) {
            if (t.span().equals(cueSpan)) {
                return SpeechLexicon.CUE_KINDS.getOrDefault(lower(t.lemma()), ReportKind.SPEECH);
            }
        }
        return lower(cueSpan.of(text)).startsWith("according") ? ReportKind.ACCORDING_TO : ReportKind.SPEECH;
    }

    /** Where it was said, when the sentence says so outside the content: "at a regular press conference". */
    private Optional<String> venue(int sentence, Span content) {
        Sentence s = doc.sentences().get(sentence);
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            String w = lower(tokens.get(t).text());
            if (SpeechLexicon.VENUE_PREPOSITIONS.contains(w) && !content.contains(tokens.get(t).span())
                    && quoteAt[t] < 0) {
                for (int k = t + 1; k < Math.min(s.endToken(), t + 7); k++) {
                    if (content.contains(tokens.get(k).span()) || tk.isPunctuation(k) || tokens.get(k).pos().startsWith("VB")) {
                        break;
                    }
                    if (SpeechLexicon.VENUE_NOUNS.contains(lower(tokens.get(k).lemma()))) {
                        return Optional.of(text.substring(tokens.get(t).span().begin(), tokens.get(k).span().end()));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
