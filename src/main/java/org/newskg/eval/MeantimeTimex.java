package org.newskg.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.core.Span;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A MEANTIME document's time expressions as a {@link TimemlDocument}, so that {@code evaluate timex} scores
 * them as it scores TempEval-3: the text is the sentences MEANTIME annotates fully (the headline and the
 * first sentences of the body), tokens joined by spaces and sentences by newlines, without the date line
 * that is the document creation time (TempEval-3 keeps that outside the text and does not score it).
 */
public final class MeantimeTimex {
    private MeantimeTimex() {}

    public static TimemlDocument read(Path file) throws IOException {
        Element root = MeantimeReader.parse(file);
        List<List<String>> sentences = new ArrayList<>();
        Map<String, Integer> tokenIndex = new HashMap<>();
        MeantimeReader.tokens(root, sentences, tokenIndex);
        List<Element> timexes = new ArrayList<>();
        NodeList all = root.getElementsByTagName("TIMEX3");
        for (int i = 0; i < all.getLength(); i++) {
            timexes.add((Element) all.item(i));
        }
        Optional<LocalDate> created = Optional.empty();
        Set<Integer> creationTokens = new HashSet<>();
        for (Element t : timexes) {
            if (t.getAttribute("functionInDocument").equals("CREATION_TIME")) {
                created = day(t.getAttribute("value"));
                anchors(t, tokenIndex).forEach(creationTokens::add);
            }
        }
        // Keep sentences 0 .. ANNOTATED_SENTENCES-1, less one made only of the creation time's tokens.
        List<List<String>> kept = new ArrayList<>();
        Map<Integer, Integer> keptIndex = new HashMap<>(); // document token -> token of the kept text
        int token = 0;
        for (int s = 0; s < sentences.size(); s++) {
            int first = token;
            token += sentences.get(s).size();
            boolean dateLine = true;
            for (int t = first; t < token; t++) {
                dateLine &= creationTokens.contains(t);
            }
            if (s >= MeantimeEvents.ANNOTATED_SENTENCES || dateLine) {
                continue;
            }
            int base = kept.stream().mapToInt(List::size).sum();
            for (int t = first; t < token; t++) {
                keptIndex.put(t, base + t - first);
            }
            kept.add(sentences.get(s));
        }
        PretokenizedText text = PretokenizedText.of(kept);
        List<String> words = kept.stream().flatMap(List::stream).toList();
        List<TimemlDocument.Timex> gold = new ArrayList<>();
        for (Element t : timexes) {
            List<Integer> tokens = anchors(t, tokenIndex);
            if (tokens.isEmpty() || t.getAttribute("functionInDocument").equals("CREATION_TIME")
                    || !tokens.stream().allMatch(keptIndex::containsKey)) {
                continue;
            }
            int first = keptIndex.get(tokens.get(0));
            int last = keptIndex.get(tokens.get(tokens.size() - 1));
            int end = text.starts()[last] + words.get(last).length();
            Span span = new Span(text.starts()[first], end);
            gold.add(new TimemlDocument.Timex("t" + t.getAttribute("m_id"), span, span.of(text.text()),
                    t.getAttribute("type"), t.getAttribute("value")));
        }
        gold.sort((a, b) -> Integer.compare(a.span().begin(), b.span().begin()));
        String name = file.getFileName().toString();
        return new TimemlDocument(name, text.text(), created, gold);
    }

    /** The document indexes of an element's tokens, in order. */
    private static List<Integer> anchors(Element e, Map<String, Integer> tokenIndex) {
        List<Integer> out = new ArrayList<>();
        NodeList as = e.getElementsByTagName("token_anchor");
        for (int i = 0; i < as.getLength(); i++) {
            Integer t = tokenIndex.get(((Element) as.item(i)).getAttribute("t_id"));
            if (t != null) {
                out.add(t);
            }
        }
        out.sort(Integer::compare);
        return out;
    }

    private static Optional<LocalDate> day(String value) {
        try {
            return value.length() >= 10 ? Optional.of(LocalDate.parse(value.substring(0, 10))) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
