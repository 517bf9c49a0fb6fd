package org.newskg.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.newskg.core.Issue;
import org.newskg.source.InputFiles;

/**
 * Lists the input files of a Spark run on the driver. Local paths (and {@code file:} URIs) go
 * through {@link InputFiles}, exactly as {@code ingest} expands them (regular files only, links
 * out of the named paths reported, canonical absolute paths as sources); any other URI
 * ({@code hdfs://}, {@code s3a://} ...) is listed recursively through its Hadoop file system,
 * leaving out hidden and underscore files as Hadoop tools do.
 */
final class InputListing {
    private InputListing() {}

    static List<InputFile> list(List<String> inputs, boolean followLinks, Configuration conf, Consumer<Issue> issues) {
        List<InputFile> files = new ArrayList<>();
        List<Path> local = new ArrayList<>();
        for (String input : inputs) {
            URI uri = URI.create(input.replace(" ", "%20"));
            if (uri.getScheme() == null || uri.getScheme().length() == 1 || uri.getScheme().equals("file")) {
                local.add(uri.getScheme() != null && uri.getScheme().equals("file") ? Path.of(uri) : Path.of(input));
            } else {
                listRemote(input, conf, files, issues);
            }
        }
        for (Path p : InputFiles.expand(local, followLinks, issues)) {
            files.add(new InputFile(p.toString(), p.toString(), size(p)));
        }
        return files;
    }

    private static void listRemote(String input, Configuration conf, List<InputFile> files, Consumer<Issue> issues) {
        org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(input);
        try {
            FileSystem fs = root.getFileSystem(conf);
            if (!fs.exists(root)) {
                issues.accept(Issue.error(input, "source", "no such file or folder"));
                return;
            }
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
            while (it.hasNext()) {
                LocatedFileStatus f = it.next();
                String name = f.getPath().getName();
                if (!name.startsWith(".") && !name.startsWith("_")) {
                    String uri = f.getPath().toString();
                    files.add(new InputFile(uri, uri, f.getLen()));
                }
            }
        } catch (IOException e) {
            issues.accept(Issue.error(input, "source", "cannot list: " + e.getMessage()));
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
