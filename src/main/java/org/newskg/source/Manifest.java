package org.newskg.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.newskg.clean.ArticleMetadata;
import org.newskg.core.Issue;
import org.newskg.source.FieldMapping.Field;

/**
 * Metadata the user gives for input files that do not state it themselves: a CSV file with a
 * header row, or JSON Lines ({@code .jsonl}, {@code .ndjson}, or any file whose first character
 * is '{'), one row per file. The file is named in a {@code path}, {@code file} or {@code filename}
 * column, relative to the manifest's folder or absolute; the other columns are found by the names
 * {@link FieldMapping#DEFAULT} knows (title, url, published, publisher, author). Empty cells are
 * no value. A broken row, or a value that does not parse, is a warning with its line; the rest is used.
 */
public final class Manifest {
    private static final List<String> KEYS = List.of("path", "file", "filename");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();

    /** One row: where it is in the manifest, the file as written and as resolved, and its hints. */
    public record Entry(long line, String file, Path path, ArticleMetadata hints) {}

    /** No manifest: no hints and nothing to report. */
    public static final Manifest NONE = new Manifest("", List.of(), List.of());

    private final String source;
    private final List<Entry> entries;
    private final List<Issue> issues;

    private Manifest(String source, List<Entry> entries, List<Issue> issues) {
        this.source = source;
        this.entries = List.copyOf(entries);
        this.issues = List.copyOf(issues);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Warnings met while reading it (broken rows, values that do not parse). */
    public List<Issue> issues() {
        return issues;
    }

    /**
     * Reads a manifest whole (it is small: one row per file).
     *
     * @throws IOException when it cannot be read at all, or a CSV manifest has no path column;
     *                     its message says why, for a usage error
     */
    public static Manifest read(Path file) throws IOException {
        String source = file.toString();
        Path folder = file.toAbsolutePath().normalize().getParent();
        List<Entry> entries = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        try (BufferedReader in = CsvReader.lenientUtf8(file)) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            in.mark(64 * 1024);
            String first = in.readLine();
            in.reset();
            if (first == null) {
                throw new IOException("empty manifest");
            }
            String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || first.strip().startsWith("{")) {
                readJsonLines(in, source, folder, entries, issues);
            } else {
                readCsv(in, source, folder, entries, issues);
            }
        } catch (UncheckedIOException e) {
            throw new IOException(CsvReader.reason(e), e);
        } catch (IllegalArgumentException e) {
            // A missing, empty or duplicate CSV header.
            throw new IOException("bad header: " + CsvReader.reason(e), e);
        }
        return new Manifest(source, entries, issues);
    }

    private static void readCsv(BufferedReader in, String source, Path folder, List<Entry> entries, List<Issue> issues)
            throws IOException {
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get()) {
            List<String> header = parser.getHeaderNames();
            String key = keyColumn(header);
            if (key == null) {
                throw new IOException("no file column (looked for " + String.join(", ", KEYS) + ")");
            }
            Map<Field, String> columns = FieldMapping.DEFAULT.resolve(header);
            columns.remove(Field.TEXT);
            CsvReader.eachRow(parser, (row, at) -> {
                if (row.size() != header.size()) {
                    issues.add(warning(source, at, "row has " + row.size() + " fields, the header has " + header.size() + "; row ignored"));
                    return;
                }
                entry(source, folder, at, row.get(key), columns, row::get, entries, issues);
            }, (line, reason) -> issues.add(warning(source, line, "broken CSV, the rest of the manifest is not read: " + reason)));
        }
    }

    private static void readJsonLines(BufferedReader in, String source, Path folder, List<Entry> entries, List<Issue> issues)
            throws IOException {
        String text;
        long number = 0;
        while ((text = in.readLine()) != null) {
            number++;
            if (text.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(text);
            } catch (JsonProcessingException e) {
                issues.add(warning(source, number, "not JSON: " + e.getOriginalMessage() + "; line ignored"));
                continue;
            }
            if (node == null || !node.isObject()) {
                issues.add(warning(source, number, "not a JSON object; line ignored"));
                continue;
            }
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            String key = keyColumn(names);
            Map<Field, String> fields = FieldMapping.DEFAULT.resolve(names);
            fields.remove(Field.TEXT);
            Function<String, String> value = name -> {
                JsonNode v = node.get(name);
                return v == null || !v.isValueNode() || v.isNull() ? null : v.asText();
            };
            entry(source, folder, number, key == null ? null : value.apply(key), fields, value, entries, issues);
        }
    }

    private static void entry(String source, Path folder, long line, String file, Map<Field, String> columns,
            Function<String, String> value, List<Entry> entries, List<Issue> issues) {
        if (file == null || file.isBlank()) {
            issues.add(warning(source, line, "no file named (column " + String.join(", ", KEYS) + "); row ignored"));
            return;
        }
        Path path;
        try {
            path = folder.resolve(file.strip()).normalize();
        } catch (InvalidPathException e) {
            issues.add(warning(source, line, "not a file path: '" + file.strip() + "'; row ignored"));
            return;
        }
        ArticleMetadata hints = FieldMapping.hints(columns, value);
        // A value that does not parse would silently be no hint: say so, since the user wrote it.
        check(source, line, columns, value, Field.URL, hints.url().isPresent(), "not an absolute http(s) URL", issues);
        check(source, line, columns, value, Field.PUBLISHED, hints.published().isPresent(), "not an ISO date or date-time", issues);
        entries.add(new Entry(line, file.strip(), path, hints));
    }

    private static void check(String source, long line, Map<Field, String> columns, Function<String, String> value,
            Field field, boolean parsed, String why, List<Issue> issues) {
        String raw = columns.containsKey(field) ? value.apply(columns.get(field)) : null;
        if (!parsed && raw != null && !raw.isBlank()) {
            issues.add(warning(source, line, columns.get(field) + " '" + raw.strip() + "' is " + why + "; ignored"));
        }
    }

    private static String keyColumn(List<String> names) {
        for (String k : KEYS) {
            for (String n : names) {
                if (n.strip().equalsIgnoreCase(k)) {
                    return n;
                }
            }
        }
        return null;
    }

    /**
     * The hints for each of the input files, and a warning for each row that names none of them.
     * A row matches the input with its path; failing that, the one input with its file name, when
     * no other row and no other input share that name. A second row for the same file is a warning.
     */
    public Map<Path, ArticleMetadata> match(List<Path> files, List<Issue> report) {
        Map<Path, Path> byPath = new HashMap<>();
        Map<String, List<Path>> byName = new HashMap<>();
        for (Path f : files) {
            byPath.putIfAbsent(InputFiles.canonical(f), f);
            byName.computeIfAbsent(name(f), k -> new ArrayList<>()).add(f);
        }
        Map<String, Integer> rowsByName = new HashMap<>();
        for (Entry e : entries) {
            rowsByName.merge(name(e.path()), 1, Integer::sum);
        }
        Map<Path, ArticleMetadata> hints = new LinkedHashMap<>();
        Map<Path, Long> lineOf = new HashMap<>();
        for (Entry e : entries) {
            Path input = byPath.get(InputFiles.canonical(e.path()));
            if (input == null) {
                List<Path> sameName = byName.getOrDefault(name(e.path()), List.of());
                if (sameName.size() == 1 && rowsByName.get(name(e.path())) == 1) {
                    input = sameName.get(0);
                } else if (sameName.size() > 1) {
                    report.add(warning(source, e.line(), e.file() + " is not among the inputs, and "
                            + sameName.size() + " inputs have its name; give its path"));
                    continue;
                }
            }
            if (input == null) {
                report.add(warning(source, e.line(), e.file() + " is not among the inputs"));
            } else if (lineOf.containsKey(input)) {
                report.add(warning(source, e.line(), e.file() + " is already given on line " + lineOf.get(input) + "; row ignored"));
            } else {
                lineOf.put(input, e.line());
                hints.put(input, e.hints());
            }
        }
        return hints;
    }

    private static String name(Path p) {
        Path n = p.getFileName();
        return n == null ? "" : n.toString();
    }

    private static Issue warning(String source, long line, String reason) {
        return new Issue(Issue.Severity.WARNING, source, "line " + line, "source", reason);
    }
}
