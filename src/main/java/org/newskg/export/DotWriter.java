package org.newskg.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Graphviz DOT. Every id and value is a quoted string with quotes and backslashes escaped
 * (Graphviz reads backslash sequences such as \N in labels), the weight becomes the edge's
 * {@code penwidth} (capped, so one heavy edge does not hide the rest) and its integer
 * {@code weight}, and nodes are coloured by type. The other attributes are kept as
 * attributes of their own, which Graphviz carries along and ignores.
 */
public final class DotWriter implements GraphSink {
    /** Longest label drawn; the full text stays in the tooltip. */
    static final int MAX_LABEL = 48;
    static final double MAX_PENWIDTH = 8;

    private final Writer out;
    private final GraphHeader header;
    private boolean edges;

    public DotWriter(OutputStream out, GraphHeader header) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.header = header;
    }

    @Override
    public void start() {
        write((header.directed() ? "digraph " : "graph ") + quote(header.name()) + " {\n"
                + "  graph [overlap=false, splines=true, outputorder=edgesfirst, fontname=\"Helvetica\"];\n"
                + "  node [shape=ellipse, style=filled, fillcolor=\"#eeeeee\", fontname=\"Helvetica\", fontsize=11];\n"
                + "  edge [color=\"#55555599\"];\n");
    }

    @Override
    public void node(GraphNode node) {
        if (edges) {
            throw new IllegalStateException("node after the first edge: " + node.id());
        }
        StringBuilder sb = new StringBuilder("  ").append(quote(node.id())).append(" [");
        attr(sb, "label", shorten(node.label()));
        attr(sb, "tooltip", node.label() + "\n" + node.id());
        style(sb, node.type());
        attr(sb, "type", node.type());
        attr(sb, "mentions", Long.toString(node.mentions()));
        attr(sb, "articles", Long.toString(node.articles()));
        optional(sb, "first", node.first());
        optional(sb, "last", node.last());
        write(sb.append("];\n").toString());
    }

    @Override
    public void edge(GraphEdge edge) {
        edges = true;
        StringBuilder sb = new StringBuilder("  ").append(quote(edge.source()))
                .append(header.directed() ? " -> " : " -- ").append(quote(edge.target())).append(" [");
        attr(sb, "relation", edge.relation());
        // dot wants an integer weight of at least 0.
        attr(sb, "weight", Long.toString(Math.max(0, Math.round(edge.weight()))));
        attr(sb, "penwidth", GraphSinks.number(Math.max(0.5, Math.min(MAX_PENWIDTH, edge.weight()))));
        optional(sb, "label", edge.label().map(DotWriter::shorten));
        optional(sb, "first", edge.first());
        optional(sb, "last", edge.last());
        write(sb.append("];\n").toString());
    }

    @Override
    public void finish() {
        write("}\n");
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void style(StringBuilder sb, String type) {
        switch (type) {
            case "person" -> attr(sb, "fillcolor", "#a6cee3");
            case "organization" -> attr(sb, "fillcolor", "#fdbf6f");
            case "place" -> attr(sb, "fillcolor", "#b2df8a");
            case "statement" -> {
                attr(sb, "shape", "box");
                attr(sb, "fillcolor", "#f0f0f0");
            }
            default -> { }
        }
    }

    private static void optional(StringBuilder sb, String name, Optional<String> value) {
        value.ifPresent(v -> attr(sb, name, v));
    }

    private static void attr(StringBuilder sb, String name, String value) {
        if (sb.charAt(sb.length() - 1) != '[') {
            sb.append(", ");
        }
        sb.append(name).append('=').append(quote(value));
    }

    static String shorten(String label) {
        String oneLine = label.replaceAll("\\s+", " ").strip();
        if (oneLine.codePointCount(0, oneLine.length()) <= MAX_LABEL) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, MAX_LABEL - 1)).strip() + "\u2026";
    }

    /** A DOT double-quoted string: backslashes and quotes escaped, line breaks as \n, other controls dropped. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> { }
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
