package org.newskg.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Cytoscape.js JSON ({@code {"data": {...}, "elements": {"nodes": [{"data": {...}}], "edges": [...]}}}),
 * which Cytoscape desktop imports as a network and Cytoscape.js loads as it is. Written with
 * Jackson's streaming generator, already on the classpath, so nothing is held in memory.
 */
public final class CytoscapeJsonWriter implements GraphSink {
    private enum Section { NONE, NODES, EDGES }

    private final JsonGenerator json;
    private final GraphHeader header;
    private Section section = Section.NONE;
    private long edges;

    public CytoscapeJsonWriter(OutputStream out, GraphHeader header) {
        try {
            this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .useDefaultPrettyPrinter();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.header = header;
    }

    @Override
    public void start() {
        io(() -> {
            json.writeStartObject();
            json.writeObjectFieldStart("data");
            json.writeStringField("name", header.name());
            json.writeBooleanField("directed", header.directed());
            json.writeEndObject();
            json.writeObjectFieldStart("elements");
        });
    }

    @Override
    public void node(GraphNode node) {
        if (section == Section.EDGES) {
            throw new IllegalStateException("node after the first edge: " + node.id());
        }
        io(() -> {
            if (section == Section.NONE) {
                json.writeArrayFieldStart("nodes");
                section = Section.NODES;
            }
            json.writeStartObject();
            json.writeObjectFieldStart("data");
            json.writeStringField("id", node.id());
            json.writeStringField("label", node.label());
            json.writeStringField("iri", node.id());
            json.writeStringField("type", node.type());
            json.writeNumberField("mentions", node.mentions());
            json.writeNumberField("articles", node.articles());
            optional("first", node.first());
            optional("last", node.last());
            json.writeEndObject();
            json.writeEndObject();
        });
    }

    @Override
    public void edge(GraphEdge edge) {
        io(() -> {
            if (section != Section.EDGES) {
                if (section == Section.NONE) {
                    json.writeArrayFieldStart("nodes");
                }
                json.writeEndArray();
                json.writeArrayFieldStart("edges");
                section = Section.EDGES;
            }
            json.writeStartObject();
            json.writeObjectFieldStart("data");
            json.writeStringField("id", "e" + edges++);
            json.writeStringField("source", edge.source());
            json.writeStringField("target", edge.target());
            json.writeStringField("relation", edge.relation());
            if (edge.weight() == Math.rint(edge.weight())) {
                json.writeNumberField("weight", (long) edge.weight());
            } else {
                json.writeNumberField("weight", edge.weight());
            }
            optional("label", edge.label());
            optional("first", edge.first());
            optional("last", edge.last());
            json.writeEndObject();
            json.writeEndObject();
        });
    }

    private void optional(String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(field, value.get());
        }
    }

    @Override
    public void finish() {
        io(() -> {
            // Both arrays are always there, also for an empty graph.
            if (section == Section.NONE) {
                json.writeArrayFieldStart("nodes");
                section = Section.NODES;
            }
            if (section == Section.NODES) {
                json.writeEndArray();
                json.writeArrayFieldStart("edges");
            }
            json.writeEndArray();
            json.writeEndObject(); // elements
            json.writeEndObject();
            json.writeRaw('\n');
            json.close();
        });
    }

    private interface JsonAction {
        void run() throws IOException;
    }

    private static void io(JsonAction a) {
        try {
            a.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
