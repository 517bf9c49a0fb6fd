package org.newskg.extract;

import static org.newskg.extract.SpeechLexicon.lower;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.core.Span;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.TimeExpression;
import org.newskg.nlp.Token;
import org.newskg.time.TimeNormalizer;
import org.newskg.time.TimeValue;

/**
 * Finds who said what in one article: direct quotes (also in pieces around one attribution, and
 * paragraphs of quote that continue the speaker of the paragraph before), partial quotes inside
 * reported speech, reported speech ({@code X said (that) ...}, {@code ..., X said}, {@code ...,
 * saying ...}), and the wider attributions of {@link ReportKind}: thoughts ("believes"),
 * questions ("asked whether"), characterisations ("called X Y"), "according to", findings of
 * studies and polls, speech acts with a noun-phrase content ("criticised X"; a short noun phrase
 * or an activity is a {@link ReportKind#SPEECH_ACT}: what the act was about, no statement),
 * "Name: ..." (a transcript's '"PENCE: ..."' to its paragraph's end).
 *
 * <p>The rules work on tokens, parts of speech and named entities only (no parser), so they
 * cost nothing next to the NER they follow; their word lists are rule files ({@link RuleFiles}).
 * A speaker is the subject of the cue, read past adverbs, appositions, relative clauses and
 * brackets ("X, who chairs ..., warned"), or the name right after the cue when it ends the clause
 * ({@code said Jane Smith}); a passive cue ("she was told") names no speaker. "He"/"she" go to
 * the nearest person before who is the subject of speech or action and agrees in gender (from
 * titles and earlier pronouns, {@link Genders}); an unnamed subject ("another member") or an
 * unnamed speaker ("a spokeswoman") stops the search, and a pronoun is never the person its own
 * content names. "The spokeswoman" goes to a person the article introduced with that word; "the
 * ministry" to the one organisation named in the two sentences before. Where that fails the
 * report keeps the speaker's words and no entity, rather than a guess. Stateless and thread-safe.
 *
 * <p>The work is split by job: {@link StatementTokens} marks the article's tokens (entities,
 * times, quotes) and holds the tests that find cues; {@link SpeakerFinder} finds and resolves
 * speakers; this class finds what is reported, of which kind, and builds the reports.
 */
public final class StatementExtractor {
    /** Quotes shorter than this are scare quotes, titles or fragments of reported speech. */
    private static final int MIN_DIRECT_WORDS = StatementTokens.MIN_DIRECT_WORDS;
    /** A shorter quote is a report only with its attribution right after it ("“I love you,” he said"). */
    private static final int MIN_SHORT_QUOTE_WORDS = 2;
    /** A quote with no attribution at all is kept only when it reads like a whole statement. */
    private static final int MIN_UNATTRIBUTED_WORDS = 8;
    private static final int MIN_CONTENT_TOKENS = 3;
    private static final Set<String> CLOSING_MARKS = StatementTokens.CLOSING_MARKS;
    private static final Set<String> OPENING_MARKS = StatementTokens.OPENING_MARKS;
    /** The most words an attribution between two quotes of one speaker takes ("Jane Smith, the mayor, told reporters"). */
    private static final int MAX_ATTRIBUTION_WORDS = 12;
    /**
     * The most words between two pieces of one quote when they are its attribution with an
     * apposition ("“A,” said Jane Smith, an economist who served as ... . “B.”").
     */
    private static final int MAX_APPOSED_ATTRIBUTION_WORDS = 40;
    private static final Set<String> DASHES = StatementTokens.DASHES;
    /** A reported content that starts with a verb has no subject: "report, entitled ...", "admitted helping ...". */
    private static final Set<String> CLAUSELESS_START_TAGS = Set.of("VBG", "VBN", "VBD");
    private static final Set<String> FINITE_VERB_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");
    /**
     * A speech act's noun phrase shorter than this ("criticised the measures") names what it was
     * about, not what was said: a report of kind {@link ReportKind#SPEECH_ACT}, which joins no statement.
     */
    private static final int MIN_OBJECT_WORDS = 4;

    private static boolean namesOccasion(String phrase) {
        String[] words = lower(phrase).split("\\s+");
        return SpeechLexicon.VENUE_NOUNS.contains(words[words.length - 1]);
    }

    public List<Report> extract(AnnotatedArticle annotated, List<Entity> entities) {
        return extract(annotated, entities, new TimeNormalizer().normalize(annotated));
    }

    /** @param times the article's time values ({@link TimeNormalizer#normalize}): a report's date comes from them */
    public List<Report> extract(AnnotatedArticle annotated, List<Entity> entities, List<TimeValue> times) {
        return new Run(annotated, entities, times).reports();
    }

    /** The working state for one article. */
    private static final class Run {
        private final StatementTokens tk;
        private final SpeakerFinder speakers;
        private final AnnotatedArticle doc;
        private final String text;
        private final List<Token> tokens;
        private final Entity[] entityAt;
        private final TimeExpression[] timeAt;
        private final int[] quoteAt;
        private final List<QuoteFinder.Quote> quotes;
        private final Set<Integer> usedCues = new HashSet<>();
        private final List<Report> reports = new ArrayList<>();
        private final StatementDates dates;

        Run(AnnotatedArticle doc, List<Entity> entities, List<TimeValue> times) {
            this.tk = new StatementTokens(doc, entities);
            this.speakers = new SpeakerFinder(tk, reports);
            this.doc = doc;
            this.text = tk.text;
            this.tokens = tk.tokens;
            this.entityAt = tk.entityAt;
            this.timeAt = tk.timeAt;
            this.quoteAt = tk.quoteAt;
            this.quotes = tk.quotes;
            this.dates = new StatementDates(doc, times);
        }

