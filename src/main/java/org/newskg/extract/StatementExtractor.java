package org.newskg.extract;

import static org.newskg.extract.SpeechLexicon.lower;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
 * studies and polls, speech acts with a noun-phrase content ("criticised X"), "Name: ...".
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
 */
public final class StatementExtractor {
    /** Quotes shorter than this are scare quotes, titles or fragments of reported speech. */
    private static final int MIN_DIRECT_WORDS = 4;
    /** A shorter quote is a report only with its attribution right after it ("“I love you,” he said"). */
    private static final int MIN_SHORT_QUOTE_WORDS = 2;
    /** A quote with no attribution at all is kept only when it reads like a whole statement. */
    private static final int MIN_UNATTRIBUTED_WORDS = 8;
    private static final int MIN_CONTENT_TOKENS = 3;
    private static final int MAX_NOUN_PHRASE = 12;
    private static final Set<String> CLOSING_MARKS = Set.of("\"", "\u201d", "''", "\u2019", "\u00bb");
    private static final Set<String> OPENING_MARKS = Set.of("\"", "\u201c", "``", "\u2018", "\u00ab");
    /** The most words an attribution between two quotes of one speaker takes ("Jane Smith, the mayor, told reporters"). */
    private static final int MAX_ATTRIBUTION_WORDS = 12;
    /**
     * The most words between two pieces of one quote when they are its attribution with an
     * apposition ("“A,” said Jane Smith, an economist who served as ... . “B.”").
     */
    private static final int MAX_APPOSED_ATTRIBUTION_WORDS = 40;
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of(
            "NNP", "NNPS", "NN", "NNS", "JJ", "DT", "POS", "PRP$", "CD", "HYPH", "FW");
    private static final Set<String> DASHES = Set.of("\u2014", "\u2013", "\u2015", "--", "-");

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
        private final AnnotatedArticle doc;
        private final String text;
        private final List<Token> tokens;
        private final Entity[] entityAt;
        private final boolean[] mentionStart;
        private final TimeExpression[] timeAt;
        private final List<TimeValue> times;
        private final int[] quoteAt;
        private final List<QuoteFinder.Quote> quotes;
        private final Set<Integer> usedCues = new HashSet<>();
        private final List<Report> reports = new ArrayList<>();
        private final Genders genders;
        private final StatementDates dates;

