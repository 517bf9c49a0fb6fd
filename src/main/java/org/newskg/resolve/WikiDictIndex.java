package org.newskg.resolve;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * CoreNLP's WikiDict as an index on disk, built once from the dictionary (in the user's cache,
 * {@link #defaultDirectory()}) and then looked up in microseconds, instead of scanning the 195 MB
 * file (30-40 s) on every run or holding it in gigabytes of heap. Two {@link HashFile}s:
 * <ul>
 *   <li><b>anchors</b>: a string that links to a page in Wikipedia's text -> the page it most often
 *       links to and the share of its links that go there (WikiDict keeps only the best page of each
 *       string); strings that cannot be a name (not starting with a letter or digit, or too long) are left out;</li>
 *   <li><b>pages</b>: a page title's name, without its bracketed or comma qualifier ("Paris" for
 *       "Paris,_Texas" and "Paris_(band)") -> every such page, with how many strings link to it (how
 *       much Wikipedia refers to it), so that an article's context can choose among namesakes.</li>
 * </ul>
 * The index records the dictionary it was built from, and is built again when that changes.
 * Thread-safe for look-ups.
 */
public final class WikiDictIndex implements Closeable {
    /** Bumped whenever the files' layout or their filters change. */
    static final String FORMAT = "wikidict-index-1";
    private static final int LONGEST_ANCHOR = 100;
    private static final Pattern QUALIFIED = Pattern.compile("^(.+?)(?:,_(.+)|_\\(([^()]+)\\))$");

    /** The page a string most often links to, and the share of its links that go there. */
    public record Anchor(String title, double prior) {}

    /** A page whose name is the one asked for, and how many strings of Wikipedia link to it. */
    public record Page(String title, int anchors) {}

    private final HashFile anchors;
    private final HashFile pages;
    private final Properties built;

    private WikiDictIndex(HashFile anchors, HashFile pages, Properties built) {
        this.anchors = anchors;
        this.pages = pages;
        this.built = built;
    }

    /** The page this exact string (case-sensitive) links to, if Wikipedia's text uses it as a link. */
    public Optional<Anchor> anchor(String string) {
        try {
            return anchors.get(string).stream().findFirst().map(r -> new Anchor(r.value(), r.number()));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the WikiDict index", e);
        }
    }