        List<Report> reports() {
            for (int q = 0; q < quotes.size(); q++) {
                directQuote(q);
            }
            for (Sentence sentence : doc.sentences()) {
                colonAfterName(sentence);
            }
            for (int t = 0; t < tokens.size(); t++) {
                if (quoteAt[t] < 0 && !usedCues.contains(t)) {
                    if (tk.isAccordingTo(t)) {
                        accordingTo(t);
                    } else if (isObjectCue(t)) {
                        // A clause is the content where there is one ("denied that ..."), else the noun phrase.
                        if (!(tk.isCue(t) && reportedSpeech(t))) {
                            objectReport(t);
                        }
                    } else if (isNamingVerb(t)) {
                        characterization(t);
                    } else if (tk.isCue(t)) {
                        reportedSpeech(t);
                    }
                }
            }
            reports.sort(java.util.Comparator.comparingInt((Report r) -> r.content().begin()));
            for (Unattributed u : unattributed) {
                carryOver(u);
            }
            ReportJoins.joinPieces(text, reports, MAX_APPOSED_ATTRIBUTION_WORDS);
            ReportJoins.dropRestatements(reports);
            // A quote without attribution that sits inside a reported clause is that report's.
            reports.removeIf(r -> r.speaker().isEmpty() && r.type() == ReportType.DIRECT && r.cue().isEmpty()
                    && reports.stream().anyMatch(o -> o != r && o.content().contains(r.content())));
            reports.sort(java.util.Comparator.comparingInt((Report r) -> r.content().begin()));
            return reports;
        }

        /** A quote with no attribution in its sentence: {@code alone} when it reads like a whole statement. */
        private record Unattributed(Span content, int firstToken, boolean alone) {}

        private final List<Unattributed> unattributed = new ArrayList<>();

        /**
         * A quote that opens its paragraph with no attribution of its own continues the speaker of
         * the paragraph before, when that paragraph's last report is the last thing in it: no one
         * else is named after it ("She said: " / "“A,” she said." then a paragraph of quote). A
         * chain of such paragraphs keeps the speaker. Otherwise the quote stays without a speaker.
         */
        private void carryOver(Unattributed u) {
            Optional<Report> source = speakerBefore(u);
            if (source.isPresent()) {
                Report p = source.get();
                reports.add(report(ReportType.DIRECT, u.content(), p.speaker(), p.cue(), p.cueSpan(), p.addressee(), u.firstToken()));
            } else if (u.alone()) {
                reports.add(report(ReportType.DIRECT, u.content(), Optional.empty(), "", new Span(u.content().begin(), u.content().begin()),
                        Optional.empty(), u.firstToken()));
            }
            reports.sort(java.util.Comparator.comparingInt((Report r) -> r.content().begin()));
        }

        /** Whether only an opening mark stands between the paragraph's start and the quote. */
        private boolean opensParagraph(Span content) {
            int i = content.begin() - 1;
            while (i >= 0 && text.charAt(i) != '\n' && !Character.isLetterOrDigit(text.charAt(i))) {
                i--;
            }
            return i < 0 || text.charAt(i) == '\n';
        }

        /** Whether only opening marks stand between token t and its sentence's start. */
        private boolean opensSentence(int t) {
            int first = doc.sentences().get(tokens.get(t).sentence()).firstToken();
            for (int k = first; k < t; k++) {
                if (!OPENING_MARKS.contains(tokens.get(k).text())) {
                    return false;
                }
            }
            return true;
        }

        /** The report of the paragraph before that a quote opening this paragraph continues, see {@link #carryOver}. */
        private Optional<Report> speakerBefore(Unattributed u) {
            int paragraphStart;
            int previousStart;
            boolean inParagraph = !opensParagraph(u.content());
            if (!inParagraph) {
                paragraphStart = text.lastIndexOf('\n', u.content().begin()) + 1;
                if (paragraphStart <= 0) {
                    return Optional.empty();
                }
                previousStart = text.lastIndexOf('\n', paragraphStart - 2) + 1;
            } else {
                // 'X said it was "hard". "However much ...': a quote that opens its sentence continues
                // the report of the sentence before it in the same paragraph (texts that lost their
                // paragraph breaks run a quote paragraph on after the one before).
                int sentence = tokens.get(u.firstToken()).sentence();
                if (sentence == 0 || !opensSentence(u.firstToken())) {
                    return Optional.empty();
                }
                Sentence before = doc.sentences().get(sentence - 1);
                paragraphStart = doc.sentences().get(sentence).span().begin();
                previousStart = before.span().begin();
                if (text.substring(previousStart, paragraphStart).indexOf('\n') >= 0) {
                    return Optional.empty();
                }
            }
            Report last = null;
            for (Report r : reports) {
                if (r.content().begin() >= previousStart && r.content().end() < paragraphStart) {
                    last = r;
                }
            }
            if (last == null) {
                return colonCue(previousStart, paragraphStart);
            }
            if (last.speaker().isEmpty() || last.speaker().get().entity().isEmpty()) {
                return Optional.empty();
            }
            if (inParagraph && (last.kind() != ReportKind.SPEECH || last.speaker().get().entity().get().type() != EntityType.PERSON)) {
                return Optional.empty(); // within a paragraph, only a person's speech runs on into the next quote
            }
            int after = Math.max(last.content().end(), Math.max(last.cueSpan().end(), last.speaker().get().span().end()));
            for (int t = 0; t < tokens.size(); t++) {
                Span s = tokens.get(t).span();
                if (s.begin() >= after && s.end() < paragraphStart && quoteAt[t] < 0 && entityAt[t] != null
                        && entityAt[t].type() == EntityType.PERSON) {
                    return Optional.empty(); // somebody else named since
                }
            }
            return Optional.of(last);
        }

