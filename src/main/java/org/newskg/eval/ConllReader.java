package org.newskg.eval;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a CoNLL-2003 file one document at a time, so that a large file never sits in memory whole.
 * Each line is "token POS chunk NER"; a blank line ends a sentence; a {@code -DOCSTART-} line ends
 * a document. NER tags may be IOB1 or IOB2. Sentences before the first {@code -DOCSTART-} form a
 * document of their own, so a file without any is one document.
 */
public final class ConllReader implements Closeable {
    private static final Pattern COLUMNS = Pattern.compile("[ \t]+");
    private static final String DOCSTART = "-DOCSTART-";

    private final BufferedReader in;
    private final String source;
    private int lineNo;
    private int documents;
    private boolean eof;
    /** Where the next document starts: the -DOCSTART- line already read, or the first line. */
    private int nextDocLine = 1;

    public ConllReader(Reader in, String source) {
        this.in = in instanceof BufferedReader b ? b : new BufferedReader(in);
        this.source = source;
    }

    public static ConllReader open(Path file) throws IOException {
        return new ConllReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString());
    }

    /** All documents of a reader: for small inputs and tests. */
    public static List<ConllDocument> readAll(Reader in, String source) {
        List<ConllDocument> docs = new ArrayList<>();
        try (ConllReader r = new ConllReader(in, source)) {
            for (Optional<ConllDocument> d = r.next(); d.isPresent(); d = r.next()) {
                docs.add(d.get());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    /** The next document, or empty at the end of the input. */
    public Optional<ConllDocument> next() throws IOException {
        List<ConllSentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        int sentenceLine = 0;
        int docLine = nextDocLine;
        while (!eof) {
            String line;
            try {
                line = in.readLine();
            } catch (CharacterCodingException e) {
                throw new ConllFormatException(source, lineNo + 1, "not valid UTF-8");
            }
            if (line == null) {
                eof = true;
                break;
            }
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                endSentence(sentences, tokens, tags, sentenceLine);
                continue;
            }
            String[] cols = COLUMNS.split(trimmed);
            if (cols[0].equals(DOCSTART)) {
                endSentence(sentences, tokens, tags, sentenceLine);
                nextDocLine = lineNo;
                if (!sentences.isEmpty()) {
                    return Optional.of(new ConllDocument(documents++, docLine, sentences));
                }
                docLine = lineNo;
                continue;
            }
            if (cols.length != 4) {
                throw new ConllFormatException(source, lineNo,
                        "expected 4 columns (token POS chunk NER), found " + cols.length + ": " + abbreviate(trimmed));
            }
            String tag = cols[3];
            if (!Iob.isValid(tag)) {
                throw new ConllFormatException(source, lineNo, "not an IOB NER tag: " + abbreviate(tag));
            }
            if (tokens.isEmpty()) {
                sentenceLine = lineNo;
            }
            tokens.add(cols[0]);
            tags.add(tag);
        }
        endSentence(sentences, tokens, tags, sentenceLine);
        return sentences.isEmpty() ? Optional.empty() : Optional.of(new ConllDocument(documents++, docLine, sentences));
    }

    private static void endSentence(List<ConllSentence> sentences, List<String> tokens, List<String> tags, int line) {
        if (!tokens.isEmpty()) {
            sentences.add(new ConllSentence(tokens, tags, line));
            tokens.clear();
            tags.clear();
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
