package org.newskg.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newskg.serve.module.QueryPrefixes;

/**
 * The analysts' query library ({@code queries/*.rq}), as packaged in newskg's jar: each query with
 * its comment header, ready to run with the newskg prefixes it leaves out written above it.
 */
public final class QueryLibrary {
    /** Where the build puts {@code queries/} on the classpath. */
    static final String FOLDER = "queries";

    /**
     * One library query.
     *
     * @param name   the file name without {@code .rq}, e.g. {@code people}
     * @param title  the first sentence of its header
     * @param header the whole comment header, without {@code #}
     * @param text   the query as the file holds it
     * @param ready  the query with the newskg prefixes it does not declare added above it
     */
    public record Example(String name, String title, String header, String text, String ready) {}

    private QueryLibrary() {}

    /** The library in file-name order; empty when the jar holds no {@code queries/}. */
    public static List<Example> load() {
        URL any = QueryLibrary.class.getClassLoader().getResource(FOLDER + "/articles.rq");
        if (any == null) {
            return List.of();
        }
        try {
            URI file = any.toURI();
            if ("jar".equals(file.getScheme())) {
                String inside = file.getSchemeSpecificPart();
                try (FileSystem jar = openJar(file)) {
                    return read(jar.getPath(inside.substring(inside.indexOf("!/") + 1)).getParent());
                }
            }
            return read(Path.of(file).getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the query library", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the query library: " + any, e);
        }
    }

    // A private view of the jar file, closed after reading (the JVM-wide one may be in use elsewhere).
    private static FileSystem openJar(URI inJar) throws IOException {
        String jarPath = inJar.getSchemeSpecificPart();
        return FileSystems.newFileSystem(Path.of(URI.create(jarPath.substring(0, jarPath.indexOf("!/")))));
    }

    private static List<Example> read(Path folder) throws IOException {
        List<Example> examples = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted(
                    (a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
                    examples.add(example(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return examples;
    }

    static Example example(String name, String text) {
        List<String> comments = text.lines().takeWhile(l -> l.startsWith("#")).toList();
        List<String> header = comments.stream().map(l -> l.replaceFirst("^# ?", "")).toList();
        // The title is the header's first sentence, which may run over several lines.
        String paragraph = String.join(" ", header.stream().takeWhile(l -> !l.isBlank()).map(String::strip).toList());
        int end = paragraph.indexOf(". ");
        String title = end < 0 ? paragraph : paragraph.substring(0, end + 1);
        // The comment header stays on top where a reader looks first; the prefixes go below it.
        String top = comments.isEmpty() ? "" : String.join("\n", comments) + "\n";
        String ready = top + QueryPrefixes.withDefaults(text.substring(Math.min(text.length(), top.length())));
        return new Example(name, title.isEmpty() ? name : title, String.join("\n", header).strip(), text, ready);
    }
}