        /** "Jane Smith said:" ending the paragraph before: a report made of its speaker and cue. */
        private Optional<Report> colonCue(int paragraphStart, int paragraphEnd) {
            int last = tk.tokenBefore(paragraphEnd - 1);
            while (last >= 0 && tokens.get(last).span().begin() >= paragraphStart && tokens.get(last).text().isBlank()) {
                last--;
            }
            if (last < 1 || tokens.get(last).span().begin() < paragraphStart || !tokens.get(last).text().equals(":")) {
                return Optional.empty();
            }
            int cue = skipBackToCue(last - 1);
            if (cue < 0 || tokens.get(cue).span().begin() < paragraphStart) {
                return Optional.empty();
            }
            Optional<Speaker> speaker = speakers.subjectOf(cue);
            if (speaker.isEmpty() || speaker.get().entity().isEmpty()) {
                return Optional.empty();
            }
            Span here = tokens.get(cue).span();
            return Optional.of(new Report(ReportType.DIRECT, here, here.of(text), speaker, tokens.get(cue).text(), here,
                    tk.addresseeAfter(cue), Optional.empty(), List.of(), Optional.empty()));
        }

        /** The cue of "said:" or "told reporters:" ending at token t, or -1. */
        private int skipBackToCue(int t) {
            for (int k = t; k >= Math.max(0, t - 6) && tk.sameSentence(k, t); k--) {
                if (tk.isCue(k)) {
                    return k;
                }
                if (!tk.isNounPhraseToken(k) && timeAt[k] == null && !tokens.get(k).pos().equals("TO")) {
                    return -1;
                }
            }
            return -1;
        }

        // ---- direct quotes

        private void directQuote(int q) {
            QuoteFinder.Quote quote = quotes.get(q);
            Span content = quote.content();
            int words = QuoteFinder.words(text, content.begin(), content.end());
            int[] range = tk.tokenRange(content);
            if (range == null || words < MIN_SHORT_QUOTE_WORDS) {
                return;
            }
            if (words < MIN_DIRECT_WORDS) {
                // '"I love you," he said': a short quote counts only with its own attribution right after it.
                Attribution a = endsWithComma(content) || endsWithQuestion(content) ? attributeAfter(q, range[1]) : null;
                if (a != null && a.speaker.isPresent()) {
                    usedCues.add(a.cue);
                    reports.add(report(ReportType.DIRECT, content, a.speaker, tokens.get(a.cue).text(), tokens.get(a.cue).span(),
                            a.addressee, a.cue));
                }
                return;
            }
            Attribution a = attributeAfter(q, range[1]);
            if (a == null) {
                a = attributeBefore(q, range[0]);
            }
            if (a == null && isAccordingToNearby(range)) {
                return; // the "according to" rule reports it
            }
            if (a == null) {
                Optional<Report> continued = continues(q);
                if (continued.isPresent()) {
                    // '"A," she told reporters. "B."': the second quote is hers too, on the same cue.
                    Report p = continued.get();
                    reports.add(report(ReportType.DIRECT, content, p.speaker(), p.cue(), p.cueSpan(), p.addressee(), range[0]));
                    return;
                }
                boolean alone = !quote.openingMarkLost() && words >= MIN_UNATTRIBUTED_WORDS && tk.hasVerb(range[0], range[1]);
                unattributed.add(new Unattributed(content, range[0], alone));
                return;
            }
            if (a.partial) {
                return; // words of the reporter stand between cue and quote: reported speech with a quote in it
            }
            usedCues.add(a.cue);
            int prefix = a.cue > range[0] ? reporterWordsBefore(range[0]) : -1;
            ReportType type = ReportType.DIRECT;
            if (prefix >= 0) {
                // 'Such a move "will fail," she said': the sentence is hers, only part of it in her words.
                content = new Span(tokens.get(prefix).span().begin(), content.end());
                type = ReportType.PARTIAL;
            }
            reports.add(report(type, content, a.speaker, tokens.get(a.cue).text(), tokens.get(a.cue).span(),
                    a.addressee, a.cue));
        }

        /** '"...,"': the reporter's comma right after the quoted words, before or after the closing mark. */
        private boolean endsWithComma(Span content) {
            int i = content.end();
            while (i < text.length() && i < content.end() + 3 && !Character.isLetterOrDigit(text.charAt(i))) {
                if (text.charAt(i) == ',') {
                    return true;
                }
                i++;
            }
            return false;
        }

        private boolean endsWithQuestion(Span content) {
            char c = text.charAt(content.end() - 1);
            return c == '?' || c == '!';
        }

        /**
         * The attributed quote that quote {@code q} continues: the one right before it in the same
         * paragraph, with nothing between them but its own attribution (a few words holding its cue).
         */
        private Optional<Report> continues(int q) {
            if (q == 0) {
                return Optional.empty();
            }
            Span previous = quotes.get(q - 1).content();
            Span current = quotes.get(q).content();
            String between = text.substring(previous.end(), current.begin());
            if (between.indexOf('\n') >= 0 || QuoteFinder.words(text, previous.end(), current.begin()) > MAX_APPOSED_ATTRIBUTION_WORDS) {
                return Optional.empty();
            }
            for (int i = reports.size() - 1; i >= 0; i--) {
                Report r = reports.get(i);
                if (r.content().end() == previous.end() && r.speaker().isPresent()
                        && r.cueSpan().begin() >= previous.end() && r.cueSpan().end() <= current.begin()) {
                    return Optional.of(r);
                }
            }
            return Optional.empty();
        }

