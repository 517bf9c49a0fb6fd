package org.newskg.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newskg.core.Span;

/**
 * Reads brat standoff annotations. {@code T} and {@code E} lines are read; notes ({@code #}),
 * attributes ({@code A}, {@code M}), relations ({@code R}, {@code *}) and normalisations
 * ({@code N}) are skipped, since attribution scoring needs none of them. Anything else, a
 * malformed line, a duplicate id or an event naming an unknown id is a
 * {@link BratFormatException} with the file and line.
 */
public final class BratReader {
    private BratReader() {}

    public static BratDocument parse(String source, String content) {
        Map<String, BratDocument.TextBound> textBounds = new LinkedHashMap<>();
        List<BratDocument.Event> events = new ArrayList<>();
        List<String> lines = content.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNo = i + 1;
            if (line.isBlank()) {
                continue;
            }
            switch (line.charAt(0)) {
                case 'T' -> {
                    BratDocument.TextBound t = textBound(source, lineNo, line);
                    if (textBounds.put(t.id(), t) != null) {
                        throw new BratFormatException(source, lineNo, "duplicate id " + t.id());
                    }
                }
                case 'E' -> events.add(event(source, lineNo, line));
                case '#', 'A', 'M', 'R', '*', 'N' -> { }
                default -> throw new BratFormatException(source, lineNo, "unknown annotation kind: " + abbreviate(line));
            }
        }
        for (BratDocument.Event e : events) {
            check(source, e, e.trigger(), textBounds);
            for (BratDocument.Argument a : e.arguments()) {
                check(source, e, a.id(), textBounds);
            }
        }
        return new BratDocument(source, textBounds, events);
    }

    private static void check(String source, BratDocument.Event e, String id, Map<String, BratDocument.TextBound> textBounds) {
        if (!textBounds.containsKey(id)) {
            throw new BratFormatException(source, e.line(), "event " + e.id() + " names " + id + ", which is no text-bound annotation");
        }
    }

    private static BratDocument.TextBound textBound(String source, int lineNo, String line) {
        String[] cols = line.split("\t", -1);
        if (cols.length != 3) {
            throw new BratFormatException(source, lineNo, "expected 3 tab-separated columns (id, type and offsets, text), found "
                    + cols.length + ": " + abbreviate(line));
        }
        String[] typeAndRanges = cols[1].split(" ", 2);
        if (typeAndRanges.length != 2 || typeAndRanges[0].isEmpty()) {
            throw new BratFormatException(source, lineNo, "expected 'Type start end' in " + cols[0] + ": " + cols[1]);
        }
        List<Span> spans = new ArrayList<>();
        for (String range : typeAndRanges[1].split(";", -1)) {
            String[] ends = range.trim().split(" ");
            try {
                if (ends.length != 2) {
                    throw new NumberFormatException();
                }
                int begin = Integer.parseInt(ends[0]);
                int end = Integer.parseInt(ends[1]);
                if (begin < 0 || end < begin) {
                    throw new BratFormatException(source, lineNo, "bad character range '" + range + "' in " + cols[0]
                            + " (a range must be 0 <= start <= end)");
                }
                // Ranges need not come in text order (PolNeAR has a few that do not).
                spans.add(new Span(begin, end));
            } catch (NumberFormatException e) {
                throw new BratFormatException(source, lineNo, "expected 'start end' offsets, found '" + range + "' in " + cols[0]);
            }
        }
        return new BratDocument.TextBound(cols[0], typeAndRanges[0], spans, cols[2], lineNo);
    }

    private static BratDocument.Event event(String source, int lineNo, String line) {
        String[] cols = line.split("\t", -1);
        if (cols.length != 2) {
            throw new BratFormatException(source, lineNo, "expected 2 tab-separated columns (id, Type:Tid Role:Tid ...), found "
                    + cols.length + ": " + abbreviate(line));
        }
        String[] parts = cols[1].trim().split(" +");
        String[] trigger = roleAndId(source, lineNo, cols[0], parts[0]);
        List<BratDocument.Argument> arguments = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String[] a = roleAndId(source, lineNo, cols[0], parts[i]);
            arguments.add(new BratDocument.Argument(a[0], a[1]));
        }
        return new BratDocument.Event(cols[0], trigger[0], trigger[1], arguments, lineNo);
    }

    private static String[] roleAndId(String source, int lineNo, String eventId, String part) {
        int colon = part.lastIndexOf(':');
        if (colon <= 0 || colon == part.length() - 1) {
            throw new BratFormatException(source, lineNo, "expected Role:Id in event " + eventId + ", found '" + part + "'");
        }
        return new String[] {part.substring(0, colon), part.substring(colon + 1)};
    }

    private static String abbreviate(String line) {
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }
}
