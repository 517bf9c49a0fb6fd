package org.newskg.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An element's text as the cleaner wants it: one line per block (paragraph, heading, list item,
 * table row, a {@code <div>}'s own text) and per {@code <br>}, spaces collapsed, empty lines left out.
 * Inline markup (links, emphasis, spans) stays inside its line; table cells of a row are joined by
 * a space, so a table that is the article reads row by row.
 */
final class TextLines {
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot",
            "tr", "caption", "figure", "figcaption", "form", "fieldset", "address", "hr", "center", "details",
            "summary", "body", "html", "noscript", "picture", "video", "audio");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private final List<String> out = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();

    private TextLines() {}

    static List<String> of(Element root) {
        TextLines t = new TextLines();
        t.walk(root);
        t.flush();
        return t.out;
    }

    /** Spaces collapsed and trimmed. */
    static String clean(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    private void walk(Node node) {
        if (node instanceof TextNode t) {
            line.append(t.getWholeText());
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = e.normalName().toLowerCase(Locale.ROOT);
        if (tag.equals("br")) {
            flush();
            return;
        }
        if (tag.equals("pre")) {
            flush();
            for (String l : e.wholeText().split("\\R")) {
                line.append(l);
                flush();
            }
            return;
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
            flush();
        } else if (CELLS.contains(tag) || tag.equals("img")) {
            line.append(' ');
        }
        for (Node child : e.childNodes()) {
            walk(child);
        }
        if (block) {
            flush();
        } else if (CELLS.contains(tag)) {
            line.append(' ');
        }
    }

    private void flush() {
        String t = clean(line.toString());
        if (!t.isEmpty()) {
            out.add(t);
        }
        line.setLength(0);
    }
}
