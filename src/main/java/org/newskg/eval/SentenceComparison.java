package org.newskg.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gold and system entities of one sentence, compared as conlleval does: an entity is correct
 * only when the other side has one of the same type over exactly the same tokens.
 *
 * @param gold      the gold entities
 * @param predicted the system's entities
 * @param correct   predicted entities that are correct
 * @param missed    gold entities with no correct counterpart (false negatives)
 * @param spurious  predicted entities that are not correct (false positives)
 */
public record SentenceComparison(
        List<NerSpan> gold, List<NerSpan> predicted, List<NerSpan> correct, List<NerSpan> missed, List<NerSpan> spurious) {

    public SentenceComparison {
        gold = List.copyOf(gold);
        predicted = List.copyOf(predicted);
        correct = List.copyOf(correct);
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
    }

    public static SentenceComparison of(List<NerSpan> gold, List<NerSpan> predicted) {
        Set<NerSpan> goldSet = new HashSet<>(gold);
        Set<NerSpan> predictedSet = new HashSet<>(predicted);
        List<NerSpan> correct = new ArrayList<>();
        List<NerSpan> spurious = new ArrayList<>();
        for (NerSpan p : predicted) {
            (goldSet.contains(p) ? correct : spurious).add(p);
        }
        List<NerSpan> missed = gold.stream().filter(g -> !predictedSet.contains(g)).toList();
        return new SentenceComparison(gold, predicted, correct, missed, spurious);
    }

    public boolean hasErrors() {
        return !missed.isEmpty() || !spurious.isEmpty();
    }
}
