package org.verbatim.corpus;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.verbatim.core.read.ReadException;
import org.verbatim.core.read.ReadOptions;
import org.verbatim.core.read.ReadReport;
import org.verbatim.core.read.Reading;
import org.verbatim.core.read.Readers;

/**
 * The inputs of the {@code corpus} command as an {@link ArticleSource}: folders (walked in name order, hidden
 * files and folders left out) and files, each file read through the {@link Readers} registry as {@code compare}
 * reads it: a {@code .txt}, {@code .md} or {@code .html} file is one article, a JSON-lines file ({@code .jsonl},
 * {@code .ndjson}) one article a line. In a folder, files of an extension the registry does not read are left
 * alone; a bad line of a JSON-lines file is skipped and named, the other lines read.
 */
public final class Inputs implements ArticleSource {

    private final Readers readers;
    private final List<Path> inputs;

    public Inputs(Readers readers, List<Path> inputs) {
        this.readers = readers;
        this.inputs = List.copyOf(inputs);
    }

    @Override
    public void read(Sink sink) {
        int[] next = {0};
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                for (Path file : files(input, sink)) {
                    if (!readFile(file, sink, next)) {
                        return;
                    }
                }
            } else if (!Files.exists(input)) {
                sink.skipped(new Skipped(input.toString(), Readers.FILE_NOT_FOUND));
            } else if (!readFile(input, sink, next)) {
                return;
            }
        }
    }

    /** Every report a file holds (one, or a JSON-lines file's articles), then the parts of it that failed. */
    private boolean readFile(Path file, Sink sink, int[] next) {
        try {
            Reading reading = readers.readAll(file, ReadOptions.DEFAULTS);
            for (ReadReport r : reading.reports()) {
                if (!sink.article(new Article(next[0]++, r.name(), r.name(), r.result()))) {
                    return false;
                }
            }
            for (ReadException e : reading.failures()) {
                sink.skipped(new Skipped(e.source(), e.reason()));
            }
        } catch (ReadException e) {
            sink.skipped(new Skipped(e.source(), e.reason()));
        }
        return true;
    }

    /** The article files under a folder, in path order; a folder or file that cannot be listed is named and skipped. */
    private List<Path> files(Path folder, Sink sink) {
        Set<String> extensions = Set.copyOf(readers.extensions());
        List<Path> out = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(folder) && dir.getFileName().toString().startsWith(".")
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")
                            && extensions.contains(extension(file))) {
                        out.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    sink.skipped(new Skipped(file.toString(), Files.isDirectory(file)
                            ? "cannot read the folder" : "cannot read the file"));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            sink.skipped(new Skipped(folder.toString(), "cannot read the folder: " + e.getMessage()));
        }
        out.sort(null);
        return out;
    }

    static String extension(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
