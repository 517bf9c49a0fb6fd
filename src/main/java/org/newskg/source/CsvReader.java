package org.newskg.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.newskg.core.Issue;
import org.newskg.source.FieldMapping.Field;

/**
 * Reads a CSV export, one article per row, with a header row naming the columns (RFC 4180:
 * quoted fields may hold commas, quotes and line breaks). A row with the wrong number of
 * fields or no text is an issue with its line number and the rest goes on; a quote left open
 * swallows the rest of the file, so it ends the file with an issue at the line it opened on.
 */
public final class CsvReader implements ArticleReader {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(false).get();

    private final FieldMapping mapping;

    public CsvReader(FieldMapping mapping) {
        this.mapping = mapping;
    }

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    @Override
    public void read(Path file, ArticleSink sink) {
        String source = file.toString();
        try (BufferedReader in = lenientUtf8(file);
                CSVParser parser = CSVParser.builder().setReader(skipBom(in)).setFormat(FORMAT).get()) {
            List<String> header = parser.getHeaderNames();
            Map<Field, String> columns = mapping.resolve(header);
            if (!columns.containsKey(Field.TEXT)) {
                sink.issue(new Issue(Issue.Severity.ERROR, source, "line 1", "source",
                        "no text column (looked for " + mapping.lookedFor(Field.TEXT) + "; name it with --map text=COLUMN)"));
                return;
            }
            eachRow(parser, (row, line) -> {
                String locator = "line " + line + ", row " + row.getRecordNumber();
                if (row.size() != header.size()) {
                    sink.issue(new Issue(Issue.Severity.ERROR, source, locator, "source",
                            "row has " + row.size() + " fields, the header has " + header.size()));
                    return;
                }
                String text = row.get(columns.get(Field.TEXT));
                if (text == null || text.isBlank()) {
                    sink.issue(new Issue(Issue.Severity.ERROR, source, locator, "source",
                            "no text in column " + columns.get(Field.TEXT)));
                    return;
                }
                if (text.indexOf('\uFFFD') >= 0) {
                    sink.issue(new Issue(Issue.Severity.WARNING, source, locator, "source", REPLACED));
                }
                sink.article(new RawArticle(source + "#row=" + row.getRecordNumber(), text,
                        FieldMapping.hints(columns, row::get)));
            }, (line, reason) -> sink.issue(new Issue(Issue.Severity.ERROR, source, "line " + line, "source",
                    "broken CSV, the rest of the file is not read: " + reason)));
        } catch (AccessDeniedException e) {
            sink.issue(Issue.error(source, "source", "permission denied"));
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            // A missing, empty or duplicate header, or undecodable bytes.
            sink.issue(Issue.error(source, "source", "cannot read CSV: " + reason(e)));
        }
    }

    /** One CSV row and the line it starts on. */
    interface RowHandler {
        void row(CSVRecord row, long line);
    }

    /** Where reading stopped (a quote left open, unreadable bytes) and why. */
    interface BrokenHandler {
        void at(long line, String reason);
    }

    /**
     * Hands each row to {@code rows} with the line it starts on; a row that cannot be parsed ends
     * the reading (commons-csv cannot find its way back after an unclosed quote) and goes to
     * {@code broken}. Rows before it are kept.
     */
    static void eachRow(CSVParser parser, RowHandler rows, BrokenHandler broken) {
        Iterator<CSVRecord> it = parser.iterator();
        long line = parser.getCurrentLineNumber() + 1;
        while (true) {
            CSVRecord row;
            try {
                if (!it.hasNext()) {
                    return;
                }
                row = it.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                broken.at(line, reason(e));
                return;
            }
            long at = line;
            line = parser.getCurrentLineNumber() + 1;
            rows.row(row, at);
        }
    }

    static final String REPLACED = "not valid UTF-8; the bad bytes are replaced by \uFFFD";

    /**
     * UTF-8 that replaces bad bytes instead of failing: a strict decoder reads ahead and would fail
     * rows before the bad one, and one mis-encoded row should not cost the export.
     */
    static BufferedReader lenientUtf8(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
    }

    private static BufferedReader skipBom(BufferedReader in) throws IOException {
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        return in;
    }

    static String reason(Throwable e) {
        Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof CharacterCodingException) {
            return "not valid UTF-8 text";
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