        /** The first of the reporter's words before a quote in its sentence, or -1 when there are none. */
        private int reporterWordsBefore(int quoteStart) {
            int sentenceStart = doc.sentences().get(tokens.get(quoteStart).sentence()).firstToken();
            int first = -1;
            for (int t = quoteStart - 1; t >= sentenceStart && quoteAt[t] < 0; t--) {
                if (tk.isCue(t) || tk.isAccordingTo(t)) {
                    return -1;
                }
                if (!tk.isPunctuation(t)) {
                    first = t;
                }
            }
            return first;
        }

        private record Attribution(int cue, Optional<Speaker> speaker, Optional<String> addressee, boolean partial) {}

        /** {@code "...," Jane Smith said} or {@code "...," said Jane Smith}. */
        private Attribution attributeAfter(int q, int quoteEnd) {
            int t = quoteEnd;
            while (t < tokens.size() && tk.isPunctuation(t) && quoteAt[t] < 0) {
                t++;
            }
            Span content = quotes.get(q).content();
            Attribution signed = dashAttribution(quoteEnd);
            if (signed != null) {
                return signed;
            }
            // A quote that ends its own sentence ("... for all.") is not attributed by what follows it.
            if (t >= tokens.size() || text.charAt(content.end() - 1) == '.') {
                return null;
            }
            int limit = Math.min(tokens.size(), t + MAX_ATTRIBUTION_WORDS + 4);
            // The attribution shares the quote's sentence: a headline's quote is not attributed by the next paragraph.
            int quoteSentence = tokens.get(Math.max(0, quoteEnd - 1)).sentence();
            // '"Who knows?" she asked.': the splitter ends a sentence at the question mark; the
            // attribution right after it in the same paragraph still belongs to the quote.
            char last = text.charAt(content.end() - 1);
            if ((last == '?' || last == '!') && tokens.get(t).sentence() == quoteSentence + 1
                    && text.substring(content.end(), tokens.get(t).span().begin()).indexOf('\n') < 0) {
                quoteSentence++;
            }
            for (int c = t; c < limit && quoteAt[c] < 0 && tokens.get(c).sentence() == quoteSentence; c++) {
                if (tk.isCue(c) && tokens.get(c).pos().equals("VBG")) {
                    return null; // '"...," saying ...' starts another report, it does not attribute this one
                }
                if (tk.isCue(c) && tk.isPassive(c)) {
                    return new Attribution(c, Optional.empty(), Optional.empty(), false); // "..., she was told": by whom is not said
                }
                if (tk.isCue(c)) {
                    if (!nounPhraseBetween(t, c)) {
                        return null; // '"good fun", apart from ... he wants': another clause, not an attribution
                    }
                    Optional<Speaker> before = c > t ? speakers.speakerOf(t, c - 1, c) : Optional.empty();
                    Optional<Speaker> speaker = before.isPresent() ? before : speakers.speakerAfter(c);
                    if (speaker.isEmpty()) {
                        return null;
                    }
                    return new Attribution(c, speaker, tk.addresseeAfter(c), false);
                }
                if (tk.isSentenceEnd(c) || tokens.get(c).text().equals(";")) {
                    return null;
                }
            }
            return null;
        }

        /** '“...” ― Jane Smith': a quote signed with a dash and a name that ends its paragraph. */
        private Attribution dashAttribution(int quoteEnd) {
            int dash = quoteEnd;
            while (dash < tokens.size() && quoteAt[dash] < 0 && tk.isPunctuation(dash) && !DASHES.contains(tokens.get(dash).text())) {
                dash++;
            }
            if (dash >= tokens.size() || dash == 0 || !DASHES.contains(tokens.get(dash).text())
                    || text.substring(tokens.get(quoteEnd - 1).span().end(), tokens.get(dash).span().begin()).indexOf('\n') >= 0) {
                return null;
            }
            int end = dash + 1;
            while (end < tokens.size() && end - dash <= 6 && text.substring(tokens.get(dash).span().end(), tokens.get(end).span().begin())
                    .indexOf('\n') < 0 && tk.isNounPhraseToken(end) && quoteAt[end] < 0) {
                end++;
            }
            int after = end < tokens.size() && tokens.get(end).text().equals(".") ? end + 1 : end; // "― Jane Smith."
            boolean endsParagraph = after >= tokens.size() || text.substring(tokens.get(after - 1).span().end(), tokens.get(after).span().begin())
                    .indexOf('\n') >= 0 || tokens.get(end).text().equals(",");
            if (end == dash + 1 || !endsParagraph) {
                return null;
            }
            Optional<Speaker> speaker = speakers.speakerOf(dash + 1, end - 1, dash)
                    .filter(sp -> sp.entity().filter(e -> e.type() == EntityType.PLACE).isEmpty());
            return speaker.isEmpty() ? null : new Attribution(dash, speaker, Optional.empty(), false);
        }

        /** Whether tokens [from, to) can be a speaker with an apposition: no verb of their own but auxiliaries. */
        private boolean nounPhraseBetween(int from, int to) {
            for (int t = from; t < to; t++) {
                if (tokens.get(t).pos().startsWith("W")) {
                    return true; // "Jane Smith, who chairs the board, said": the relative clause may have verbs
                }
                if ((tokens.get(t).pos().startsWith("VB") && !tk.isAuxiliary(t)) || tokens.get(t).pos().equals("MD")) {
                    return false;
                }
            }
            return true;
        }

