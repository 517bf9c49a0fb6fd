package org.newskg.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads MEANTIME's NAF-like XML (MEANTIME_NWR.xsd): tokens with their sentence, ENTITY_MENTION
 * markables anchored on tokens, ENTITY instances with a type and, in the cross-document
 * annotation, an {@code instance_id}; REFERS_TO relations from mentions to their entity.
 */
public final class MeantimeReader {
    /** Entity types kept: the ones newskg extracts (products, financial entities and mixtures are not). */
    static final Set<String> TYPES = Set.of("PER", "ORG", "LOC");

    private MeantimeReader() {}

    /** Every .xml file under a folder, in path order. */
    public static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("not a folder: " + dir);
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".xml") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    /** A MEANTIME file's XML, parsed without doctype or external entities. */
    static Element parse(Path file) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document xml = f.newDocumentBuilder().parse(file.toFile());
            return xml.getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(file + ": not MEANTIME XML: " + e.getMessage(), e);
        }
    }

    /** The tokens of each sentence into {@code sentences}, and each token's index by its t_id into {@code tokenIndex}. */
    static void tokens(Element root, List<List<String>> sentences, Map<String, Integer> tokenIndex) {
        NodeList tokens = root.getElementsByTagName("token");
        for (int i = 0; i < tokens.getLength(); i++) {
            Element t = (Element) tokens.item(i);
            int sentence = Integer.parseInt(t.getAttribute("sentence"));
            while (sentences.size() <= sentence) {
                sentences.add(new ArrayList<>());
            }
            sentences.get(sentence).add(t.getTextContent());
            tokenIndex.put(t.getAttribute("t_id"), i);
        }
    }

    public static MeantimeDocument read(Path file) throws IOException {
        Element root = parse(file);
        String docId = root.getAttribute("doc_id");

        List<List<String>> sentences = new ArrayList<>();
        Map<String, Integer> tokenIndex = new HashMap<>();
        tokens(root, sentences, tokenIndex);

        Map<String, int[]> mentionTokens = new HashMap<>();
        NodeList mentions = root.getElementsByTagName("ENTITY_MENTION");
        for (int i = 0; i < mentions.getLength(); i++) {
            Element m = (Element) mentions.item(i);
            NodeList anchors = m.getElementsByTagName("token_anchor");
            int first = Integer.MAX_VALUE;
            int last = -1;
            for (int a = 0; a < anchors.getLength(); a++) {
                Integer t = tokenIndex.get(((Element) anchors.item(a)).getAttribute("t_id"));
                if (t == null) {
                    throw new IOException(file + ": mention " + m.getAttribute("m_id") + " is anchored on an unknown token");
                }
                first = Math.min(first, t);
                last = Math.max(last, t);
            }
            if (last >= 0) {
                mentionTokens.put(m.getAttribute("m_id"), new int[] {first, last});
            }
        }

        Map<String, String[]> entities = new HashMap<>(); // m_id -> {type, instance}
        Map<String, String> links = new HashMap<>();
        NodeList ents = root.getElementsByTagName("ENTITY");
        for (int i = 0; i < ents.getLength(); i++) {
            Element e = (Element) ents.item(i);
            String instance = e.getAttribute("instance_id");
            String id = e.getAttribute("m_id");
            entities.put(id, new String[] {e.getAttribute("ent_type"), instance.isEmpty() ? docId + "#" + id : instance});
            if (!instance.isEmpty() && !e.getAttribute("external_ref").isBlank()) {
                links.put(instance, e.getAttribute("external_ref").strip());
            }
        }

        List<MeantimeDocument.Mention> gold = new ArrayList<>();
        NodeList refers = root.getElementsByTagName("REFERS_TO");
        for (int i = 0; i < refers.getLength(); i++) {
            Element r = (Element) refers.item(i);
            NodeList targets = r.getElementsByTagName("target");
            if (targets.getLength() != 1) {
                continue;
            }
            String[] entity = entities.get(((Element) targets.item(0)).getAttribute("m_id"));
            if (entity == null || !TYPES.contains(entity[0])) {
                continue; // an event, or a type newskg does not extract
            }
            NodeList sources = r.getElementsByTagName("source");
            for (int s = 0; s < sources.getLength(); s++) {
                int[] span = mentionTokens.get(((Element) sources.item(s)).getAttribute("m_id"));
                if (span != null) {
                    gold.add(new MeantimeDocument.Mention(span[0], span[1], entity[0], entity[1]));
                }
            }
        }
        gold.sort((a, b) -> a.first() != b.first() ? Integer.compare(a.first(), b.first()) : Integer.compare(a.last(), b.last()));
        return new MeantimeDocument(docId, sentences, gold, links);
    }
}
