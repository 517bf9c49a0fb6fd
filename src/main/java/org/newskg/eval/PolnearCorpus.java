package org.newskg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A PolNeAR folder ({@code train/}, {@code dev/}): {@code text/NAME.txt} and
 * {@code attributions/NAME_ANNOTATOR.ann}. Some articles were annotated by several annotators;
 * one is taken per article: the first of the {@code annotators} column of {@code metadata.tsv}
 * (in the folder or, as PolNeAR ships it, its parent) that has a file. An article with a single
 * {@code .ann} file needs no metadata row.
 */
public final class PolnearCorpus {
    /** One article to score: its text and the annotation file chosen for it. */
    public record Entry(String name, String annotator, Path text, Path annotations) {}

    private final List<Entry> entries;

    private PolnearCorpus(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    public static PolnearCorpus open(Path dir) throws IOException {
        Path texts = dir.resolve("text");
        Path anns = dir.resolve("attributions");
        if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
            throw new IllegalArgumentException(dir + ": not a PolNeAR folder (expected text/ and attributions/ in it)");
        }
        Map<String, List<String>> annotatorsByName = metadata(dir);
        Map<String, List<String>> filesByName = new HashMap<>();
        try (Stream<Path> files = Files.list(anns)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".ann")).toList()) {
                String file = p.getFileName().toString();
                int us = file.lastIndexOf('_');
                if (us <= 0) {
                    throw new BratFormatException(p.toString(), 0, "annotation file name is not NAME_ANNOTATOR.ann");
                }
                filesByName.computeIfAbsent(file.substring(0, us), k -> new ArrayList<>())
                        .add(file.substring(us + 1, file.length() - ".ann".length()));
            }
        }
        List<Entry> entries = new ArrayList<>();
        List<Path> textFiles;
        try (Stream<Path> files = Files.list(texts)) {
            textFiles = files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        for (Path t : textFiles) {
            String file = t.getFileName().toString();
            String name = file.substring(0, file.length() - ".txt".length());
            List<String> have = filesByName.getOrDefault(name, List.of());
            String annotator = annotatorsByName.getOrDefault(name, List.of()).stream()
                    .filter(have::contains).findFirst()
                    .orElseGet(() -> {
                        if (have.size() == 1) {
                            return have.get(0);
                        }
                        throw new BratFormatException(t.toString(), 0, have.isEmpty()
                                ? "no attributions/" + name + "_ANNOTATOR.ann for this text"
                                : "annotated by " + have + " and metadata.tsv does not say whose to take");
                    });
            entries.add(new Entry(name, annotator, t, anns.resolve(name + "_" + annotator + ".ann")));
        }
        return new PolnearCorpus(entries);
    }

    /** Reads one article: its text and chosen annotations. */
    public static PolnearArticle read(Entry entry) throws IOException {
        String text = Files.readString(entry.text(), StandardCharsets.UTF_8);
        BratDocument ann = BratReader.parse(entry.annotations().toString(),
                Files.readString(entry.annotations(), StandardCharsets.UTF_8));
        return PolnearArticle.of(entry.name(), entry.annotator(), text, ann);
    }

    /** Annotators per article name, from metadata.tsv next to the folder or one up; empty when there is none. */
    static Map<String, List<String>> metadata(Path dir) throws IOException {
        Path file = dir.resolve("metadata.tsv");
        if (!Files.isRegularFile(file) && dir.toAbsolutePath().getParent() != null) {
            file = dir.toAbsolutePath().getParent().resolve("metadata.tsv");
        }
        Map<String, List<String>> out = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new BratFormatException(file.toString(), 1, "empty metadata file");
        }
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        int nameCol = header.indexOf("filename");
        int annotatorsCol = header.indexOf("annotators");
        if (nameCol < 0 || annotatorsCol < 0) {
            throw new BratFormatException(file.toString(), 1, "header needs the columns 'filename' and 'annotators'");
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cols = lines.get(i).split("\t", -1);
            if (cols.length <= Math.max(nameCol, annotatorsCol)) {
                throw new BratFormatException(file.toString(), i + 1, "expected " + header.size() + " columns, found " + cols.length);
            }
            out.put(cols[nameCol], List.of(cols[annotatorsCol].split("\\|")));
        }
        return out;
    }
}