        /** {@code Jane Smith said: "..."} or {@code Jane Smith told reporters, "..."}. */
        private Attribution attributeBefore(int q, int quoteStart) {
            int sentenceStart = doc.sentences().get(tokens.get(quoteStart).sentence()).firstToken();
            int cue = -1;
            for (int t = quoteStart - 1; t >= sentenceStart && quoteAt[t] < 0; t--) {
                if (tk.isCue(t)) {
                    cue = t;
                    break;
                }
            }
            if (cue < 0) {
                return colonBefore(quoteStart, sentenceStart);
            }
            Optional<Speaker> speaker = speakers.subjectOf(cue);
            if (speaker.isEmpty() && tokens.get(cue).pos().equals("VBG") && tk.afterComma(cue)) {
                // 'he said it was "key", saying: "..."': the participle's speaker is the sentence's.
                speaker = speakers.previousSpeakerInSentence(doc.sentences().get(tokens.get(cue).sentence()), cue);
            }
            if (speaker.isEmpty() && !tk.isPassive(cue)) {
                return null;
            }
            boolean partial = false;
            for (int t = tk.skipToContent(cue); t < quoteStart; t++) {
                partial |= !tk.isPunctuation(t);
            }
            return new Attribution(cue, speaker, tk.addresseeAfter(cue), partial);
        }

        /**
         * 'She went on: "..."', 'Her answer was: "..."': a colon right before the quote, after a
         * clause whose verb is no cue; the clause's subject, when it is a person, is the speaker.
         */
        private Attribution colonBefore(int quoteStart, int sentenceStart) {
            int colon = quoteStart - 1;
            while (colon > sentenceStart && quoteAt[colon] < 0 && tk.isPunctuation(colon) && !tokens.get(colon).text().equals(":")) {
                colon--;
            }
            if (colon <= sentenceStart || !tokens.get(colon).text().equals(":")) {
                return null;
            }
            for (int v = sentenceStart; v < colon; v++) {
                if (quoteAt[v] >= 0) {
                    return null;
                }
                if (tokens.get(v).pos().startsWith("VB") && !tk.isAuxiliary(v)) {
                    Optional<Speaker> speaker = speakers.subjectOf(v)
                            .filter(sp -> sp.entity().map(e -> e.type() == EntityType.PERSON).orElse(false));
                    return speaker.isEmpty() ? null : new Attribution(v, speaker, Optional.empty(), false);
                }
            }
            return null;
        }

        // ---- reported speech

        /** @return whether a report was made */
        private boolean reportedSpeech(int cue) {
            int before = reports.size();
            reportedSpeechOf(cue);
            return reports.size() > before;
        }

        private void reportedSpeechOf(int cue) {
            Sentence sentence = doc.sentences().get(tokens.get(cue).sentence());
            boolean participle = tokens.get(cue).pos().equals("VBG") && !tk.progressive(cue);
            // "..., saying" and "tweets saying that": the participle's speaker is the sentence's.
            Optional<Speaker> subject = participle ? speakers.previousSpeakerInSentence(sentence, cue) : speakers.subjectOf(cue);
            if (subject.isEmpty() && participle && !tk.afterComma(cue)) {
                subject = speakers.subjectOf(cue);
            }
            int clauseEnd = clauseEnd(cue, sentence);
            if (subject.isPresent()) {
                int start = tk.skipToContent(cue);
                if (clauseEnd - start >= MIN_CONTENT_TOKENS && !tk.isWholeQuote(start, clauseEnd) && !startsAdjunct(start, clauseEnd)) {
                    addReported(subject, cue, start, clauseEnd);
                    return;
                }
                // "..., Jane Smith said."  The content comes first.
                int subjectStart = subject.get().span().begin();
                int comma = tk.tokenBefore(subjectStart);
                if (comma >= 0 && tokens.get(comma).text().equals(",")) {
                    int first = contentFirstStart(comma, sentence);
                    if (comma - first >= MIN_CONTENT_TOKENS && !tk.isWholeQuote(first, comma)) {
                        addReported(subject, cue, first, comma);
                    }
                }
                return;
            }
            // "..., said Jane Smith." / "..., says Jane Smith" (never "..., saying X": a participle does not invert)
            if (!participle && cue > 0 && tokens.get(cue - 1).text().equals(",")) {
                Optional<Speaker> after = speakers.speakerAfter(cue).filter(this::endsClause);
                int first = contentFirstStart(cue - 1, sentence);
                if (after.isPresent() && cue - 1 - first >= MIN_CONTENT_TOKENS && !tk.isWholeQuote(first, cue - 1)) {
                    addReported(after, cue, first, cue - 1);
                }
            }
        }

        /**
         * Whether what follows a cue opens with a preposition ("said in a rare letter released on
         * Monday", "warned against ..."), with no finite verb after it: the verb's setting, not what
         * was said, which then comes before the cue if anywhere. "that", "whether" and "if" open a content.
         */
        private boolean startsAdjunct(int t, int clauseEnd) {
            if (t >= clauseEnd || !tokens.get(t).pos().equals("IN") || quoteAt[t] >= 0
                    || SpeechLexicon.CONTENT_OPENERS.contains(lower(tokens.get(t).text()))) {
                return false;
            }
            for (int k = t + 1; k < clauseEnd; k++) {
                if (FINITE_VERB_TAGS.contains(tokens.get(k).pos())) {
                    return false; // "said for 2003/2004, Asians were ...": a clause follows the phrase
                }
            }
            return true;
        }

        /**
         * Whether a speaker named after its verb ends the clause (", said Jane Smith." or ", said Jane
         * Smith, the mayor"); in "warned Jane Smith not to ..." the name is who was warned.
         */
        private boolean endsClause(Speaker speaker) {
            int last = tk.tokenBefore(speaker.span().end());
            return last + 1 >= tokens.size() || tk.isSentenceEnd(last) || tk.isPunctuation(last + 1);
        }

