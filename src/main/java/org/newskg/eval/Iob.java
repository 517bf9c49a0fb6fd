package org.newskg.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads entities off a sentence's IOB tags with the rules of the CoNLL shared task's conlleval
 * script, so that IOB1 ("I-PER I-PER", with B- only between two entities of one type) and IOB2
 * (every entity opens with B-) give the same entities.
 */
public final class Iob {
    private Iob() {}

    /** True for "O" and for "B-X" or "I-X" with a non-empty type X. */
    public static boolean isValid(String tag) {
        return tag.equals("O") || (tag.length() > 2 && (tag.startsWith("B-") || tag.startsWith("I-")));
    }

    public static List<NerSpan> spans(List<String> tags) {
        List<NerSpan> out = new ArrayList<>();
        String prevTag = "O";
        String prevType = "";
        int start = -1;
        for (int i = 0; i <= tags.size(); i++) {
            // A trailing "O" closes an entity at the sentence end, as conlleval's blank line does.
            String label = i < tags.size() ? tags.get(i) : "O";
            if (!isValid(label)) {
                throw new IllegalArgumentException("not an IOB tag: " + label);
            }
            String tag = label.substring(0, 1);
            String type = label.length() > 2 ? label.substring(2) : "";
            if (start >= 0 && endOfChunk(prevTag, tag, prevType, type)) {
                out.add(new NerSpan(prevType, start, i));
                start = -1;
            }
            if (startOfChunk(prevTag, tag, prevType, type)) {
                start = i;
            }
            prevTag = tag;
            prevType = type;
        }
        return out;
    }

    // conlleval's endOfChunk and startOfChunk, restricted to the B/I/O tags CoNLL-2003 uses.
    private static boolean endOfChunk(String prevTag, String tag, String prevType, String type) {
        if (prevTag.equals("O")) {
            return false;
        }
        return tag.equals("B") || tag.equals("O") || !prevType.equals(type);
    }

    private static boolean startOfChunk(String prevTag, String tag, String prevType, String type) {
        if (tag.equals("O")) {
            return false;
        }
        return tag.equals("B") || prevTag.equals("O") || !prevType.equals(type);
    }
}
