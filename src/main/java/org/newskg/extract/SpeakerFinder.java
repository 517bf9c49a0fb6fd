package org.newskg.extract;

import static org.newskg.extract.SpeechLexicon.lower;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.core.Span;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.TimeExpression;
import org.newskg.nlp.Token;

/**
 * Who speaks, in one article: the subject of a cue, read past adverbs, appositions, relative
 * clauses and brackets ("X, who chairs ..., warned"), or shared with the verb before "and"
 * ("X criticised the deal and called for ..."), or the name right after it; the entity a
 * speaker's words stand for: a person or body in them, "he"/"she" resolved to the nearest person
 * before who is the subject of speech or action and agrees in gender, "the spokeswoman" to a
 * person the article introduced with that word, "the ministry" to the one organisation named just
 * before; otherwise no entity rather than a guess. Reads the reports made so far (a speaker of
 * an earlier report is a likely antecedent).
 */
final class SpeakerFinder {
    private static final int MAX_NOUN_PHRASE = 12;
    /** Tokens an apposition or relative clause between a name and its verb may take ("X, who stepped down ..., had"). */
    private static final int MAX_INSERTION = 24;

    private final StatementTokens tk;
    private final AnnotatedArticle doc;
    private final String text;
    private final List<Token> tokens;
    private final Entity[] entityAt;
    private final boolean[] mentionStart;
    private final TimeExpression[] timeAt;
    private final int[] quoteAt;
    private final List<Report> reports;
    private final Genders genders;

    /** @param reports the article's reports so far, read as they grow */
    SpeakerFinder(StatementTokens tk, List<Report> reports) {
        this.tk = tk;
        this.doc = tk.doc;
        this.text = tk.text;
        this.tokens = tk.tokens;
        this.entityAt = tk.entityAt;
        this.mentionStart = tk.mentionStart;
        this.timeAt = tk.timeAt;
        this.quoteAt = tk.quoteAt;
        this.reports = reports;
        this.genders = Genders.of(tokens, entityAt, mentionStart);
    }

    /** The subject of a speech verb: the noun phrase before it, past adverbs, times and an appositive. */
    Optional<Speaker> subjectOf(int cue) {
        return subjectOf(cue, true);
    }

