package org.verbatim.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** How many of this process's open file descriptors point at a file, or at files under a folder (Linux). */
public final class OpenFiles {

    private OpenFiles() {}

    public static long under(Path p) throws Exception {
        Path fds = Path.of("/proc/self/fd");
        Assumptions.assumeTrue(Files.isDirectory(fds), "needs /proc (Linux)");
        String target = p.toAbsolutePath().normalize().toString();
        try (Stream<Path> all = Files.list(fds)) {
            return all.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().startsWith(target);
                } catch (Exception gone) {
                    return false;
                }
            }).count();
        }
    }
}