        private void addReported(Optional<Speaker> speaker, int cue, int start, int end) {
            end = tk.trimTrailingPunctuation(start, end);
            if (end - start < MIN_CONTENT_TOKENS || !tk.hasVerb(start, end) || CLAUSELESS_START_TAGS.contains(tokens.get(start).pos())) {
                return; // "admitted its interests": an object, not something said
            }
            Span content = new Span(tokens.get(start).span().begin(), tokens.get(end - 1).span().end());
            boolean quoted = false;
            for (int t = start; t < end; t++) {
                quoted |= quoteAt[t] >= 0;
            }
            usedCues.add(cue);
            reports.add(report(quoted ? ReportType.PARTIAL : ReportType.INDIRECT, content, speaker,
                    tokens.get(cue).text(), tokens.get(cue).span(), tk.addresseeAfter(cue), cue));
        }

        /**
         * "Jane Smith: the plan will fail" or "Poll: ...": a name (a person, a body, a study) that
         * opens its sentence, followed by a colon and what it said. Other words before a colon
         * ("Update:", "Note:") are the reporter's.
         */
        private void colonAfterName(Sentence sentence) {
            int first = sentence.firstToken();
            // '"WALLACE: ...': a transcript's turn may open with a quotation mark that never closes
            // (or closes at the next turn's): the name and the turn are inside that "quote".
            int turn = -1;
            if (first + 1 < sentence.endToken() && OPENING_MARKS.contains(tokens.get(first).text())
                    && !lower(tokens.get(first + 1).text()).equals(tokens.get(first + 1).text())) {
                first++;
                turn = quoteAt[first];
            }
            int colon = first;
            while (colon < sentence.endToken() && colon - first <= 5 && !tokens.get(colon).text().equals(":")) {
                if (!tk.isNounPhraseToken(colon) || (quoteAt[colon] >= 0 && quoteAt[colon] != turn)) {
                    return;
                }
                colon++;
            }
            if (colon == first || colon >= sentence.endToken() || !tokens.get(colon).text().equals(":")) {
                return;
            }
            Optional<Speaker> speaker = speakers.speakerOf(first, colon - 1, colon);
            if (speaker.flatMap(Speaker::entity).isEmpty() && colon == first + 1 && transcriptSpeaker(first).isPresent()) {
                speaker = transcriptSpeaker(first);
            }
            String head = lower(tokens.get(speakers.headOf(first, colon - 1)).lemma());
            boolean named = speaker.flatMap(Speaker::entity).filter(e -> e.type() != EntityType.PLACE).isPresent()
                    || (speaker.isPresent() && SpeechLexicon.FINDING_NOUNS.contains(head));
            int start = colon + 1;
            while (start < sentence.endToken() && tk.isPunctuation(start) && quoteAt[start] < 0) {
                start++;
            }
            int end = tk.trimTrailingPunctuation(start, paragraphEnd(sentence));
            if (!named || end - start < MIN_CONTENT_TOKENS || !tk.hasVerb(start, end)) {
                return;
            }
            Span content = new Span(tokens.get(start).span().begin(), tokens.get(end - 1).span().end());
            ReportType type = ReportType.INDIRECT;
            if (turn >= 0) {
                while (end - start > MIN_CONTENT_TOKENS && tk.isPunctuation(end - 1)) {
                    end--; // the turn's last full stop, which the quote around it kept
                }
                content = new Span(tokens.get(start).span().begin(), tokens.get(end - 1).span().end());
                Span said = content;
                unattributed.removeIf(u -> u.content().overlaps(said));
                reports.removeIf(r -> r.speaker().isEmpty() && r.content().overlaps(said));
                type = ReportType.DIRECT;
            } else if (tk.isWholeQuote(start, end)) {
                Span quoted = quotes.get(quoteAt[start]).content();
                if (reports.stream().anyMatch(r -> r.content().overlaps(quoted))) {
                    return; // attributed already
                }
                unattributed.removeIf(u -> u.content().equals(quoted));
                content = quoted;
                type = ReportType.DIRECT;
            } else {
                for (int t = start; t < end; t++) {
                    type = quoteAt[t] >= 0 ? ReportType.PARTIAL : type;
                }
            }
            Span cueSpan = tokens.get(colon).span();
            reports.add(report(type, content, speaker, ":", cueSpan, Optional.empty(), colon));
        }

        /**
         * "PENCE: ...": a surname in capitals before a transcript's colon is the person of the
         * article with that surname (the reporter's "UPDATE:" or "NOTE:" names nobody).
         */
        private Optional<Speaker> transcriptSpeaker(int t) {
            String word = tokens.get(t).text();
            if (word.length() < 2 || !word.chars().allMatch(Character::isUpperCase)) {
                return Optional.empty();
            }
            for (Entity e : entityAt) {
                if (e != null && e.type() == EntityType.PERSON && e.name().toUpperCase(java.util.Locale.ROOT).endsWith(" " + word)) {
                    return Optional.of(new Speaker(word, tokens.get(t).span(), Optional.of(e)));
                }
            }
            return Optional.empty();
        }

        /**
         * The end token of the paragraph a sentence opens, or of the sentence when it does not open
         * one: "Jane Smith: ..." at a paragraph's start (a transcript's turn) speaks to its end.
         */
        private int paragraphEnd(Sentence sentence) {
            int begin = tokens.get(sentence.firstToken()).span().begin();
            if (begin > 0 && text.charAt(begin - 1) != '\n' && !text.substring(text.lastIndexOf('\n', begin) + 1, begin).isBlank()) {
                return sentence.endToken();
            }
            int newline = text.indexOf('\n', tokens.get(sentence.endToken() - 1).span().end());
            int end = sentence.endToken();
            while (end < tokens.size() && (newline < 0 || tokens.get(end).span().end() <= newline)) {
                end++;
            }
            return end;
        }