        Run(AnnotatedArticle doc, List<Entity> entities, List<TimeValue> times) {
            this.doc = doc;
            this.times = times;
            this.text = doc.article().text();
            this.tokens = doc.tokens();
            int n = tokens.size();
            entityAt = new Entity[n];
            mentionStart = new boolean[n];
            timeAt = new TimeExpression[n];
            quoteAt = new int[n];
            java.util.Arrays.fill(quoteAt, -1);
            for (Entity e : entities) {
                for (Mention m : e.mentions()) {
                    boolean first = true;
                    for (int t = 0; t < n; t++) {
                        if (m.span().contains(tokens.get(t).span())) {
                            entityAt[t] = e;
                            mentionStart[t] = first;
                            first = false;
                        }
                    }
                }
            }
            for (TimeExpression te : doc.times()) {
                for (int t = 0; t < n; t++) {
                    if (te.span().contains(tokens.get(t).span())) {
                        timeAt[t] = te;
                    }
                }
            }
            genders = Genders.of(tokens, entityAt, mentionStart);
            dates = new StatementDates(doc, times);
            quotes = QuoteFinder.find(text);
            for (int q = 0; q < quotes.size(); q++) {
                Span c = quotes.get(q).content();
                for (int t = 0; t < n; t++) {
                    Span s = tokens.get(t).span();
                    if (s.begin() >= c.begin() && s.end() <= c.end()) {
                        quoteAt[t] = q;
                    }
                }
            }
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
                    if (isAccordingTo(t)) {
                        accordingTo(t);
                    } else if (isObjectCue(t)) {
                        // A clause is the content where there is one ("denied that ..."), else the noun phrase.
                        if (!(isCue(t) && reportedSpeech(t))) {
                            objectReport(t);
                        }
                    } else if (isNamingVerb(t)) {
                        characterization(t);
                    } else if (isCue(t)) {
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

        /** The report of the paragraph before that a quote opening this paragraph continues, see {@link #carryOver}. */
        private Optional<Report> speakerBefore(Unattributed u) {
            if (!opensParagraph(u.content())) {
                return Optional.empty();
            }
            int paragraphStart = text.lastIndexOf('\n', u.content().begin()) + 1;
            if (paragraphStart <= 0) {
                return Optional.empty();
            }
            int previousStart = text.lastIndexOf('\n', paragraphStart - 2) + 1;
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
            int last = tokenBefore(paragraphEnd - 1);
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
            Optional<Speaker> speaker = subjectOf(cue);
            if (speaker.isEmpty() || speaker.get().entity().isEmpty()) {
                return Optional.empty();
            }
            Span here = tokens.get(cue).span();
            return Optional.of(new Report(ReportType.DIRECT, here, here.of(text), speaker, tokens.get(cue).text(), here,
                    addresseeAfter(cue), Optional.empty(), List.of(), Optional.empty()));
        }

        /** The cue of "said:" or "told reporters:" ending at token t, or -1. */
        private int skipBackToCue(int t) {
            for (int k = t; k >= Math.max(0, t - 6) && sameSentence(k, t); k--) {
                if (isCue(k)) {
                    return k;
                }
                if (!isNounPhraseToken(k) && timeAt[k] == null && !tokens.get(k).pos().equals("TO")) {
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
            int[] range = tokenRange(content);
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
                boolean alone = !quote.openingMarkLost() && words >= MIN_UNATTRIBUTED_WORDS && hasVerb(range[0], range[1]);
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
                if (isCue(t) || isAccordingTo(t)) {
                    return -1;
                }
                if (!isPunctuation(t)) {
                    first = t;
                }
            }
            return first;
        }

        private record Attribution(int cue, Optional<Speaker> speaker, Optional<String> addressee, boolean partial) {}

        /** {@code "...," Jane Smith said} or {@code "...," said Jane Smith}. */
        private Attribution attributeAfter(int q, int quoteEnd) {
            int t = quoteEnd;
            while (t < tokens.size() && isPunctuation(t) && quoteAt[t] < 0) {
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
                if (isCue(c) && tokens.get(c).pos().equals("VBG")) {
                    return null; // '"...," saying ...' starts another report, it does not attribute this one
                }
                if (isCue(c) && isPassive(c)) {
                    return new Attribution(c, Optional.empty(), Optional.empty(), false); // "..., she was told": by whom is not said
                }
                if (isCue(c)) {
                    if (!nounPhraseBetween(t, c)) {
                        return null; // '"good fun", apart from ... he wants': another clause, not an attribution
                    }
                    Optional<Speaker> before = c > t ? speakerOf(t, c - 1, c) : Optional.empty();
                    Optional<Speaker> speaker = before.isPresent() ? before : speakerAfter(c);
                    if (speaker.isEmpty()) {
                        return null;
                    }
                    return new Attribution(c, speaker, addresseeAfter(c), false);
                }
                if (isSentenceEnd(c) || tokens.get(c).text().equals(";")) {
                    return null;
                }
            }
            return null;
        }

        /** '“...” ― Jane Smith': a quote signed with a dash and a name that ends its paragraph. */
        private Attribution dashAttribution(int quoteEnd) {
            int dash = quoteEnd;
            while (dash < tokens.size() && quoteAt[dash] < 0 && isPunctuation(dash) && !DASHES.contains(tokens.get(dash).text())) {
                dash++;
            }
            if (dash >= tokens.size() || dash == 0 || !DASHES.contains(tokens.get(dash).text())
                    || text.substring(tokens.get(quoteEnd - 1).span().end(), tokens.get(dash).span().begin()).indexOf('\n') >= 0) {
                return null;
            }
            int end = dash + 1;
            while (end < tokens.size() && end - dash <= 6 && text.substring(tokens.get(dash).span().end(), tokens.get(end).span().begin())
                    .indexOf('\n') < 0 && isNounPhraseToken(end) && quoteAt[end] < 0) {
                end++;
            }
            int after = end < tokens.size() && tokens.get(end).text().equals(".") ? end + 1 : end; // "― Jane Smith."
            boolean endsParagraph = after >= tokens.size() || text.substring(tokens.get(after - 1).span().end(), tokens.get(after).span().begin())
                    .indexOf('\n') >= 0 || tokens.get(end).text().equals(",");
            if (end == dash + 1 || !endsParagraph) {
                return null;
            }
            Optional<Speaker> speaker = speakerOf(dash + 1, end - 1, dash)
                    .filter(sp -> sp.entity().filter(e -> e.type() == EntityType.PLACE).isEmpty());
            return speaker.isEmpty() ? null : new Attribution(dash, speaker, Optional.empty(), false);
        }

        /** Whether tokens [from, to) can be a speaker with an apposition: no verb of their own but auxiliaries. */
        private boolean nounPhraseBetween(int from, int to) {
            for (int t = from; t < to; t++) {
                if (tokens.get(t).pos().startsWith("W")) {
                    return true; // "Jane Smith, who chairs the board, said": the relative clause may have verbs
                }
                if ((tokens.get(t).pos().startsWith("VB") && !isAuxiliary(t)) || tokens.get(t).pos().equals("MD")) {
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
                if (isCue(t)) {
                    cue = t;
                    break;
                }
            }
            if (cue < 0) {
                return colonBefore(quoteStart, sentenceStart);
            }
            Optional<Speaker> speaker = subjectOf(cue);
            if (speaker.isEmpty() && !isPassive(cue)) {
                return null;
            }
            boolean partial = false;
            for (int t = skipToContent(cue); t < quoteStart; t++) {
                partial |= !isPunctuation(t);
            }
            return new Attribution(cue, speaker, addresseeAfter(cue), partial);
        }

        /**
         * 'She went on: "..."', 'Her answer was: "..."': a colon right before the quote, after a
         * clause whose verb is no cue; the clause's subject, when it is a person, is the speaker.
         */
        private Attribution colonBefore(int quoteStart, int sentenceStart) {
            int colon = quoteStart - 1;
            while (colon > sentenceStart && quoteAt[colon] < 0 && isPunctuation(colon) && !tokens.get(colon).text().equals(":")) {
                colon--;
            }
            if (colon <= sentenceStart || !tokens.get(colon).text().equals(":")) {
                return null;
            }
            for (int v = sentenceStart; v < colon; v++) {
                if (quoteAt[v] >= 0) {
                    return null;
                }
                if (tokens.get(v).pos().startsWith("VB") && !isAuxiliary(v)) {
                    Optional<Speaker> speaker = subjectOf(v)
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
            boolean participle = tokens.get(cue).pos().equals("VBG") && !progressive(cue);
            // "..., saying" and "tweets saying that": the participle's speaker is the sentence's.
            Optional<Speaker> subject = participle ? previousSpeakerInSentence(sentence, cue) : subjectOf(cue);
            if (subject.isEmpty() && participle && !afterComma(cue)) {
                subject = subjectOf(cue);
            }
            int clauseEnd = clauseEnd(cue, sentence);
            if (subject.isPresent()) {
                int start = skipToContent(cue);
                if (clauseEnd - start >= MIN_CONTENT_TOKENS && !isWholeQuote(start, clauseEnd) && !startsAdjunct(start)) {
                    addReported(subject, cue, start, clauseEnd);
                    return;
                }
                // "..., Jane Smith said."  The content comes first.
                int subjectStart = subject.get().span().begin();
                int comma = tokenBefore(subjectStart);
                if (comma >= 0 && tokens.get(comma).text().equals(",")) {
                    int first = contentFirstStart(comma, sentence);
                    if (comma - first >= MIN_CONTENT_TOKENS && !isWholeQuote(first, comma)) {
                        addReported(subject, cue, first, comma);
                    }
                }
                return;
            }
            // "..., said Jane Smith." / "..., says Jane Smith"
            if (cue > 0 && tokens.get(cue - 1).text().equals(",")) {
                Optional<Speaker> after = speakerAfter(cue).filter(this::endsClause);
                int first = contentFirstStart(cue - 1, sentence);
                if (after.isPresent() && cue - 1 - first >= MIN_CONTENT_TOKENS && !isWholeQuote(first, cue - 1)) {
                    addReported(after, cue, first, cue - 1);
                }
            }
        }

        /**
         * Whether what follows a cue opens with a preposition ("said in a rare letter released on
         * Monday", "warned against ..."): the verb's setting, not what was said, which then comes
         * before the cue if anywhere. "that", "whether" and "if" open a content.
         */
        private boolean startsAdjunct(int t) {
            return t < tokens.size() && tokens.get(t).pos().equals("IN") && quoteAt[t] < 0
                    && !SpeechLexicon.CONTENT_OPENERS.contains(lower(tokens.get(t).text()));
        }

        /**
         * Whether a speaker named after its verb ends the clause (", said Jane Smith." or ", said Jane
         * Smith, the mayor"); in "warned Jane Smith not to ..." the name is who was warned.
         */
        private boolean endsClause(Speaker speaker) {
            int last = tokenBefore(speaker.span().end());
            return last + 1 >= tokens.size() || isSentenceEnd(last) || isPunctuation(last + 1);
        }

        private void addReported(Optional<Speaker> speaker, int cue, int start, int end) {
            end = trimTrailingPunctuation(start, end);
            if (end - start < MIN_CONTENT_TOKENS || !hasVerb(start, end) || tokens.get(start).pos().equals("VBG")) {
                return; // "admitted its interests": an object, not something said
            }
            Span content = new Span(tokens.get(start).span().begin(), tokens.get(end - 1).span().end());
            boolean quoted = false;
            for (int t = start; t < end; t++) {
                quoted |= quoteAt[t] >= 0;
            }
            usedCues.add(cue);
            reports.add(report(quoted ? ReportType.PARTIAL : ReportType.INDIRECT, content, speaker,
                    tokens.get(cue).text(), tokens.get(cue).span(), addresseeAfter(cue), cue));
        }

        /**
         * "Jane Smith: the plan will fail" or "Poll: ...": a name (a person, a body, a study) that
         * opens its sentence, followed by a colon and what it said. Other words before a colon
         * ("Update:", "Note:") are the reporter's.
         */
        private void colonAfterName(Sentence sentence) {
            int first = sentence.firstToken();
            int colon = first;
            while (colon < sentence.endToken() && colon - first <= 5 && !tokens.get(colon).text().equals(":")) {
                if (!isNounPhraseToken(colon) || quoteAt[colon] >= 0) {
                    return;
                }
                colon++;
            }
            if (colon == first || colon >= sentence.endToken() || !tokens.get(colon).text().equals(":")) {
                return;
            }
            Optional<Speaker> speaker = speakerOf(first, colon - 1, colon);
            String head = lower(tokens.get(headOf(first, colon - 1)).lemma());
            boolean named = speaker.flatMap(Speaker::entity).filter(e -> e.type() != EntityType.PLACE).isPresent()
                    || (speaker.isPresent() && SpeechLexicon.FINDING_NOUNS.contains(head));
            int start = colon + 1;
            while (start < sentence.endToken() && isPunctuation(start) && quoteAt[start] < 0) {
                start++;
            }
            int end = trimTrailingPunctuation(start, sentence.endToken());
            if (!named || end - start < MIN_CONTENT_TOKENS || !hasVerb(start, end)) {
                return;
            }
            Span content = new Span(tokens.get(start).span().begin(), tokens.get(end - 1).span().end());
            ReportType type = ReportType.INDIRECT;
            if (isWholeQuote(start, end)) {
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

        /** "cited", "attacked", "called for": a speech act whose content may be a noun phrase (object-cues.tsv). */
        private boolean isObjectCue(int t) {
            Token tok = tokens.get(t);
            String particle = SpeechLexicon.OBJECT_CUES.get(lower(tok.lemma()));
            if (particle == null || !tok.pos().startsWith("VB") || isPassive(t) || isNegated(t)
                    || (tok.pos().equals("VBG") && !afterComma(t))) {
                return false;
            }
            return particle.equals("-") || (t + 1 < tokens.size() && lower(tokens.get(t + 1).text()).equals(particle));
        }

        /**
         * "X criticised the party's lack of ...", "X called for a new vote": the content is what
         * follows the verb (and its particle) up to the next comma, semicolon or the sentence end.
         */
        private void objectReport(int verb) {
            Sentence sentence = doc.sentences().get(tokens.get(verb).sentence());
            Optional<Speaker> subject = subjectOf(verb);
            if (subject.isEmpty() && tokens.get(verb).pos().equals("VBG")) {
                subject = previousSpeakerInSentence(sentence, verb);
            }
            if (subject.isEmpty()) {
                return;
            }
            int start = verb + (SpeechLexicon.OBJECT_CUES.get(lower(tokens.get(verb).lemma())).equals("-") ? 1 : 2);
            if (start >= sentence.endToken() || !opensNounPhrase(start) || !canSpeak(subject.get())) {
                return; // "The cases cited involved ...": a participle, not a speech act of the cases
            }
            int limit = sentence.endToken();
            int end = start;
            while (end < limit && (quoteAt[end] >= 0 || !(tokens.get(end).text().equals(",") || tokens.get(end).text().equals(";")
                    || tokens.get(end).text().equals(":")))) {
                end++;
            }
            end = trimTrailingPunctuation(start, end);
            if (end - start < 2) {
                return;
            }
            Span content = new Span(tokens.get(start).span().begin(), tokens.get(end - 1).span().end());
            boolean quoted = false;
            for (int t = start; t < end; t++) {
                quoted |= quoteAt[t] >= 0;
            }
            usedCues.add(verb);
            reports.add(report(isWholeQuote(start, end) ? ReportType.DIRECT : quoted ? ReportType.PARTIAL : ReportType.INDIRECT,
                    content, subject, tokens.get(verb).text(), tokens.get(verb).span(), Optional.empty(), verb));
        }

        /** Whether token t can open a noun phrase or a quotation: the object of a speech act. */
        private boolean opensNounPhrase(int t) {
            return quoteAt[t] >= 0 || (isNounPhraseToken(t) && !tokens.get(t).pos().equals("POS"))
                    || OPENING_MARKS.contains(tokens.get(t).text());
        }

        /**
         * Whether a speaker can perform a speech act on a noun phrase: a named entity, a pronoun, or
         * a proper noun ("Democrats"), or a description whose head is a person, a body or a study
         * ("critics", "the council", "the report"); "the cases cited ..." is none.
         */
        private boolean canSpeak(Speaker speaker) {
            if (speaker.entity().isPresent()) {
                return true;
            }
            int last = tokenBefore(speaker.span().end());
            if (last < 0) {
                return false;
            }
            Token head = tokens.get(last);
            String w = lower(head.text());
            String l = lower(head.lemma());
            return head.pos().equals("PRP") || head.pos().startsWith("W") || head.pos().startsWith("NNP") || SpeechLexicon.PERSON_NOUNS.contains(w)
                    || SpeechLexicon.PERSON_NOUNS.contains(l) || SpeechLexicon.ORGANIZATION_NOUNS.contains(w)
                    || SpeechLexicon.ORGANIZATION_NOUNS.contains(l) || SpeechLexicon.FINDING_NOUNS.contains(l);
        }

        /** "called", "describes", ", calling": a verb that names what somebody or something is (naming-verbs.tsv). */
        private boolean isNamingVerb(int t) {
            Token tok = tokens.get(t);
            return tok.pos().startsWith("VB") && SpeechLexicon.NAMING_VERBS.containsKey(lower(tok.lemma()))
                    && (!tok.pos().equals("VBG") || afterComma(t)) && !isPassive(t) && !isNegated(t);
        }

        /**
         * "X called the plan a disaster": a characterisation by X whose content is what the thing
         * was called ("a disaster"); "described it as ...": what follows the verb's word ("as").
         * The object is a pronoun, a name, or a noun phrase up to its last noun; what follows it
         * up to the next comma or the sentence end is the content.
         */
        private void characterization(int verb) {
            Sentence sentence = doc.sentences().get(tokens.get(verb).sentence());
            Optional<Speaker> subject = subjectOf(verb);
            if (subject.isEmpty() && tokens.get(verb).pos().equals("VBG")) {
                subject = previousSpeakerInSentence(sentence, verb);
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
            while (start < limit && isPunctuation(start) && quoteAt[start] < 0 && !CLOSING_MARKS.contains(tokens.get(start).text())
                    && !tokens.get(start).text().equals(",")) {
                start++; // an opening mark
            }
            if (objectEnd == t || start >= limit) {
                return;
            }
            int end = start;
            int q = quoteAt[start];
            while (end < limit && (q >= 0 ? quoteAt[end] == q : !(tokens.get(end).text().equals(",") || tokens.get(end).text().equals(";")
                    || (isCue(end) && afterComma(end))))) {
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
            end = trimTrailingPunctuation(start, end);
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

        private boolean isAccordingTo(int t) {
            return lower(tokens.get(t).text()).equals("according") && t + 1 < tokens.size()
                    && lower(tokens.get(t + 1).text()).equals("to");
        }

        private boolean isAccordingToNearby(int[] range) {
            for (int t = range[1]; t < Math.min(tokens.size(), range[1] + 4); t++) {
                if (isAccordingTo(t)) {
                    return true;
                }
            }
            return false;
        }

        /** {@code According to Jane Smith, ...} and {@code ..., according to Jane Smith.} */
        private void accordingTo(int t) {
            Sentence sentence = doc.sentences().get(tokens.get(t).sentence());
            Optional<Speaker> source = nounPhraseForward(t + 2, sentence.endToken());
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
            end = trimTrailingPunctuation(start, end);
            if (end - start < MIN_CONTENT_TOKENS) {
                return;
            }
            Span content = new Span(tokens.get(start).span().begin(), tokens.get(end - 1).span().end());
            boolean quoted = false;
            for (int i = start; i < end; i++) {
                quoted |= quoteAt[i] >= 0;
            }
            ReportType type = isWholeQuote(start, end) ? ReportType.DIRECT : quoted ? ReportType.PARTIAL : ReportType.INDIRECT;
            if (type == ReportType.DIRECT) {
                content = quotes.get(quoteAt[start] >= 0 ? quoteAt[start] : quoteAt[start + 1]).content();
            }
            reports.add(report(type, content, source, text.substring(cueSpan.begin(), cueSpan.end()), cueSpan,
                    Optional.empty(), t));
        }

        // ---- speakers

        /** The subject of a speech verb: the noun phrase before it, past adverbs, times and an appositive. */
        private Optional<Speaker> subjectOf(int cue) {
            if (isPassive(cue)) {
                return Optional.empty(); // "she was told": the subject heard it; who said it is another matter
            }
            int sentenceStart = doc.sentences().get(tokens.get(cue).sentence()).firstToken();
            int j = cue - 1;
            // Auxiliaries and adverbs: "has said", "also said", "on Wednesday said".
            while (j >= sentenceStart && (timeAt[j] != null || tokens.get(j).pos().startsWith("RB")
                    || tokens.get(j).pos().equals("MD") || isAuxiliary(j)
                    || (tokens.get(j).pos().equals("IN") && j + 1 < cue && timeAt[j + 1] != null))) {
                j--;
            }
            // "Sen. Jane Smith (R-Ga.) said": the bracket is about the subject, not it.
            if (j > sentenceStart && tokens.get(j).text().equals(")")) {
                int open = j - 1;
                while (open > Math.max(sentenceStart, j - 10) && !tokens.get(open).text().equals("(")) {
                    open--;
                }
                if (tokens.get(open).text().equals("(")) {
                    j = open - 1;
                }
            }
            // Up to two appositions: "Jane Smith, president of the union, which represents teachers, said".
            boolean skipped = false;
            for (int apposition = 0; apposition < 2 && j >= sentenceStart && tokens.get(j).text().equals(","); apposition++) {
                int open = j - 1;
                while (open >= Math.max(sentenceStart, j - 15) && !tokens.get(open).text().equals(",")) {
                    open--;
                }
                // An appositive: "Jane Smith, a spokeswoman for the ministry, said".
                boolean enclosed = open >= sentenceStart && tokens.get(open).text().equals(",") && open + 1 < j;
                if (enclosed && isOnePerson(open + 1, j)) {
                    // A name in apposition: "The harbour master, Jane Smith, said".
                    return speakerOf(open + 1, j - 1, cue);
                } else if (enclosed && (isAppositiveStart(open + 1) || isRelativeStart(open + 1))) {
                    // "Jane Smith, a spokeswoman for the ministry, said" or "Jane Smith, who chairs the board, said".
                    j = open - 1;
                    skipped = true;
                } else {
                    return Optional.empty();
                }
            }
            if (j < sentenceStart || quoteAt[j] >= 0) {
                return Optional.empty();
            }
            if (tokens.get(j).pos().equals("WP") && lower(tokens.get(j).text()).equals("who")) {
                return relativeSubject(j);
            }
            int end = j;
            if (entityAt[end] != null && entityAt[end].type() == EntityType.PERSON) {
                // "In an interview with the Ledger Smith said": the name right before the verb is its subject.
                int start = end;
                while (start > sentenceStart && entityAt[start - 1] == entityAt[end] && !mentionStart[start]) {
                    start--;
                }
                if (start > sentenceStart && !isSubjectStart(start - 1)) {
                    return speakerOf(start, end, cue);
                }
            }
            while (j >= sentenceStart && end - j < MAX_NOUN_PHRASE && quoteAt[j] < 0
                    && (isNounPhraseToken(j) || isPhrasePreposition(j, sentenceStart))) {
                j--;
            }
            if (j >= sentenceStart && (tokens.get(j).pos().equals("IN") || tokens.get(j).pos().equals("TO"))) {
                return Optional.empty(); // "an event hosted by the Press Club said": not a subject
            }
            if (skipped && j > sentenceStart && tokens.get(j).text().equals(",") && entityAt[j - 1] != null
                    && entityAt[j - 1].type() == EntityType.PERSON && entityAt[j + 1] == null && isAppositiveStart(j + 1)) {
                // "Jane Smith, president of the union, which ..., said": the description is hers.
                int start = j - 1;
                while (start > sentenceStart && entityAt[start - 1] == entityAt[j - 1] && !mentionStart[start]) {
                    start--;
                }
                return speakerOf(start, j - 1, cue);
            }
            return speakerOf(j + 1, end, cue);
        }

        /**
         * Whether token t can begin or continue the subject noun phrase before a name: a title,
         * determiner, adjective or common noun does ("the lawyer Jane Smith", "Senator Smith");
         * another name does not ("the Harbour Ledger Smith said").
         */
        private boolean isSubjectStart(int t) {
            String pos = tokens.get(t).pos();
            if (entityAt[t] != null || pos.equals("NNP") && !tokens.get(t).ner().equals("TITLE") && Genders.titleGender(tokens.get(t)).isEmpty()) {
                return false;
            }
            return isNounPhraseToken(t) && !isPunctuation(t);
        }

        /** "Jane Smith, who said ...": "who" is the speaker's word, the person named right before it the speaker. */
        private Optional<Speaker> relativeSubject(int who) {
            Span span = tokens.get(who).span();
            int k = who - 1;
            if (k > 0 && tokens.get(k).text().equals(",")) {
                k--;
            }
            Entity person = k >= 0 && entityAt[k] != null && entityAt[k].type() == EntityType.PERSON ? entityAt[k] : null;
            return Optional.of(new Speaker(span.of(text), span, Optional.ofNullable(person)));
        }

        /** Whether tokens [from, to) are all one mention of one person. */
        private boolean isOnePerson(int from, int to) {
            Entity e = entityAt[from];
            if (e == null || e.type() != EntityType.PERSON || !mentionStart[from]) {
                return false;
            }
            for (int t = from + 1; t < to; t++) {
                if (entityAt[t] != e || mentionStart[t]) {
                    return false;
                }
            }
            return true;
        }

        /** The speaker named right after a speech verb: {@code said Jane Smith}, {@code says PM Smith}. */
        private Optional<Speaker> speakerAfter(int cue) {
            Sentence sentence = doc.sentences().get(tokens.get(cue).sentence());
            return nounPhraseForward(cue + 1, sentence.endToken());
        }

        private Optional<Speaker> nounPhraseForward(int from, int limit) {
            int t = from;
            while (t < limit && timeAt[t] != null) {
                t++;
            }
            int start = t;
            while (t < limit && t - start < MAX_NOUN_PHRASE && quoteAt[t] < 0
                    && (isNounPhraseToken(t) || (isPhrasePreposition(t, start) && t + 1 < limit && isNounPhraseToken(t + 1)))) {
                t++;
            }
            return t > start ? speakerOf(start, t - 1, from) : Optional.empty();
        }

        /**
         * The speaker a noun phrase [first, last] names: a person in it, a pronoun or description
         * resolved to an earlier entity, an organisation or a place (a government), or nothing.
         */
        private Optional<Speaker> speakerOf(int first, int last, int cue) {
            while (first <= last && (isPunctuation(first) || tokens.get(first).pos().equals("IN"))) {
                first++;
            }
            while (last >= first && isPunctuation(last)) {
                last--;
            }
            if (first > last) {
                return Optional.empty();
            }
            Span span = new Span(tokens.get(first).span().begin(), tokens.get(last).span().end());
            String words = span.of(text);
            int head = headOf(first, last);
            Entity person = null;
            for (int t = first; t <= last; t++) {
                if (entityAt[t] != null && entityAt[t].type() == EntityType.PERSON && t <= head) {
                    person = entityAt[t];
                }
            }
            if (person == null && entityAt[head] != null && entityAt[head].type() == EntityType.PERSON) {
                person = entityAt[head];
            }
            if (person != null && entityAt[head] == null && tokens.get(head).pos().startsWith("NN")
                    && !tokens.get(head).pos().startsWith("NNP") && !isTitleOf(head, person) && !commaBetween(first, head)) {
                // "Mr Smith's official spokesman", "a Smith ally": the person is a modifier, the noun speaks.
                return Optional.of(new Speaker(words, span, Optional.empty()));
            }
            if (person != null) {
                return Optional.of(new Speaker(words, span, Optional.of(person)));
            }
            String headWord = lower(tokens.get(head).text());
            if (first == last && tokens.get(first).pos().equals("PRP")) {
                if (SpeechLexicon.PERSON_PRONOUNS.contains(headWord)) {
                    return Optional.of(new Speaker(words, span, lastPersonBefore(first)));
                }
                if (SpeechLexicon.BODY_PRONOUNS.contains(headWord)) {
                    return Optional.of(new Speaker(words, span, onlyBodyBefore(first, EntityType.ORGANIZATION)));
                }
                return Optional.of(new Speaker(words, span, Optional.empty()));
            }
            if (entityAt[head] != null) {
                int mentionFirst = head;
                while (mentionFirst > first && entityAt[mentionFirst - 1] == entityAt[head]) {
                    mentionFirst--;
                }
                boolean partOfLongerName = entityAt[head].type() == EntityType.PLACE && mentionFirst > first
                        && tokens.get(mentionFirst - 1).pos().startsWith("NNP") && entityAt[mentionFirst - 1] == null;
                return Optional.of(new Speaker(words, span, partOfLongerName ? Optional.empty() : Optional.of(entityAt[head])));
            }
            String headLemma = lower(tokens.get(head).lemma());
            if (SpeechLexicon.ORGANIZATION_NOUNS.contains(headWord) || SpeechLexicon.ORGANIZATION_NOUNS.contains(headLemma)) {
                // "China's foreign ministry": the country or organisation the body belongs to.
                for (int t = first; t < head; t++) {
                    if (entityAt[t] != null && entityAt[t].type() != EntityType.PERSON) {
                        return Optional.of(new Speaker(words, span, Optional.of(entityAt[t])));
                    }
                }
                Optional<Entity> body = isDefinite(first) ? onlyBodyBefore(first, EntityType.ORGANIZATION) : Optional.empty();
                boolean fits = SpeechLexicon.ANY_BODY_NOUNS.contains(headLemma) || body.map(e -> namesNoun(e, headLemma)).orElse(false);
                return Optional.of(new Speaker(words, span, fits ? body : Optional.empty()));
            }
            if (SpeechLexicon.PERSON_NOUNS.contains(headWord) || SpeechLexicon.PERSON_NOUNS.contains(headLemma)) {
                return Optional.of(new Speaker(words, span, isDefinite(first) ? introducedAs(headLemma, first) : Optional.empty()));
            }
            if (SpeechLexicon.FINDING_NOUNS.contains(headLemma)) {
                return Optional.of(new Speaker(words, span, Optional.empty())); // "a poll found": a source with no entity
            }
            if (tokens.get(head).pos().startsWith("NN") && !timeLike(head)) {
                // "sources said", "many Democrats say", "the campaign says": a description, named but not resolved.
                return Optional.of(new Speaker(words, span, Optional.empty()));
            }
            return Optional.empty();
        }

        private boolean timeLike(int t) {
            return timeAt[t] != null;
        }

        /** "Rabbi Jane Smith, founder of ...": after a comma the noun describes the person, who stays the speaker. */
        private boolean commaBetween(int from, int to) {
            for (int t = from; t < to; t++) {
                if (tokens.get(t).text().equals(",")) {
                    return true;
                }
            }
            return false;
        }

        /** "spokeswoman Jane Smith": a noun right before the person's name is a title, not a head. */
        private boolean isTitleOf(int noun, Entity person) {
            return noun + 1 < tokens.size() && entityAt[noun + 1] == person;
        }

        /** Whether an entity's name holds the noun: "the ministry" can be the "Ministry of Transport". */
        private static boolean namesNoun(Entity e, String noun) {
            return Names.words(Names.key(e.name())).stream().anyMatch(w -> w.equals(noun) || w.equals(noun + "s"));
        }

        /** The noun the phrase is about: the last noun before any "of/to/for ..." that follows it. */
        private int headOf(int first, int last) {
            int head = last;
            for (int t = first + 1; t <= last; t++) {
                if (tokens.get(t).pos().equals("IN") && tokens.get(t - 1).pos().startsWith("NN")) {
                    head = t - 1;
                    break;
                }
            }
            while (head > first && !tokens.get(head).pos().startsWith("NN") && !tokens.get(head).pos().equals("PRP")) {
                head--;
            }
            return head;
        }

        /**
         * The person "he" or "she" at token t stands for: the nearest person before it, in this
         * and the three sentences before, who is the subject of speech or action there (a
         * speaker, or a name followed by its verb) and whose gender, where known, agrees. A person
         * only mentioned ("met Jane Smith") is passed over; an unnamed subject ("another member
         * says she ...") stops the search with no one, rather than a guess.
         */
        private Optional<Entity> lastPersonBefore(int t) {
            String pronoun = lower(tokens.get(t).text());
            Gender wanted = pronoun.equals("she") ? Gender.FEMALE : Gender.MALE;
            int minSentence = tokens.get(t).sentence() - 3;
            for (int i = t - 1; i >= 0 && tokens.get(i).sentence() >= minSentence; i--) {
                if (unnamedSpeakerEndingAt(i)) {
                    return Optional.empty(); // "a spokeswoman said ... She added": she is not anybody named before
                }
                Entity spoke = speakerEndingAt(i);
                if (spoke != null && genders.agrees(spoke, wanted)) {
                    return found(spoke, wanted);
                }
                if (quoteAt[i] >= 0) {
                    continue;
                }
                if (entityAt[i] != null && entityAt[i].type() == EntityType.PERSON && mentionStart[i]) {
                    if (isSubjectAt(i) && genders.agrees(entityAt[i], wanted)) {
                        return found(entityAt[i], wanted);
                    }
                } else if (entityAt[i] == null && isUnnamedSubject(i)) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }

        private Optional<Entity> found(Entity e, Gender g) {
            genders.learn(e, g);
            return Optional.of(e);
        }

        /** The speaker entity of a report whose speaker words end at token i ("..., said Jane Smith"). */
        private Entity speakerEndingAt(int i) {
            for (Report r : reports) {
                if (r.speaker().isPresent() && r.speaker().get().entity().filter(e -> e.type() == EntityType.PERSON).isPresent()
                        && r.speaker().get().span().end() == tokens.get(i).span().end()) {
                    return r.speaker().get().entity().get();
                }
            }
            return null;
        }

        /** Whether a report's speaker ending at token i is a person's description with no entity ("a spokeswoman"). */
        private boolean unnamedSpeakerEndingAt(int i) {
            for (Report r : reports) {
                if (r.speaker().isPresent() && r.speaker().get().entity().isEmpty()
                        && r.speaker().get().span().end() == tokens.get(i).span().end()
                        && (SpeechLexicon.PERSON_NOUNS.contains(lower(tokens.get(i).lemma())) || SpeechLexicon.UNNAMED_PERSON_NOUNS.contains(lower(tokens.get(i).lemma())))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the name starting at token i is followed by its verb, past an apposition or relative clause. */
        private boolean isSubjectAt(int i) {
            int end = i;
            while (end + 1 < tokens.size() && entityAt[end + 1] == entityAt[i] && !mentionStart[end + 1]) {
                end++;
            }
            return verbFollows(end + 1, tokens.get(i).sentence());
        }

        private boolean verbFollows(int k, int sentence) {
            int limit = doc.sentences().get(sentence).endToken();
            if (k + 1 < limit && tokens.get(k).text().equals(",") && tokens.get(k + 1).pos().startsWith("VB")) {
                return true; // "His leader, Jane Smith, argued": the name closes an apposition before the verb
            }
            if (k < limit && (tokens.get(k).text().equals(",") || tokens.get(k).text().equals("("))) {
                String close = tokens.get(k).text().equals("(") ? ")" : ",";
                int c = k + 1;
                while (c < Math.min(limit, k + 16) && !tokens.get(c).text().equals(close)) {
                    c++;
                }
                if (c >= limit || !tokens.get(c).text().equals(close)) {
                    return false;
                }
                k = c + 1;
            }
            while (k < limit && (tokens.get(k).pos().startsWith("RB") || timeAt[k] != null)) {
                k++;
            }
            return k < limit && (tokens.get(k).pos().startsWith("VB") || tokens.get(k).pos().equals("MD"));
        }

        /** "another member says", "a spokesman said": a person's noun, unnamed and indefinite, as a subject. */
        private boolean isUnnamedSubject(int i) {
            String lemma = lower(tokens.get(i).lemma());
            if (!tokens.get(i).pos().startsWith("NN") || !(SpeechLexicon.PERSON_NOUNS.contains(lemma) || SpeechLexicon.UNNAMED_PERSON_NOUNS.contains(lemma))
                    || !verbFollows(i + 1, tokens.get(i).sentence())) {
                return false;
            }
            for (int k = i - 1; k >= Math.max(0, i - 4) && sameSentence(k, i); k--) {
                String w = lower(tokens.get(k).text());
                if (SpeechLexicon.INDEFINITE_DETERMINERS.contains(w)) {
                    return true;
                }
                if (!tokens.get(k).pos().startsWith("JJ") && !tokens.get(k).pos().startsWith("NN")) {
                    return false;
                }
            }
            return false;
        }

        /** The one organisation named in this and the two sentences before; none when there are several. */
        private Optional<Entity> onlyBodyBefore(int t, EntityType type) {
            int minSentence = tokens.get(t).sentence() - 2;
            Set<Entity> found = new LinkedHashSet<>();
            for (int i = t - 1; i >= 0 && tokens.get(i).sentence() >= minSentence; i--) {
                if (entityAt[i] != null && entityAt[i].type() == type) {
                    found.add(entityAt[i]);
                }
            }
            return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
        }

        /**
         * An earlier person the article introduced with the same word as a title right before the
         * name ("spokeswoman Jane Smith") or in an appositive right after it ("Jane Smith, a spokeswoman").
         */
        private Optional<Entity> introducedAs(String noun, int before) {
            for (int i = before - 1; i >= 0; i--) {
                if (entityAt[i] == null || entityAt[i].type() != EntityType.PERSON || !mentionStart[i]) {
                    continue;
                }
                int end = i;
                while (end + 1 < tokens.size() && entityAt[end + 1] == entityAt[i] && !mentionStart[end + 1]) {
                    end++;
                }
                for (int k = i - 1; k >= Math.max(0, i - 5) && sameSentence(k, i) && !isPunctuation(k)
                        && !tokens.get(k).pos().startsWith("VB"); k--) {
                    if (lower(tokens.get(k).lemma()).equals(noun)) {
                        return Optional.of(entityAt[i]);
                    }
                }
                if (end + 2 < tokens.size() && tokens.get(end + 1).text().equals(",")) {
                    for (int k = end + 2; k < Math.min(tokens.size(), end + 5) && sameSentence(k, i); k++) {
                        if (lower(tokens.get(k).lemma()).equals(noun)) {
                            return Optional.of(entityAt[i]);
                        }
                    }
                }
            }
            return Optional.empty();
        }

        private boolean sameSentence(int a, int b) {
            return tokens.get(a).sentence() == tokens.get(b).sentence();
        }

        /** For "..., saying ...": the speaker of an earlier report in the sentence, else its first person. */
        private Optional<Speaker> previousSpeakerInSentence(Sentence sentence, int cue) {
            for (int i = reports.size() - 1; i >= 0; i--) {
                Report r = reports.get(i);
                if (r.speaker().isPresent() && sentence.span().contains(r.cueSpan())) {
                    return r.speaker();
                }
            }
            for (int t = sentence.firstToken(); t < cue; t++) {
                if (entityAt[t] != null && entityAt[t].type() == EntityType.PERSON && quoteAt[t] < 0) {
                    int end = t;
                    while (end + 1 < cue && entityAt[end + 1] == entityAt[t]) {
                        end++;
                    }
                    Span span = new Span(tokens.get(t).span().begin(), tokens.get(end).span().end());
                    return Optional.of(new Speaker(span.of(text), span, Optional.of(entityAt[t])));
                }
            }
            return Optional.empty();
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
                        if (content.contains(tokens.get(k).span()) || isPunctuation(k) || tokens.get(k).pos().startsWith("VB")) {
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

        /** Whom it was said to: "told reporters", "told a newspaper", "confirmed to MPs". */
        private Optional<String> addresseeAfter(int cue) {
            int end = skipAddressee(cue);
            if (end == cue + 1) {
                return Optional.empty();
            }
            int first = cue + 1;
            if (lower(tokens.get(first).text()).equals("to")) {
                first++;
            }
            int last = end - 1;
            while (last >= first && (timeAt[last] != null || isPunctuation(last))) {
                last--;
            }
            return last >= first
                    ? Optional.of(text.substring(tokens.get(first).span().begin(), tokens.get(last).span().end()))
                    : Optional.empty();
        }

        /** The token after an addressee of a speech verb, or the token after the verb when there is none. */
        private int skipAddressee(int cue) {
            String lemma = lower(tokens.get(cue).lemma());
            int t = cue + 1;
            int limit = doc.sentences().get(tokens.get(cue).sentence()).endToken();
            if (t < limit && lemma.equals("tell") && quoteAt[t] < 0 && isNounPhraseToken(t)) {
                int start = t;
                while (t < limit && t - start < 8 && quoteAt[t] < 0 && (isNounPhraseToken(t) || timeAt[t] != null)) {
                    t++;
                }
                return t;
            }
            if (t + 1 < limit && lower(tokens.get(t).text()).equals("to") && isNounPhraseToken(t + 1)) {
                t++;
                int start = t;
                while (t < limit && t - start < 8 && quoteAt[t] < 0 && isNounPhraseToken(t)) {
                    t++;
                }
                return t;
            }
            return t;
        }

        /** Where the content of "X said (to Y) (on Monday) (at a briefing) (that) ..." begins. */
        private int skipToContent(int cue) {
            int t = skipAddressee(cue);
            int limit = doc.sentences().get(tokens.get(cue).sentence()).endToken();
            while (t < limit && (timeAt[t] != null || venueEnd(t, limit) > t || (tokens.get(t).pos().equals("IN") && t + 1 < limit && timeAt[t + 1] != null)
                    || lower(tokens.get(t).text()).equals("that") || tokens.get(t).text().equals(":")
                    || tokens.get(t).text().equals(",") || SpeechLexicon.CUE_ADVERBS.contains(lower(tokens.get(t).text()))
                    || lower(tokens.get(t).text()).equals("citing"))) {
                if (lower(tokens.get(t).text()).equals("citing")) {
                    // "reported, citing officials, that ...": the sources of the report are not its content.
                    while (t < limit && !tokens.get(t).text().equals(",")) {
                        t++;
                    }
                }
                t = Math.max(t + 1, venueEnd(t, limit) + 1);
            }
            return t;
        }

        /** The last token of a venue phrase starting at t ("at a regular press conference"), or -1. */
        private int venueEnd(int t, int limit) {
            if (t >= limit) {
                return -1;
            }
            String w = lower(tokens.get(t).text());
            if (!SpeechLexicon.VENUE_PREPOSITIONS.contains(w) || quoteAt[t] >= 0) {
                return -1;
            }
            for (int k = t + 1; k < Math.min(limit, t + 7) && isNounPhraseToken(k); k++) {
                if (SpeechLexicon.VENUE_NOUNS.contains(lower(tokens.get(k).lemma()))) {
                    return k;
                }
            }
            return -1;
        }

        /** The content ends at the end of the sentence, or where ", adding ..." starts another report. */
        private int clauseEnd(int cue, Sentence sentence) {
            for (int t = cue + 2; t < sentence.endToken(); t++) {
                if (afterComma(t) && quoteAt[t] < 0
                        && (isCue(t) && tokens.get(t).pos().equals("VBG") || isAccordingTo(t))) {
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

        private int trimTrailingPunctuation(int start, int end) {
            while (end > start && isPunctuation(end - 1) && quoteAt[end - 1] < 0 && !closesOpenMark(start, end - 1)) {
                end--;
            }
            return end;
        }

        /** Whether token {@code t} is the closing mark of a quote opened inside [start, t): keep the pair whole. */
        private boolean closesOpenMark(int start, int t) {
            if (!CLOSING_MARKS.contains(tokens.get(t).text())) {
                return false;
            }
            int marks = 0;
            for (int i = start; i < t; i++) {
                String w = tokens.get(i).text();
                if (w.equals("\"") || w.equals("\u201c") || w.equals("\u201d") || w.equals("\u00ab") || w.equals("\u00bb")) {
                    marks++;
                }
            }
            return marks % 2 == 1;
        }

        /** Whether tokens [start, end) are one quote and its marks: a direct quote, reported elsewhere. */
        private boolean isWholeQuote(int start, int end) {
            int q = -1;
            for (int t = start; t < end; t++) {
                if (quoteAt[t] >= 0) {
                    if (q >= 0 && quoteAt[t] != q) {
                        return false;
                    }
                    q = quoteAt[t];
                } else if (!isPunctuation(t)) {
                    return false;
                }
            }
            return q >= 0 && QuoteFinder.words(text, quotes.get(q).content().begin(), quotes.get(q).content().end()) >= MIN_DIRECT_WORDS;
        }

        // ---- token tests

        private boolean isCue(int t) {
            Token tok = tokens.get(t);
            if (!tok.pos().startsWith("VB") || !SpeechLexicon.CUE_VERBS.contains(lower(tok.lemma()))) {
                return false;
            }
            // "..., adding that" reports speech; "was responding to questions" does not.
            if (tok.pos().equals("VB") && t > 0 && tokens.get(t - 1).pos().equals("TO")) {
                return false; // "ordered them to testify", "refused to say": not (yet) said
            }
            return (!tok.pos().equals("VBG") || afterComma(t) || progressive(t) || (t + 1 < tokens.size()
                    && lower(tokens.get(t + 1).text()).equals("that") && tokens.get(t + 1).pos().equals("IN"))) && !isNegated(t);
        }

        /** "is saying", "was telling": a form of "be" right before the participle. */
        private boolean progressive(int t) {
            return t > 0 && sameSentence(t - 1, t) && isAuxiliary(t - 1) && lower(tokens.get(t - 1).lemma()).equals("be");
        }

        /** ", saying" or ',” saying': a comma, maybe inside the closing mark of a quote, right before. */
        private boolean afterComma(int t) {
            return t > 0 && (tokens.get(t - 1).text().equals(",")
                    || (t > 1 && CLOSING_MARKS.contains(tokens.get(t - 1).text()) && tokens.get(t - 2).text().equals(",")));
        }

        /** "had not explained", "never said", "did n't confirm": what was not said is no report. */
        private boolean isNegated(int cue) {
            int sentenceStart = doc.sentences().get(tokens.get(cue).sentence()).firstToken();
            for (int t = cue - 1; t >= Math.max(sentenceStart, cue - 3); t--) {
                String w = lower(tokens.get(t).text());
                if (SpeechLexicon.NEGATIONS.contains(w)) {
                    return true;
                }
                if (!isAuxiliary(t) && !tokens.get(t).pos().startsWith("RB")) {
                    return false;
                }
            }
            return false;
        }

        /** "was told", "had been asked": the subject is who heard it. */
        private boolean isPassive(int cue) {
            if (!tokens.get(cue).pos().equals("VBN")) {
                return false;
            }
            for (int t = cue - 1; t >= Math.max(0, cue - 3) && sameSentence(t, cue); t--) {
                if (isAuxiliary(t) && lower(tokens.get(t).lemma()).equals("be")) {
                    return true;
                }
                if (!tokens.get(t).pos().startsWith("RB") && !isAuxiliary(t)) {
                    return false;
                }
            }
            return false;
        }

        /** A relative clause or participle phrase between a subject and its verb: "who chairs ...", "speaking on ...". */
        private boolean isRelativeStart(int t) {
            String pos = tokens.get(t).pos();
            return pos.equals("WP") || pos.equals("WDT") || pos.equals("WP$") || pos.equals("VBG") || pos.equals("VBN");
        }

        private boolean isAuxiliary(int t) {
            String l = lower(tokens.get(t).lemma());
            return tokens.get(t).pos().startsWith("VB") && (l.equals("have") || l.equals("be") || l.equals("do"));
        }

        private boolean isNounPhraseToken(int t) {
            Token tok = tokens.get(t);
            if (DASHES.contains(tok.text())) {
                return false; // "Harbourtown — Prosecutors said ...": a dateline, not part of the subject
            }
            return NOUN_PHRASE_TAGS.contains(tok.pos()) || entityAt[t] != null || tok.pos().equals("PRP");
        }

        private boolean isPhrasePreposition(int t, int lowerBound) {
            return t > lowerBound && SpeechLexicon.PHRASE_PREPOSITIONS.contains(lower(tokens.get(t).text()))
                    && tokens.get(t - 1).pos().startsWith("NN");
        }

        private boolean isAppositiveStart(int t) {
            String pos = tokens.get(t).pos();
            return pos.equals("DT") || pos.startsWith("NN") || pos.equals("JJ") || pos.equals("PRP$");
        }

        private boolean isDefinite(int t) {
            String w = lower(tokens.get(t).text());
            return w.equals("the") || w.equals("this") || w.equals("that");
        }

        private boolean isPunctuation(int t) {
            String w = tokens.get(t).text();
            return !w.isEmpty() && w.codePoints().noneMatch(Character::isLetterOrDigit);
        }

        private boolean isSentenceEnd(int t) {
            return t + 1 >= tokens.size() || tokens.get(t + 1).sentence() != tokens.get(t).sentence();
        }

        private boolean hasVerb(int from, int to) {
            for (int t = from; t < to; t++) {
                if (tokens.get(t).pos().startsWith("VB") || tokens.get(t).pos().equals("MD")) {
                    return true;
                }
            }
            return false;
        }

        private int tokenBefore(int charOffset) {
            int best = -1;
            for (int t = 0; t < tokens.size() && tokens.get(t).span().end() <= charOffset; t++) {
                best = t;
            }
            return best;
        }

        private int sentenceOf(Span span) {
            for (Sentence s : doc.sentences()) {
                if (s.span().contains(span)) {
                    return s.index();
                }
            }
            return -1;
        }

        /** Tokens [first, end) inside a span, or null. */
        private int[] tokenRange(Span span) {
            int first = -1;
            int end = -1;
            for (int t = 0; t < tokens.size(); t++) {
                Span s = tokens.get(t).span();
                if (s.begin() >= span.begin() && s.end() <= span.end()) {
                    if (first < 0) {
                        first = t;
                    }
                    end = t + 1;
                }
            }
            return first < 0 ? null : new int[] {first, end};
        }
    }
}