    /** @param describeRelative whether "who" with no person before stands for the description before it */
    private Optional<Speaker> subjectOf(int cue, boolean describeRelative) {
        if (tk.isPassive(cue)) {
            return Optional.empty(); // "she was told": the subject heard it; who said it is another matter
        }
        int sentenceStart = doc.sentences().get(tokens.get(cue).sentence()).firstToken();
        int j = cue - 1;
        // Auxiliaries and adverbs: "has said", "also said", "on Wednesday said".
        while (j >= sentenceStart && (timeAt[j] != null || tokens.get(j).pos().startsWith("RB")
                || tokens.get(j).pos().equals("MD") || tk.isAuxiliary(j)
                || (tokens.get(j).pos().equals("IN") && j + 1 < cue && timeAt[j + 1] != null))) {
            j--;
        }
        if (j > sentenceStart && SpeechLexicon.VERB_COORDINATORS.contains(lower(tokens.get(j).text())) && quoteAt[j] < 0) {
            return coordinatedSubject(j, sentenceStart);
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
            if (enclosed && (isOnePerson(open + 1, j) || isTitledPerson(open + 1, j))) {
                // A name in apposition: "The harbour master, Jane Smith, said", "..., the Most Reverend Jane Smith, said".
                return speakerOf(open + 1, j - 1, cue);
            } else if (enclosed && (tk.isAppositiveStart(open + 1) || tk.isRelativeStart(open + 1) || isOriginInsertion(open))) {
                // "Jane Smith, a spokeswoman for the ministry, said", "Jane Smith, who chairs the board, said"
                // or "The letter, from the ministry, says".
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
            return relativeSubject(j, describeRelative);
        }
        int end = j;
        Optional<Speaker> together = coordinatedPeople(end, sentenceStart);
        if (together.isPresent()) {
            return together;
        }
        int participle = participleBefore(end, sentenceStart);
        if (participle >= 0) {
            // "A letter sent to Jane Smith said": the noun the participle describes speaks, not its object.
            int start = participle - 1;
            while (start > sentenceStart && participle - start < MAX_NOUN_PHRASE && quoteAt[start - 1] < 0
                    && tk.isNounPhraseToken(start - 1) && !tk.isPunctuation(start - 1)) {
                start--;
            }
            return speakerOf(start, participle - 1, cue);
        }
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
                && (tk.isNounPhraseToken(j) || tk.isPhrasePreposition(j, sentenceStart))) {
            j--;
        }
        if (j == sentenceStart && tokens.get(j).pos().equals("IN") && entityAt[end] != null
                && entityAt[end].type() == EntityType.PERSON) {
            // "In the magazine interview Mr Smith said": a fronted phrase, then the name that is the subject.
            int start = end;
            while (start > j + 1 && entityAt[start - 1] == entityAt[end] && !mentionStart[start]) {
                start--;
            }
            return speakerOf(start, end, cue);
        }
        if (j >= sentenceStart && (tokens.get(j).pos().equals("IN") || tokens.get(j).pos().equals("TO"))) {
            return Optional.empty(); // "an event hosted by the Press Club said": not a subject
        }
        if (skipped && j > sentenceStart && tokens.get(j).text().equals(",") && entityAt[j - 1] != null
                && entityAt[j - 1].type() == EntityType.PERSON && entityAt[j + 1] == null && tk.isAppositiveStart(j + 1)) {
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
     * "Jane Smith and chief operating officer Tom Brown said": two people named as one subject
     * that ends at token end (each with its title or description) said it together; the first is
     * the speaker's entity, the second its joint speaker. Only when the first opens the subject
     * (at the sentence's start or after punctuation or a conjunction), so "met Jane Smith and Tom
     * Brown" is no such subject.
     */
    private Optional<Speaker> coordinatedPeople(int end, int sentenceStart) {
        Entity second = entityAt[end];
        if (second == null || second.type() != EntityType.PERSON) {
            return Optional.empty();
        }
        int k = mentionFirst(end, sentenceStart);
        while (k > sentenceStart && entityAt[k - 1] == null && isSubjectStart(k - 1) && quoteAt[k - 1] < 0) {
            k--; // "chief operating officer Tom Brown"
        }
        int and = k - 1;
        if (and <= sentenceStart || !lower(tokens.get(and).text()).equals("and") || quoteAt[and] >= 0) {
            return Optional.empty();
        }
        Entity first = entityAt[and - 1];
        if (first == null || first.type() != EntityType.PERSON || first == second) {
            return Optional.empty();
        }
        int start = mentionFirst(and - 1, sentenceStart);
        while (start > sentenceStart && entityAt[start - 1] == null && isSubjectStart(start - 1) && quoteAt[start - 1] < 0) {
            start--;
        }
        if (start > sentenceStart && !(tk.isPunctuation(start - 1) || tokens.get(start - 1).pos().equals("CC")
                || tokens.get(start - 1).pos().startsWith("RB"))) {
            return Optional.empty();
        }
        Span span = new Span(tokens.get(start).span().begin(), tokens.get(end).span().end());
        return Optional.of(new Speaker(span.of(text), span, Optional.of(first), List.of(second)));
    }

    /** The first token of the mention that token t is in. */
    private int mentionFirst(int t, int sentenceStart) {
        int k = t;
        while (k > sentenceStart && entityAt[k - 1] == entityAt[t] && !mentionStart[k]) {
            k--;
        }
        return k;
    }

    /**
     * The participle of "a letter sent to Jane Smith" in the subject ending at token end: a past
     * participle right after a common noun and before a preposition, with no verb or punctuation
     * between it and end; -1 when there is none.
     */
    private int participleBefore(int end, int sentenceStart) {
        for (int p = end - 1; p > sentenceStart && end - p < MAX_NOUN_PHRASE; p--) {
            String pos = tokens.get(p).pos();
            if (quoteAt[p] >= 0 || tk.isPunctuation(p)) {
                return -1;
            }
            if (pos.startsWith("VB")) {
                boolean afterNoun = tokens.get(p - 1).pos().startsWith("NN") && !tokens.get(p - 1).pos().startsWith("NNP")
                        && entityAt[p - 1] == null;
                boolean beforePreposition = tokens.get(p + 1).pos().equals("IN") || tokens.get(p + 1).pos().equals("TO");
                return pos.equals("VBN") && afterNoun && beforePreposition ? p : -1;
            }
        }
        return -1;
    }

    /**
     * "Jane Smith criticised the deal and called for a new vote": a cue right after "and" or "but"
     * shares the subject of the nearest finite verb before it in the sentence that has one
     * (a verb in a quote or with no subject of its own, as in a relative clause, is passed over);
     * after an infinitive ("to work and find") the cue is one too, and reports nothing.
     */
    private Optional<Speaker> coordinatedSubject(int coordinator, int sentenceStart) {
        for (int v = coordinator - 1; v >= sentenceStart; v--) {
            if (quoteAt[v] >= 0 || tk.isAuxiliary(v)) {
                continue;
            }
            String pos = tokens.get(v).pos();
            if (pos.equals("VB") && v > sentenceStart && tokens.get(v - 1).pos().equals("TO")) {
                return Optional.empty(); // "want to work with them and find what is best": an infinitive, no report
            }
            boolean finite = pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")
                    || (pos.equals("VBN") && afterAuxiliary(v, sentenceStart));
            if (finite) {
                Optional<Speaker> subject = subjectOf(v, false);
                if (subject.isPresent() && !SpeechLexicon.RELATIVE_WORDS.contains(lower(subject.get().text()))) {
                    return subject;
                }
            }
        }
        return Optional.empty();
    }

    /** "has criticised", "has sharply criticised": an auxiliary before the participle, past adverbs. */
    private boolean afterAuxiliary(int v, int sentenceStart) {
        int k = v - 1;
        while (k > sentenceStart && tokens.get(k).pos().startsWith("RB")) {
            k--;
        }
        return k >= sentenceStart && tk.isAuxiliary(k);
    }

    /**
     * Whether token t can begin or continue the subject noun phrase before a name: a title,
     * determiner, adjective or common noun does ("the lawyer Jane Smith", "Senator Smith");
     * another name does not ("the Harbour Ledger Smith said").
     */
    boolean isSubjectStart(int t) {
        String pos = tokens.get(t).pos();
        if (entityAt[t] != null || pos.equals("NNP") && !tokens.get(t).ner().equals("TITLE") && Genders.titleGender(tokens.get(t)).isEmpty()) {
            return false;
        }
        return tk.isNounPhraseToken(t) && !tk.isPunctuation(t);
    }

    /**
     * "Jane Smith, who said ...": "who" is the speaker's word, the person named right before it the
     * speaker; with no person, the description before it ("officers who fear ..."), if asked.
     */
    private Optional<Speaker> relativeSubject(int who, boolean describe) {
        Span span = tokens.get(who).span();
        int k = who - 1;
        if (k > 0 && tokens.get(k).text().equals(",")) {
            k--;
        }
        Entity person = k >= 0 && entityAt[k] != null && entityAt[k].type() == EntityType.PERSON ? entityAt[k] : null;
        if (describe && person == null && k >= 0 && isPersonNoun(k) && entityAt[k] == null && quoteAt[k] < 0) {
            // "some senior police officers who fear ...": the person's description before "who" is the speaker.
            int start = k;
            while (start - 1 >= 0 && tk.sameSentence(start - 1, k) && k - start < MAX_NOUN_PHRASE && quoteAt[start - 1] < 0
                    && tk.isNounPhraseToken(start - 1) && !tk.isPunctuation(start - 1)) {
                start--;
            }
            int comma = start - 1;
            while (comma > 0 && tokens.get(comma).pos().startsWith("RB")) {
                comma--;
            }
            if (comma >= 1 && tokens.get(comma).text().equals(",") && entityAt[comma - 1] != null
                    && entityAt[comma - 1].type() == EntityType.PERSON) {
                // "McConnell, now the Senate majority leader, who said": the description is the named person's.
                return Optional.of(new Speaker(span.of(text), span, Optional.of(entityAt[comma - 1])));
            }
            Optional<Speaker> description = speakerOf(start, k, who);
            if (description.isPresent()) {
                return description;
            }
        }
        return Optional.of(new Speaker(span.of(text), span, Optional.ofNullable(person)));
    }

    /** A common noun for people ("officers", "members", "spokesman"): person-nouns.tsv or an unnamed person noun. */
    boolean isPersonNoun(int t) {
        String lemma = lower(tokens.get(t).lemma());
        return tokens.get(t).pos().startsWith("NN") && !tokens.get(t).pos().startsWith("NNP")
                && (SpeechLexicon.PERSON_NOUNS.contains(lemma) || SpeechLexicon.UNNAMED_PERSON_NOUNS.contains(lemma));
    }

    /**
     * Whether tokens [from, to) are a person's name after only a determiner and title words ("the
     * Most Reverend Jane Smith"); "a friend of Jane Smith" is not (a preposition or possessive before the name).
     */
    boolean isTitledPerson(int from, int to) {
        Entity e = entityAt[to - 1];
        if (e == null || e.type() != EntityType.PERSON) {
            return false;
        }
        int first = mentionFirst(to - 1, from);
        if (!mentionStart[first] || first == from) {
            return false;
        }
        for (int t = from; t < first; t++) {
            String pos = tokens.get(t).pos();
            if (entityAt[t] != null || !(pos.equals("DT") || pos.startsWith("NNP") || pos.startsWith("JJ"))) {
                return false;
            }
        }
        return true;
    }

    /** Whether tokens [from, to) are all one mention of one person. */
    boolean isOnePerson(int from, int to) {
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
    Optional<Speaker> speakerAfter(int cue) {
        Sentence sentence = doc.sentences().get(tokens.get(cue).sentence());
        return nounPhraseForward(cue + 1, sentence.endToken());
    }

    Optional<Speaker> nounPhraseForward(int from, int limit) {
        int t = from;
        while (t < limit && timeAt[t] != null) {
            t++;
        }
        int start = t;
        while (t < limit && t - start < MAX_NOUN_PHRASE && quoteAt[t] < 0
                && (tk.isNounPhraseToken(t) || (tk.isPhrasePreposition(t, start) && t + 1 < limit && tk.isNounPhraseToken(t + 1)))) {
            t++;
        }
        if (t > start && t + 1 < limit && tokens.get(t).text().equals(",") && entityAt[t - 1] == null && entityAt[t + 1] != null
                && entityAt[t + 1].type() == EntityType.PERSON && mentionStart[t + 1]) {
            // "said Assistant Commissioner, Jane Smith.": the name after the comma is the title's holder.
            int end = t + 1;
            while (end + 1 < limit && entityAt[end + 1] == entityAt[t + 1] && !mentionStart[end + 1]) {
                end++;
            }
            if (end + 1 >= limit || tk.isPunctuation(end + 1)) {
                return speakerOf(t + 1, end, from);
            }
        }
        return t > start ? speakerOf(start, t - 1, from) : Optional.empty();
    }

    /**
     * The speaker a noun phrase [first, last] names: a person in it, a pronoun or description
     * resolved to an earlier entity, an organisation or a place (a government), or nothing.
     */
    Optional<Speaker> speakerOf(int first, int last, int cue) {
        while (first <= last && (tk.isPunctuation(first) || tokens.get(first).pos().equals("IN"))) {
            first++;
        }
        while (last >= first && tk.isPunctuation(last)) {
            last--;
        }
        if (first > last) {
            return Optional.empty();
        }
        Span span = new Span(tokens.get(first).span().begin(), tokens.get(last).span().end());
        String words = span.of(text);
        int head = headOf(first, last);
        if (entityAt[last] != null && entityAt[last].type() == EntityType.PERSON) {
            // "Association of Chief Police Officers president Jane Smith": a phrase ending in a name is about that person.
            head = last;
        }
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
            if (headWord.equals("they")) {
                Optional<Speaker> together = jointSpeakerBefore(first);
                return Optional.of(new Speaker(words, span, together.flatMap(Speaker::entity),
                        together.map(Speaker::joint).orElse(List.of())));
            }
            if (SpeechLexicon.BODY_PRONOUNS.contains(headWord)) {
                return Optional.of(new Speaker(words, span, thingBefore(first)));
            }
            return Optional.of(new Speaker(words, span, Optional.empty()));
        }
        if (isEpithet(first, head)) {
            // "the Dutchman said", "the former teacher confirmed": the person the text is about, not a new one.
            Token headToken = tokens.get(head);
            Optional<Gender> g = Epithets.gender(headWord).or(() -> Genders.titleGender(headToken));
            return Optional.of(new Speaker(words, span, personBefore(first, g.orElse(null))));
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
            // "The companies said": a plural is several bodies, never the one named before.
            boolean plural = tokens.get(head).pos().equals("NNS");
            Optional<Entity> body = tk.isDefinite(first) && !plural ? onlyBodyBefore(first, EntityType.ORGANIZATION) : Optional.empty();
            boolean fits = SpeechLexicon.ANY_BODY_NOUNS.contains(headLemma) || body.map(e -> namesNoun(e, headLemma)).orElse(false);
            return Optional.of(new Speaker(words, span, fits ? body : Optional.empty()));
        }
        if (SpeechLexicon.PERSON_NOUNS.contains(headWord) || SpeechLexicon.PERSON_NOUNS.contains(headLemma)) {
            return Optional.of(new Speaker(words, span, tk.isDefinite(first) ? introducedAs(headLemma, first) : Optional.empty()));
        }
        if (SpeechLexicon.FINDING_NOUNS.contains(headLemma)) {
            // "a poll found": a source with no entity; "the Demos report found": the body whose report it is.
            return Optional.of(new Speaker(words, span, bodyModifier(first, head)));
        }
        if (tokens.get(head).pos().startsWith("NN") && !tk.timeLike(head)) {
            // "sources said", "many Democrats say", "the campaign says": a description, named but not resolved.
            return Optional.of(new Speaker(words, span, Optional.empty()));
        }
        return Optional.empty();
    }

    /**
     * A definite description that is an epithet: its head a demonym or epithet noun ("the
     * Irishman"), or a common noun after an epithet modifier ("the former teacher").
     */
    boolean isEpithet(int first, int head) {
        if (!tk.isDefinite(first) || (entityAt[head] != null && entityAt[head].type() == EntityType.PERSON)
                || !tokens.get(head).pos().startsWith("NN")) {
            return false;
        }
        String noun = lower(tokens.get(head).text());
        if (Epithets.isNoun(noun)) {
            return true;
        }
        if (tokens.get(head).pos().startsWith("NNP")) {
            return false;
        }
        for (int t = first + 1; t < head; t++) {
            if (Epithets.isModifier(lower(tokens.get(t).text()))) {
                return true;
            }
        }
        return false;
    }

    /** "Rabbi Jane Smith, founder of ...": after a comma the noun describes the person, who stays the speaker. */
    boolean commaBetween(int from, int to) {
        for (int t = from; t < to; t++) {
            if (tokens.get(t).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** "spokeswoman Jane Smith": a noun right before the person's name is a title, not a head. */
    boolean isTitleOf(int noun, Entity person) {
        return noun + 1 < tokens.size() && entityAt[noun + 1] == person;
    }

    /** Whether an entity's name holds the noun: "the ministry" can be the "Ministry of Transport". */
    static boolean namesNoun(Entity e, String noun) {
        return Names.words(Names.key(e.name())).stream().anyMatch(w -> w.equals(noun) || w.equals(noun + "s"));
    }

    /** The noun the phrase is about: the last noun before any "of/to/for ..." that follows it. */
    int headOf(int first, int last) {
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
    Optional<Entity> lastPersonBefore(int t) {
        String pronoun = lower(tokens.get(t).text());
        return personBefore(t, pronoun.equals("she") ? Gender.FEMALE : Gender.MALE);
    }

    /** As {@link #lastPersonBefore}, for a gender or (null) any: the person of speech or action nearest before t. */
    Optional<Entity> personBefore(int t, Gender wanted) {
        return personBefore(t, wanted, 0);
    }

    /** @param depth how many pronouns this search has gone back through ("He stressed ... he told": the same man) */
    private Optional<Entity> personBefore(int t, Gender wanted, int depth) {
        int minSentence = tokens.get(t).sentence() - 3;
        for (int i = t - 1; i >= 0 && tokens.get(i).sentence() >= minSentence; i--) {
            if (i + 1 < tokens.size() && tokens.get(i).sentence() != tokens.get(i + 1).sentence() && allQuoted(tokens.get(i).sentence())) {
                minSentence--; // a run of quoted sentences is the speaker's, not a sentence that names someone else
            }
            if (unnamedSpeakerEndingAt(i, wanted)) {
                return Optional.empty(); // "a spokeswoman said ... She added": she is not anybody named before
            }
            if (neutralDescriptionEndingAt(i)) {
                minSentence--; // "the Riverside MP" names somebody before it: the search goes on a sentence further
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
            } else if (entityAt[i] == null && (isUnnamedSubject(i) || isDefiniteGenderedSubject(i, wanted))) {
                return Optional.empty();
            } else if (entityAt[i] == null && depth < 2 && wanted != null && isPronounSubject(i, wanted)) {
                return personBefore(i, wanted, depth + 1); // an earlier "he" as a subject stands for the same person
            }
        }
        return Optional.empty();
    }

    /** Whether token i is "he" or "she" of gender g as the subject of its verb, outside a that-clause. */
    boolean isPronounSubject(int i, Gender g) {
        String w = lower(tokens.get(i).text());
        boolean agrees = g == Gender.FEMALE ? w.equals("she") : w.equals("he");
        return agrees && tokens.get(i).pos().equals("PRP") && verbFollows(i + 1, tokens.get(i).sentence()) && !insideThatClause(i);
    }

    /** Whether every word of sentence s is inside a quotation (its marks and punctuation aside). */
    boolean allQuoted(int s) {
        Sentence sentence = doc.sentences().get(s);
        for (int k = sentence.firstToken(); k < sentence.endToken(); k++) {
            if (quoteAt[k] < 0 && !tk.isPunctuation(k)) {
                return false;
            }
        }
        return true;
    }

    Optional<Entity> found(Entity e, Gender g) {
        if (g != null) {
            genders.learn(e, g);
        }
        return Optional.of(e);
    }

    /** The speaker entity of a report whose speaker words end at token i ("..., said Jane Smith"). */
    Entity speakerEndingAt(int i) {
        for (Report r : reports) {
            if (r.speaker().isPresent() && r.speaker().get().entity().filter(e -> e.type() == EntityType.PERSON).isPresent()
                    && r.speaker().get().span().end() == tokens.get(i).span().end()) {
                return r.speaker().get().entity().get();
            }
        }
        return null;
    }

    /**
     * Whether a report's speaker ending at token i is a person's description with no entity that
     * a pronoun of gender {@code wanted} may stand for: an indefinite one ("a spokeswoman"), or a
     * definite one of that gender ("the spokesman ... he added"). A definite description that
     * shows no gender ("the Riverside MP") is another name for a person named before: passed over.
     */
    boolean unnamedSpeakerEndingAt(int i, Gender wanted) {
        return unnamedSpeakerEndingAt(i).map(u -> !u.definite() || u.gender().isPresent()
                && (wanted == null || u.gender().get() == wanted)).orElse(false);
    }

    /** "the Riverside MP told ...": a definite description that shows no gender, passed over by a pronoun's search. */
    boolean neutralDescriptionEndingAt(int i) {
        return unnamedSpeakerEndingAt(i).map(u -> u.definite() && u.gender().isEmpty()).orElse(false);
    }

    /** A speaker that is a person's description with no entity: "a spokeswoman", "the spokesman". */
    private record Unnamed(boolean definite, Optional<Gender> gender) {}

    private Optional<Unnamed> unnamedSpeakerEndingAt(int i) {
        for (Report r : reports) {
            if (r.speaker().isPresent() && r.speaker().get().entity().isEmpty()
                    && r.speaker().get().span().end() == tokens.get(i).span().end()
                    && (SpeechLexicon.PERSON_NOUNS.contains(lower(tokens.get(i).lemma())) || SpeechLexicon.UNNAMED_PERSON_NOUNS.contains(lower(tokens.get(i).lemma())))) {
                int first = i;
                while (first > 0 && tokens.get(first - 1).span().begin() >= r.speaker().get().span().begin()) {
                    first--;
                }
                Optional<Gender> g = Genders.titleGender(tokens.get(i)).or(() -> Epithets.gender(lower(tokens.get(i).text())));
                return Optional.of(new Unnamed(tk.isDefinite(first), g));
            }
        }
        return Optional.empty();
    }

    /** Whether the name starting at token i is followed by its verb, past an apposition or relative clause. */
    boolean isSubjectAt(int i) {
        if (afterPreposition(i) || insideThatClause(i)) {
            return false;
        }
        int end = i;
        while (end + 1 < tokens.size() && entityAt[end + 1] == entityAt[i] && !mentionStart[end + 1]) {
            end++;
        }
        return verbFollows(end + 1, tokens.get(i).sentence());
    }

    /**
     * "He said that any evidence would be looked into and Mr Houston may be interviewed": a name
     * in a clause opened by "that" or "whether" after a verb is in what somebody said or thought,
     * not the subject of the sentence a later pronoun goes back to.
     */
    boolean insideThatClause(int i) {
        for (int k = i - 1; k > 0 && tk.sameSentence(k, i) && quoteAt[k] < 0; k--) {
            if (tokens.get(k).pos().equals("IN") && SpeechLexicon.CONTENT_OPENERS.contains(lower(tokens.get(k).text()))
                    && tokens.get(k - 1).pos().startsWith("VB")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the name at token i (alone or after another name and "and") is the object of a
     * preposition that follows a noun ("Ms Lane, MP for Eastfield and North Vale, believes"), so
     * not the subject of the verb after it. After "as" or "because" a name still opens a clause of its own.
     */
    boolean afterPreposition(int i) {
        int k = i - 1;
        while (k >= 0 && tk.sameSentence(k, i) && (tokens.get(k).pos().startsWith("NNP") || tokens.get(k).pos().equals("CC"))) {
            k--;
        }
        if (k < 1 || !tk.sameSentence(k, i) || !tokens.get(k).pos().equals("IN")) {
            return false;
        }
        return tokens.get(k - 1).pos().startsWith("NN");
    }

    boolean verbFollows(int k, int sentence) {
        int limit = doc.sentences().get(sentence).endToken();
        if (k + 1 < limit && tokens.get(k).text().equals(",") && tokens.get(k + 1).pos().startsWith("VB")) {
            return true; // "His leader, Jane Smith, argued": the name closes an apposition before the verb
        }
        if (k < limit && (tokens.get(k).text().equals(",") || tokens.get(k).text().equals("("))) {
            String close = tokens.get(k).text().equals("(") ? ")" : ",";
            int c = k + 1;
            while (c < Math.min(limit, k + MAX_INSERTION) && !tokens.get(c).text().equals(close)) {
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

    /**
     * "the prime minister's official spokesman urged ... he added": a definite description whose
     * noun shows the pronoun's gender (person-titles.tsv), as the subject of its verb, is whom the
     * pronoun stands for: nobody named, so the search ends with no one rather than a person before.
     */
    boolean isDefiniteGenderedSubject(int i, Gender wanted) {
        Optional<Gender> g = Genders.titleGender(tokens.get(i));
        if (wanted == null || g.isEmpty() || g.get() != wanted || !isPersonNoun(i) || !verbFollows(i + 1, tokens.get(i).sentence())) {
            return false;
        }
        for (int k = i - 1; k >= Math.max(0, i - 6) && tk.sameSentence(k, i); k--) {
            String pos = tokens.get(k).pos();
            if (pos.equals("POS") || pos.equals("PRP$") || lower(tokens.get(k).text()).equals("the")) {
                // "Tom Brown, the spokesman, said": an apposition to the name, which is the subject.
                return !(k > 1 && tokens.get(k - 1).text().equals(",") && entityAt[k - 2] != null);
            }
            if (!pos.startsWith("JJ") && !pos.startsWith("NN")) {
                return false;
            }
        }
        return false;
    }

    /** "another member says", "a spokesman said": a person's noun, unnamed and indefinite, as a subject. */
    boolean isUnnamedSubject(int i) {
        String lemma = lower(tokens.get(i).lemma());
        if (!tokens.get(i).pos().startsWith("NN") || !(SpeechLexicon.PERSON_NOUNS.contains(lemma) || SpeechLexicon.UNNAMED_PERSON_NOUNS.contains(lemma))
                || !verbFollows(i + 1, tokens.get(i).sentence())) {
            return false;
        }
        for (int k = i - 1; k >= Math.max(0, i - 4) && tk.sameSentence(k, i); k--) {
            String w = lower(tokens.get(k).text());
            if (SpeechLexicon.INDEFINITE_DETERMINERS.contains(w)) {
                // "Mr Balls, a prospective Labour MP, said": an apposition describes the person named before it.
                return !(k >= 2 && tokens.get(k - 1).text().equals(",") && entityAt[k - 2] != null
                        && entityAt[k - 2].type() == EntityType.PERSON);
            }
            if (!tokens.get(k).pos().startsWith("JJ") && !tokens.get(k).pos().startsWith("NN")) {
                return false;
            }
        }
        return false;
    }

    /** An organisation named inside a noun phrase before its head: "the Demos report", "a Home Office letter". */
    Optional<Entity> bodyModifier(int first, int head) {
        for (int t = first; t < head; t++) {
            if (entityAt[t] != null && entityAt[t].type() == EntityType.ORGANIZATION) {
                return Optional.of(entityAt[t]);
            }
        }
        return Optional.empty();
    }

    /**
     * What "it" at token t stands for: the nearest subject before it, in this and the two
     * sentences before (quotes aside), that is no person: an organisation named as the subject of
     * its verb, or a body or document noun ("the report", "the lawsuit", "the ministry") as one,
     * which stands for the organisation named inside it or for no entity; with no such subject,
     * the one organisation named there, as before. Never a person, never a guess between two.
     */
    Optional<Entity> thingBefore(int t) {
        int minSentence = tokens.get(t).sentence() - 2;
        for (int i = t - 1; i >= 0 && tokens.get(i).sentence() >= minSentence; i--) {
            if (quoteAt[i] >= 0) {
                continue;
            }
            Optional<Optional<Entity>> spoke = thingSpeakerEndingAt(i);
            if (spoke.isPresent()) {
                return spoke.get();
            }
            Entity e = entityAt[i];
            if (e != null && e.type() == EntityType.ORGANIZATION && mentionStart[i] && isSubjectAt(i)) {
                return Optional.of(e);
            }
            if (e == null && isThingNoun(i) && !tokens.get(i).pos().equals("NNS") && verbFollows(i + 1, tokens.get(i).sentence())
                    && !afterPreposition(i) && !insideThatClause(i)) {
                int first = i;
                while (first > 0 && tk.sameSentence(first - 1, i) && i - first < MAX_NOUN_PHRASE && quoteAt[first - 1] < 0
                        && tk.isNounPhraseToken(first - 1) && !tk.isPunctuation(first - 1)) {
                    first--;
                }
                return bodyModifier(first, i);
            }
        }
        return onlyBodyBefore(t, EntityType.ORGANIZATION);
    }

    /**
     * Whether the commas at {@code open} enclose where a noun before them is from ("Jane Smith, of
     * the union,", "The letter, from the ministry,": {@code apposition-preposition}).
     */
    private boolean isOriginInsertion(int open) {
        return open > 0 && open + 1 < tokens.size() && tokens.get(open - 1).pos().startsWith("NN")
                && SpeechLexicon.APPOSITION_PREPOSITIONS.contains(lower(tokens.get(open + 1).text()));
    }

    /** A body, document or finding noun ("ministry", "report", "letter", "lawsuit"), in the word lists. */
    private boolean isThingNoun(int i) {
        String pos = tokens.get(i).pos();
        String lemma = lower(tokens.get(i).lemma());
        return pos.startsWith("NN") && !pos.startsWith("NNP")
                && (SpeechLexicon.ORGANIZATION_NOUNS.contains(lemma) || SpeechLexicon.FINDING_NOUNS.contains(lemma)
                || SpeechLexicon.DOCUMENT_NOUNS.contains(lemma));
    }

    /** The entity (maybe none) of a report whose speaker ends at token i and is no person nor pronoun; empty when there is none. */
    private Optional<Optional<Entity>> thingSpeakerEndingAt(int i) {
        for (Report r : reports) {
            Optional<Speaker> s = r.speaker();
            if (s.isPresent() && s.get().span().end() == tokens.get(i).span().end()
                    && s.get().entity().map(e -> e.type() != EntityType.PERSON).orElse(isThingNoun(i))) {
                return Optional.of(s.get().entity());
            }
        }
        return Optional.empty();
    }

    /**
     * What "they" at token t stands for: people who said something together ("Jane Smith and Tom
     * Brown wrote ...") as the nearest plural speaker before it, in this and the two sentences
     * before; a speaker that is one person or one document ("the letter said") does not agree in
     * number and is passed over; a plural description nearer ("officials", "the companies") means
     * nobody, as it is no entity. Never one person for "they".
     */
    Optional<Speaker> jointSpeakerBefore(int t) {
        int minSentence = tokens.get(t).sentence() - 2;
        for (int i = t - 1; i >= 0 && tokens.get(i).sentence() >= minSentence; i--) {
            for (Report r : reports) {
                Optional<Speaker> s = r.speaker();
                if (s.isPresent() && s.get().span().end() == tokens.get(i).span().end() && quoteAt[i] < 0) {
                    if (!s.get().joint().isEmpty()) {
                        return s;
                    }
                    if (isPlural(i)) {
                        return Optional.empty(); // "officials said ... They": plural, and no entity
                    }
                    break; // one person or one document ("the letter said"): no antecedent of "they"; look further back
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the word at token i is plural: a plural noun or "they"/"we". */
    private boolean isPlural(int i) {
        String pos = tokens.get(i).pos();
        String w = lower(tokens.get(i).text());
        return pos.equals("NNS") || pos.equals("NNPS") || w.equals("they") || w.equals("we");
    }

    /** The one organisation named in this and the two sentences before; none when there are several. */
    Optional<Entity> onlyBodyBefore(int t, EntityType type) {
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
    Optional<Entity> introducedAs(String noun, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (entityAt[i] == null || entityAt[i].type() != EntityType.PERSON || !mentionStart[i]) {
                continue;
            }
            int end = i;
            while (end + 1 < tokens.size() && entityAt[end + 1] == entityAt[i] && !mentionStart[end + 1]) {
                end++;
            }
            for (int k = i - 1; k >= Math.max(0, i - 5) && tk.sameSentence(k, i) && !tk.isPunctuation(k)
                    && !tokens.get(k).pos().startsWith("VB"); k--) {
                if (lower(tokens.get(k).lemma()).equals(noun)) {
                    return Optional.of(entityAt[i]);
                }
            }
            if (end + 2 < tokens.size() && tokens.get(end + 1).text().equals(",")) {
                for (int k = end + 2; k < Math.min(tokens.size(), end + 5) && tk.sameSentence(k, i); k++) {
                    if (lower(tokens.get(k).lemma()).equals(noun)) {
                        return Optional.of(entityAt[i]);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** For "..., saying ...": the speaker of an earlier report in the sentence, else its first person. */
    Optional<Speaker> previousSpeakerInSentence(Sentence sentence, int cue) {
        for (int i = reports.size() - 1; i >= 0; i--) {
            Report r = reports.get(i);
            if (r.speaker().isPresent() && sentence.span().contains(r.cueSpan())) {
                return r.speaker();
            }
        }
        for (int t = sentence.firstToken(); t < cue; t++) {
            if (quoteAt[t] < 0 && tk.isCue(t)) {
                // "In a statement, he said ..., saying: ...": the earlier cue's subject, resolved as it is.
                Optional<Speaker> subject = subjectOf(t);
                if (subject.isPresent()) {
                    return subject;
                }
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

    /**
     * Whether a speaker can perform a speech act on a noun phrase: a named entity, a pronoun, or
     * a proper noun ("Democrats"), or a description whose head is a person, a body or a study
     * ("critics", "the council", "the report"); "the cases cited ..." is none.
     */
    boolean canSpeak(Speaker speaker) {
        if (speaker.entity().isPresent()) {
            return true;
        }
        int last = tk.tokenBefore(speaker.span().end());
        if (last < 0) {
            return false;
        }
        Token head = tokens.get(last);
        String w = lower(head.text());
        String l = lower(head.lemma());
        return head.pos().equals("PRP") || head.pos().startsWith("W") || head.pos().startsWith("NNP") || SpeechLexicon.PERSON_NOUNS.contains(w)
                || SpeechLexicon.PERSON_NOUNS.contains(l) || SpeechLexicon.ORGANIZATION_NOUNS.contains(w)
                || SpeechLexicon.ORGANIZATION_NOUNS.contains(l) || SpeechLexicon.FINDING_NOUNS.contains(l)
                || SpeechLexicon.DOCUMENT_NOUNS.contains(l);
    }
}
