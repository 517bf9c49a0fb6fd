package org.newskg.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A gold corpus's tokens as one text for the product's pretokenised pipeline: tokens joined by a
 * space, sentences by a newline; and back from a character offset to the token that holds it.
 *
 * @param text   the text
 * @param starts the first character of each token, counted over the document from 0
 */
record PretokenizedText(String text, int[] starts) {

    static PretokenizedText of(List<List<String>> sentences) {
        StringBuilder text = new StringBuilder();
        List<Integer> begins = new ArrayList<>();
        for (List<String> sentence : sentences) {
            if (text.length() > 0) {
                text.append('\n');
            }
            for (int t = 0; t < sentence.size(); t++) {
                if (t > 0) {
                    text.append(' ');
                }
                begins.add(text.length());
                text.append(sentence.get(t));
            }
        }
        return new PretokenizedText(text.toString(), begins.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The token holding a character offset. */
    int tokenAt(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }
}