        /** "cited", "attacked", "called for": a speech act whose content may be a noun phrase (object-cues.tsv). */
        private boolean isObjectCue(int t) {
            Token tok = tokens.get(t);
            String particle = SpeechLexicon.OBJECT_CUES.get(lower(tok.lemma()));
            if (particle == null || !tok.pos().startsWith("VB") || tk.isPassive(t) || tk.isNegated(t)
                    || (tok.pos().equals("VBG") && !tk.afterComma(t))) {
                return false;
            }
            return particle.equals("-") || (t + 1 < tokens.size() && List.of(particle.split("\\|")).contains(lower(tokens.get(t + 1).text())));
        }

        /**
         * "X criticised the party's lack of ...", "X called for a new vote": the content is what
         * follows the verb (and its particle) up to the next comma, semicolon or the sentence end.
         */
        private void objectReport(int verb) {
            Sentence sentence = doc.sentences().get(tokens.get(verb).sentence());
            Optional<Speaker> subject = speakers.subjectOf(verb);
            if (subject.isEmpty() && tokens.get(verb).pos().equals("VBG")) {
                subject = speakers.previousSpeakerInSentence(sentence, verb);
            }
            if (subject.isEmpty()) {
                return;
            }
            int start = verb + (SpeechLexicon.OBJECT_CUES.get(lower(tokens.get(verb).lemma())).equals("-") ? 1 : 2);
            if (start >= sentence.endToken() || !opensNounPhrase(start) || !speakers.canSpeak(subject.get())) {
                return; // "The cases cited involved ...": a participle, not a speech act of the cases
            }
            int limit = sentence.endToken();
            int end = start;
            while (end < limit && (quoteAt[end] >= 0 || !(tokens.get(end).text().equals(",") || tokens.get(end).text().equals(";")
                    || tokens.get(end).text().equals(":")))) {
                end++;
            }
            end = tk.trimTrailingPunctuation(start, end);
            boolean anyQuoted = false;
            for (int t = start; t < end; t++) {
                anyQuoted |= quoteAt[t] >= 0;
            }
            if (end - start < 2) {
                return;
            }
            // "attacked the plans", "called for cutting taxes": what it was about, not what was said.
            boolean topic = !anyQuoted && (tokens.get(start).pos().equals("VBG")
                    || SpeechLexicon.TOPIC_OBJECT_CUES.contains(lower(tokens.get(verb).lemma()))
                    || QuoteFinder.words(text, tokens.get(start).span().begin(), tokens.get(end - 1).span().end()) < MIN_OBJECT_WORDS);
            Span content = new Span(tokens.get(start).span().begin(), tokens.get(end - 1).span().end());
            usedCues.add(verb);
            Report r = report(tk.isWholeQuote(start, end) ? ReportType.DIRECT : anyQuoted ? ReportType.PARTIAL : ReportType.INDIRECT,
                    content, subject, tokens.get(verb).text(), tokens.get(verb).span(), Optional.empty(), verb);
            reports.add(topic ? r.withKind(ReportKind.SPEECH_ACT) : r);
        }

        /** Whether token t can open a noun phrase, an activity or a quotation: the object of a speech act. */
        private boolean opensNounPhrase(int t) {
            return quoteAt[t] >= 0 || (tk.isNounPhraseToken(t) && !tokens.get(t).pos().equals("POS"))
                    || tokens.get(t).pos().equals("VBG") // "called for cutting taxes"
                    // "called for increased defence spending": a participle before its noun
                    || ((tokens.get(t).pos().equals("VBN") || tokens.get(t).pos().equals("VBD")) && t + 1 < tokens.size()
                            && tk.sameSentence(t, t + 1) && tokens.get(t + 1).pos().startsWith("NN"))
                    || SpeechLexicon.CONTENT_OPENERS.contains(lower(tokens.get(t).text())) // "questioned whether ..."
                    || OPENING_MARKS.contains(tokens.get(t).text());
        }

        /** "called", "describes", ", calling": a verb that names what somebody or something is (naming-verbs.tsv). */
        private boolean isNamingVerb(int t) {
            Token tok = tokens.get(t);
            return tok.pos().startsWith("VB") && SpeechLexicon.NAMING_VERBS.containsKey(lower(tok.lemma()))
                    && (!tok.pos().equals("VBG") || tk.afterComma(t)) && !tk.isPassive(t) && !tk.isNegated(t);
        }

        /**
         * "X called the plan a disaster": a characterisation by X whose content is what the thing
         * was called ("a disaster"); "described it as ...": what follows the verb's word ("as").
         * The object is a pronoun, a name, or a noun phrase up to its last noun; what follows it
         * up to the next comma or the sentence end is the content.
         */
        private void characterization(int verb) {
            Sentence sentence = doc.sentences().get(tokens.get(verb).sentence());
            Optional<Speaker> subject = speakers.subjectOf(verb);
            if (subject.isEmpty() && tokens.get(verb).pos().equals("VBG")) {
                subject = speakers.previousSpeakerInSentence(sentence, verb);
            }
            int limit = sentence.endToken();
            int t = verb + 1;
            if (subject.isEmpty() || t >= limit || quoteAt[t] >= 0 || SpeechLexicon.NOT_AN_OBJECT.contains(lower(tokens.get(t).text()))) {
                return;
            }
            int objectEnd = objectEnd(t, limit);
            String marker = SpeechLexicon.NAMING_VERBS.get(lower(tokens.get(verb).lemma()));
            int start = objectEnd;
            if (!marker.equals("-")) {
                if (start >= limit || !lower(tokens.get(start).text()).equals(marker)) {
                    return;
                }
                start++;
            }
            while (start < limit && tk.isPunctuation(start) && quoteAt[start] < 0 && !CLOSING_MARKS.contains(tokens.get(start).text())
                    && !tokens.get(start).text().equals(",")) {
                start++; // an opening mark
            }
            if (objectEnd == t || start >= limit || (tokens.get(start).pos().equals("IN") && quoteAt[start] < 0)) {
                return;
            }
            int end = start;
            int q = quoteAt[start];
            while (end < limit && (q >= 0 ? quoteAt[end] == q : !(tokens.get(end).text().equals(",") || tokens.get(end).text().equals(";")
                    || (tk.isCue(end) && tk.afterComma(end))))) {
                end++;
            }
            for (int k = start; k < Math.min(end, start + 3); k++) {
                if (quoteAt[k] >= 0) {
                    // 'called the project a "vanity bridge" for years': what it was called ends with the quote.
                    int close = k;
                    while (close < end && quoteAt[close] == quoteAt[k]) {
                        close++;
                    }
                    end = Math.min(end, close + 1);
                    break;
                }
            }
            end = tk.trimTrailingPunctuation(start, end);
            if (end - start < 2 && q < 0) {
                return; // "called it off", "called him back"
            }
            Span content = new Span(tokens.get(start).span().begin(), tokens.get(end - 1).span().end());
            usedCues.add(verb);
            ReportType type = q >= 0 && quotes.get(q).content().equals(content) ? ReportType.DIRECT
                    : q >= 0 ? ReportType.PARTIAL : ReportType.INDIRECT;
            reports.add(report(type, content, subject, tokens.get(verb).text(), tokens.get(verb).span(), Optional.empty(), verb)
                    .withKind(ReportKind.CHARACTERIZATION));
        }

