package org.newskg.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newskg.core.Issue;
import org.newskg.source.FieldMapping.Field;

/**
 * Reads a JSON Lines export ({@code .jsonl}, {@code .ndjson}): one JSON object per line, one
 * article per object, its fields named as {@link FieldMapping} says. A line that is not a JSON
 * object, or has no text, is an issue with its line number; the rest goes on.
 */
public final class JsonLinesReader implements ArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FieldMapping mapping;

    public JsonLinesReader(FieldMapping mapping) {
        this.mapping = mapping;
    }

    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public boolean accepts(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    @Override
    public void read(Path file, ArticleSink sink) {
        String source = file.toString();
        try (BufferedReader in = CsvReader.lenientUtf8(file)) {
            String line;
            long number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                read(source, number, line, sink);
            }
        } catch (AccessDeniedException e) {
            sink.issue(Issue.error(source, "source", "permission denied"));
        } catch (IOException | UncheckedIOException e) {
            sink.issue(Issue.error(source, "source", "cannot read: " + CsvReader.reason(e)));
        }
    }

    private void read(String source, long number, String line, ArticleSink sink) {
        String locator = "line " + number;
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            sink.issue(new Issue(Issue.Severity.ERROR, source, locator, "source", "not JSON: " + e.getOriginalMessage()));
            return;
        }
        if (node == null || !node.isObject()) {
            sink.issue(new Issue(Issue.Severity.ERROR, source, locator, "source", "not a JSON object"));
            return;
        }
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        Map<Field, String> fields = mapping.resolve(names);
        String text = fields.containsKey(Field.TEXT) ? value(node.get(fields.get(Field.TEXT))) : null;
        if (text == null || text.isBlank()) {
            sink.issue(new Issue(Issue.Severity.ERROR, source, locator, "source",
                    "no text field (looked for " + mapping.lookedFor(Field.TEXT) + "; name it with --map text=FIELD)"));
            return;
        }
        if (text.indexOf('\uFFFD') >= 0) {
            sink.issue(new Issue(Issue.Severity.WARNING, source, locator, "source", CsvReader.REPLACED));
        }
        sink.article(new RawArticle(source + "#line=" + number, text,
                FieldMapping.hints(fields, name -> value(node.get(name)))));
    }

    /** A field's text: strings as they are, numbers as written, lists of strings (authors) joined. */
    private static String value(JsonNode v) {
        if (v == null || v.isNull() || v.isObject()) {
            return null;
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(e -> {
                if (e.isValueNode()) {
                    parts.add(e.asText());
                }
            });
            return parts.isEmpty() ? null : String.join(", ", parts);
        }
        return v.asText();
    }
}
