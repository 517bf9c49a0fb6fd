package org.newskg.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One MEANTIME article's gold events: each EVENT_MENTION with its tokens and predicate, the
 * cross-document instance it refers to, its participants (HAS_PARTICIPANT) and the time
 * expressions it is anchored to (TLINK), and the document creation time.
 *
 * @param id        the document id
 * @param sentences the tokens of each sentence (sentence 0 is the headline, 1 the date line)
 * @param created   the document creation time (the TIMEX3 whose function is CREATION_TIME)
 * @param events    the gold event mentions, in token order
 */
public record MeantimeEvents(String id, List<List<String>> sentences, Optional<LocalDate> created, List<Gold> events) {

    /**
     * MEANTIME annotates every event mention in the headline and the first sentences of the body
     * (sentences 0 to 5, with the date line as 1); later sentences carry only mentions of the
     * events the cross-document annotation follows.
     */
    public static final int ANNOTATED_SENTENCES = 6;

    /** TLINK relations that put an event at (not before or after) a time. */
    private static final Set<String> AT_TIME = Set.of("INCLUDES", "IS_INCLUDED", "SIMULTANEOUS", "DURING", "BEGINS",
            "ENDS", "BEGUN_BY", "ENDED_BY", "IDENTITY");

    public MeantimeEvents {
        sentences = List.copyOf(sentences.stream().map(List::copyOf).toList());
        events = List.copyOf(events);
    }

    /**
     * A gold event mention: tokens {@code [first, last]} counted over the document from 0.
     *
     * @param pred         its predicate (lemma), lower case
     * @param instance     the cross-document instance, or a document-local id
     * @param participants its participants that are people, organisations or places
     * @param times        the TIMEX3 values it is anchored to
     */
    public record Gold(int first, int last, int sentence, String pred, String instance, List<Argument> participants,
            List<String> times) {
        public Gold {
            participants = List.copyOf(participants);
            times = List.copyOf(times);
        }
    }

    /** A participant's mention: tokens {@code [first, last]}, PER, ORG or LOC, its PropBank role. */
    public record Argument(int first, int last, String type, String role) {}

    public static MeantimeEvents read(Path file) throws IOException {
        Element root = MeantimeReader.parse(file);
        String docId = root.getAttribute("doc_id");
        List<List<String>> sentences = new ArrayList<>();
        Map<String, Integer> tokenIndex = new HashMap<>();
        MeantimeReader.tokens(root, sentences, tokenIndex);
        List<Integer> sentenceOf = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            for (int t = 0; t < sentences.get(s).size(); t++) {
                sentenceOf.add(s);
            }
        }
        Map<String, int[]> spans = new HashMap<>();
        for (String tag : List.of("ENTITY_MENTION", "EVENT_MENTION")) {
            NodeList ms = root.getElementsByTagName(tag);
            for (int i = 0; i < ms.getLength(); i++) {
                Element m = (Element) ms.item(i);
                int[] span = span(m, tokenIndex);
                if (span != null) {
                    spans.put(m.getAttribute("m_id"), span);
                }
            }
        }
        Map<String, String> values = new HashMap<>();
        Optional<LocalDate> created = Optional.empty();
        NodeList timexes = root.getElementsByTagName("TIMEX3");
        for (int i = 0; i < timexes.getLength(); i++) {
            Element t = (Element) timexes.item(i);
            values.put(t.getAttribute("m_id"), t.getAttribute("value"));
            if (t.getAttribute("functionInDocument").equals("CREATION_TIME")) {
                created = date(t.getAttribute("value"));
            }
        }
        // Instances: ENTITY and EVENT elements, which REFERS_TO relations point mentions at.
        Map<String, String[]> instances = new HashMap<>(); // m_id -> {type, instance}
        for (String tag : List.of("ENTITY", "EVENT")) {
            NodeList is = root.getElementsByTagName(tag);
            for (int i = 0; i < is.getLength(); i++) {
                Element e = (Element) is.item(i);
                String instance = e.getAttribute("instance_id");
                String id = e.getAttribute("m_id");
                instances.put(id, new String[] {e.getAttribute("ent_type"), instance.isEmpty() ? docId + "#" + id : instance});
            }
        }
        Map<String, String[]> instanceOf = new HashMap<>(); // mention m_id -> {type, instance}
        for (Element r : elements(root, "REFERS_TO")) {
            String[] target = instances.get(((Element) r.getElementsByTagName("target").item(0)).getAttribute("m_id"));
            if (target != null) {
                for (Element s : elements(r, "source")) {
                    instanceOf.put(s.getAttribute("m_id"), target);
                }
            }
        }
        Map<String, List<Argument>> participants = new HashMap<>();
        for (Element r : elements(root, "HAS_PARTICIPANT")) {
            String event = endpoint(r, "source");
            String entity = endpoint(r, "target");
            int[] span = spans.get(entity);
            String[] inst = instanceOf.get(entity);
            if (span != null && inst != null && MeantimeReader.TYPES.contains(inst[0])) {
                participants.computeIfAbsent(event, k -> new ArrayList<>())
                        .add(new Argument(span[0], span[1], inst[0], r.getAttribute("sem_role")));
            }
        }
        Map<String, List<String>> times = new HashMap<>();
        for (Element r : elements(root, "TLINK")) {
            if (!AT_TIME.contains(r.getAttribute("reltype"))) {
                continue;
            }
            String a = endpoint(r, "source");
            String b = endpoint(r, "target");
            if (values.containsKey(a) && !values.containsKey(b)) {
                times.computeIfAbsent(b, k -> new ArrayList<>()).add(values.get(a));
            } else if (values.containsKey(b) && !values.containsKey(a)) {
                times.computeIfAbsent(a, k -> new ArrayList<>()).add(values.get(b));
            }
        }
        List<Gold> events = new ArrayList<>();
        NodeList ms = root.getElementsByTagName("EVENT_MENTION");
        for (int i = 0; i < ms.getLength(); i++) {
            Element m = (Element) ms.item(i);
            String id = m.getAttribute("m_id");
            int[] span = spans.get(id);
            if (span == null) {
                continue;
            }
            String[] inst = instanceOf.get(id);
            events.add(new Gold(span[0], span[1], sentenceOf.get(span[0]), m.getAttribute("pred").toLowerCase(java.util.Locale.ROOT),
                    inst == null ? docId + "#" + id : inst[1], participants.getOrDefault(id, List.of()),
                    times.getOrDefault(id, List.of())));
        }
        events.sort((x, y) -> Integer.compare(x.first(), y.first()));
        return new MeantimeEvents(docId, sentences, created, events);
    }

    private static int[] span(Element m, Map<String, Integer> tokenIndex) {
        NodeList anchors = m.getElementsByTagName("token_anchor");
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (int a = 0; a < anchors.getLength(); a++) {
            Integer t = tokenIndex.get(((Element) anchors.item(a)).getAttribute("t_id"));
            if (t != null) {
                first = Math.min(first, t);
                last = Math.max(last, t);
            }
        }
        return last < 0 ? null : new int[] {first, last};
    }

    private static String endpoint(Element relation, String tag) {
        NodeList n = relation.getElementsByTagName(tag);
        return n.getLength() == 0 ? "" : ((Element) n.item(0)).getAttribute("m_id");
    }

    private static List<Element> elements(Element parent, String tag) {
        NodeList n = parent.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < n.getLength(); i++) {
            out.add((Element) n.item(i));
        }
        return out;
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return value.length() >= 10 ? Optional.of(LocalDate.parse(value.substring(0, 10))) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