    /** The pages named this (underscores or spaces; qualifiers left off), most referred to first. */
    public List<Page> pagesNamed(String name) {
        try {
            return pages.get(name.replace('_', ' ')).stream().map(r -> new Page(r.value(), (int) r.number()))
                    .sorted(Comparator.comparingInt(Page::anchors).reversed().thenComparing(Page::title)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the WikiDict index", e);
        }
    }

    /** What the index was built from, when and how long it took ({@code source}, {@code seconds}, ...). */
    public Properties built() {
        Properties p = new Properties();
        p.putAll(built);
        return p;
    }

    /** A page title's name without its qualifier: "Paris,_Texas" -> "Paris", "Georgia_(country)" -> "Georgia". */
    public static String baseName(String title) {
        Matcher m = QUALIFIED.matcher(title);
        return (m.matches() ? m.group(1) : title).replace('_', ' ');
    }

    /** The qualifier of a page title, with spaces: "Paris,_Texas" -> "Texas", "Georgia_(country)" -> "country". */
    public static Optional<String> qualifier(String title) {
        Matcher m = QUALIFIED.matcher(title);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of((m.group(2) != null ? m.group(2) : m.group(3)).replace('_', ' '));
    }

    /**
     * {@code $XDG_CACHE_HOME/newskg} or {@code ~/.cache/newskg}; the system property {@code newskg.cache}
     * names another folder.
     */
    public static Path defaultDirectory() {
        String own = System.getProperty("newskg.cache");
        if (own != null && !own.isBlank()) {
            return Path.of(own);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return cache.resolve("newskg");
    }

    private static WikiDictIndex shared;

    /** The index of the WikiDict on the class path in {@link #defaultDirectory()}, built there on first use. */
    public static synchronized WikiDictIndex shared(Consumer<String> log) {
        if (shared == null) {
            shared = openOrBuild(defaultDirectory(), WikiDict.source(), log);
        }
        return shared;
    }

    /** Where an index is built from: a name that changes when the dictionary does, and its lines. */
    public interface Source {
        String id();

        InputStream open() throws IOException;
    }

    /**
     * Opens the index in {@code directory}, first building it from {@code source} when it is missing
     * or was built from another source. Processes that start together wait for one build (a file lock).
     */
    public static WikiDictIndex openOrBuild(Path directory, Source source, Consumer<String> log) {
        Path dir = directory.resolve(FORMAT);
        try {
            Files.createDirectories(directory);
            try (FileChannel lockFile = FileChannel.open(directory.resolve(FORMAT + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = lockFile.lock()) {
                Optional<Properties> built = readBuilt(dir);
                if (built.isEmpty() || !source.id().equals(built.get().getProperty("source"))) {
                    log.accept("Building the WikiDict index in " + dir + " (once; about a minute) ...");
                    build(dir, source);
                }
            }
            Properties built = readBuilt(dir).orElseThrow(() -> new IOException(dir + ": no built.properties"));
            return new WikiDictIndex(HashFile.open(dir.resolve("anchors")), HashFile.open(dir.resolve("pages")), built);
        } catch (IOException e) {
            throw new UncheckedIOException("WikiDict index in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Properties> readBuilt(Path dir) throws IOException {
        Path file = dir.resolve("built.properties");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return Optional.of(p);
    }

    /** Builds in a fresh folder beside the target, then moves it in place, so a crash leaves no half index. */
    private static void build(Path dir, Source source) throws IOException {
        long start = System.nanoTime();
        Path tmp = Files.createTempDirectory(dir.getParent(), FORMAT + ".building-");
        int anchorRows;
        int pageRows;
        try (InputStream in = source.open();
                HashFile.Writer anchorOut = new HashFile.Writer(tmp.resolve("anchors"));
                HashFile.Writer pageOut = new HashFile.Writer(tmp.resolve("pages"))) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String title = null;
            int links = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                int tab2 = tab < 0 ? -1 : line.indexOf('\t', tab + 1);
                if (tab <= 0 || tab2 < 0) {
                    continue;
                }
                String string = line.substring(0, tab);
                String page = line.substring(tab + 1, tab2);
                double prior;
                try {
                    prior = Double.parseDouble(line.substring(tab2 + 1));
                } catch (NumberFormatException e) {
                    continue; // a malformed entry; the rest of the dictionary is sound
                }
                if (page.isEmpty()) {
                    continue;
                }
                // The dictionary is grouped by page: a page's strings come together.
                if (!page.equals(title)) {
                    if (title != null) {
                        pageOut.add(baseName(title), title, links);
                    }
                    title = page;
                    links = 0;
                }
                links++;
                if (string.length() <= LONGEST_ANCHOR && Character.isLetterOrDigit(string.codePointAt(0))) {
                    anchorOut.add(string, page, prior);
                }
            }
            if (title != null) {
                pageOut.add(baseName(title), title, links);
            }
            anchorOut.finish();
            pageOut.finish();
            anchorRows = anchorOut.rows();
            pageRows = pageOut.rows();
        } catch (IOException | RuntimeException e) {
            deleteTree(tmp);
            throw e;
        }
        Properties p = new Properties();
        p.setProperty("source", source.id());
        p.setProperty("format", FORMAT);
        p.setProperty("anchors", Integer.toString(anchorRows));
        p.setProperty("pages", Integer.toString(pageRows));
        p.setProperty("seconds", String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
        try (var w = Files.newBufferedWriter(tmp.resolve("built.properties"), StandardCharsets.UTF_8)) {
            p.store(w, "newskg WikiDict index");
        }
        if (Files.exists(dir)) {
            deleteTree(dir);
        }
        Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** A WikiDict-format file (string TAB page TAB prior, grouped by page; gzipped when it ends in .gz). */
    public static Source fileSource(Path file) {
        return new Source() {
            @Override
            public String id() {
                try {
                    return file.toAbsolutePath() + " " + Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public InputStream open() throws IOException {
                InputStream in = Files.newInputStream(file);
                return file.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
            }
        };
    }

    @Override
    public void close() throws IOException {
        try (anchors) {
            pages.close();
        }
    }
}
