package org.newskg.export;

import java.io.OutputStream;

/** The export formats, each with its writer. */
public enum GraphFormat {
    /** GraphML: yEd, Cytoscape, Gephi, networkx. */
    graphml("graphml"),
    /** GEXF 1.2draft, dynamic: Gephi and its timeline; networkx reads it too. */
    gexf("gexf"),
    /** Cytoscape.js JSON: Cytoscape desktop and Cytoscape.js. */
    cytoscape("cyjs"),
    /** Graphviz DOT. */
    dot("dot");

    private final String extension;

    GraphFormat(String extension) {
        this.extension = extension;
    }

    /** The usual file name extension. */
    public String extension() {
        return extension;
    }

    /** A writer of this format onto {@code out}; the caller closes {@code out} after {@link GraphSink#finish}. */
    public GraphSink writer(OutputStream out, GraphHeader header) {
        return switch (this) {
            case graphml -> new GraphMLWriter(out, header);
            case gexf -> new GexfWriter(out, header);
            case cytoscape -> new CytoscapeJsonWriter(out, header);
            case dot -> new DotWriter(out, header);
        };
    }
}