        /** The end of the object of a naming verb starting at t: a pronoun, a name, or nouns up to the last of a run. */
        private int objectEnd(int t, int limit) {
            if (tokens.get(t).pos().equals("PRP")) {
                return t + 1;
            }
            int k = t;
            while (k < limit && quoteAt[k] < 0 && (tokens.get(k).pos().equals("DT") || tokens.get(k).pos().startsWith("JJ")
                    || tokens.get(k).pos().equals("PRP$") || tokens.get(k).pos().equals("CD"))) {
                k++;
            }
            boolean noun = false;
            while (k < limit && quoteAt[k] < 0 && (tokens.get(k).pos().startsWith("NN") || tokens.get(k).pos().equals("POS"))
                    && !SpeechLexicon.INDEFINITE_PRONOUNS.contains(lower(tokens.get(k).text()))) {
                noun |= tokens.get(k).pos().startsWith("NN");
                k++;
            }
            return noun ? k : t;
        }

        private boolean isAccordingToNearby(int[] range) {
            for (int t = range[1]; t < Math.min(tokens.size(), range[1] + 4); t++) {
                if (tk.isAccordingTo(t)) {
                    return true;
                }
            }
            return false;
        }

        /** {@code According to Jane Smith, ...} and {@code ..., according to Jane Smith.} */
        private void accordingTo(int t) {
            Sentence sentence = doc.sentences().get(tokens.get(t).sentence());
            Optional<Speaker> source = speakers.nounPhraseForward(t + 2, sentence.endToken());
            if (source.isEmpty()) {
                return;
            }
            Span cueSpan = new Span(tokens.get(t).span().begin(), tokens.get(t + 1).span().end());
            int start;
            int end;
            if (t == sentence.firstToken()) {
                int comma = t + 2;
                while (comma < sentence.endToken() && !tokens.get(comma).text().equals(",")) {
                    comma++;
                }
                start = comma + 1;
                end = sentence.endToken();
            } else {
                start = contentFirstStart(t, sentence);
                end = t;
            }
            end = tk.trimTrailingPunctuation(start, end);
            if (end - start < MIN_CONTENT_TOKENS) {
                return;
            }
            Span content = new Span(tokens.get(start).span().begin(), tokens.get(end - 1).span().end());
            boolean quoted = false;
            for (int i = start; i < end; i++) {
                quoted |= quoteAt[i] >= 0;
            }
            ReportType type = tk.isWholeQuote(start, end) ? ReportType.DIRECT : quoted ? ReportType.PARTIAL : ReportType.INDIRECT;
            if (type == ReportType.DIRECT) {
                content = quotes.get(quoteAt[start] >= 0 ? quoteAt[start] : quoteAt[start + 1]).content();
            }
            reports.add(report(type, content, source, text.substring(cueSpan.begin(), cueSpan.end()), cueSpan,
                    Optional.empty(), t));
        }

        // ---- the parts of a report

        private Report report(ReportType type, Span content, Optional<Speaker> speaker, String cue, Span cueSpan,
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
            if (venue.isEmpty() && addressee.filter(StatementExtractor::namesOccasion).isPresent()) {
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

        /** The content ends at the end of the sentence, or where ", adding ..." starts another report. */
        private int clauseEnd(int cue, Sentence sentence) {
            for (int t = cue + 2; t < sentence.endToken(); t++) {
                if (tk.afterComma(t) && quoteAt[t] < 0
                        && (tk.isCue(t) && tokens.get(t).pos().equals("VBG") || tk.isAccordingTo(t))) {
                    return tokens.get(t - 1).text().equals(",") ? t - 1 : t - 2;
                }
                // 'said it would "join the city", after the council approved it': the clause after
                // the speaker's closing mark is the reporter's setting, not what was said.
                if (tokens.get(t - 1).text().equals(",") && t >= 2 && CLOSING_MARKS.contains(tokens.get(t - 2).text())
                        && (tokens.get(t).pos().equals("IN") || tokens.get(t).pos().equals("WRB"))) {
                    return t - 1;
                }
            }
            return sentence.endToken();
        }

        /** Content before ", X said" starts at the sentence start, or after the quote or clause before it. */
        private int contentFirstStart(int before, Sentence sentence) {
            return sentence.firstToken();
        }

    }
}
