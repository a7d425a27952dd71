package org.refoulementkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * Generations on disk: each publish builds a complete new TDB2 store in {@code root/stores/<id>} and then points
 * {@code root/CURRENT} at it with an atomic rename, so a reader (this process or a server in another one) sees the
 * old complete store or the new complete one, never a mix. One load at a time ({@code root/load.lock}); stores that
 * are neither current nor the one before it are leftovers of older or interrupted loads, and are removed.
 */
final class DiskGenerations implements Generations {
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path root;

    DiskGenerations(Path root) {
        this.root = root;
        try {
            Files.createDirectories(stores());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the store directory " + root, e);
        }
    }

    @Override public Generation current() {
        String current = readCurrent();
        return current == null ? Generation.of("none", TDB2Factory.createDataset()) : open(current);
    }

    @Override public Generation build(Publication publication) {
        try (FileChannel ch = FileChannel.open(root.resolve("load.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = ch.tryLock()) {
            if (lock == null) throw new IllegalStateException("Another load is running on " + root + " (load.lock is held)");
            removeAbandoned();
            String id = LocalDateTime.now().format(ID);
            Path dir = stores().resolve(id);
            Dataset fresh = OpenStores.connect(dir);
            try {
                BulkLoad.into(fresh, publication, dir); // the checks run on what was written: only valid data is switched to
                fresh = TdbStatistics.writeAndReopen(fresh, dir); // the optimiser's counts, before anyone reads the store
            } catch (LoadFailedException | OutOfMemoryError e) { // the data's fault, or the heap's: said as such
                discard(fresh, dir, e);
                throw e;
            } catch (RuntimeException | Error e) { // a full disk shows up as an IOException or as an InternalError from a mapped file
                discard(fresh, dir, e);
                throw new IllegalStateException("Could not write the new store in " + dir + " (" + describe(e)
                        + "). Is the disk full? The previous data is still served, unchanged.", e);
            }
            Path tmp = root.resolve("CURRENT.tmp");
            Files.writeString(tmp, id, StandardCharsets.UTF_8);
            Files.move(tmp, root.resolve("CURRENT"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return Generation.of(id, fresh);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot publish to " + root, e);
        }
    }

    @Override public Optional<Generation> newerThan(Generation served) {
        String current = readCurrent();
        return current == null || current.equals(served.id()) ? Optional.empty() : Optional.of(open(current));
    }

    @Override public boolean shared() { return true; }

    @Override public String describe(Generation served) {
        return "TDB2 at " + root.toAbsolutePath().normalize() + " (store " + served.id() + ")";
    }

    private Path stores() { return root.resolve("stores"); }

    private Generation open(String id) {
        return Generation.of(id, OpenStores.connect(stores().resolve(id)));
    }

    private String readCurrent() {
        Path p = root.resolve("CURRENT");
        try {
            return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8).strip() : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void removeAbandoned() throws IOException {
        String current = readCurrent();
        try (Stream<Path> dirs = Files.list(stores())) {
            boolean keptPrevious = false;
            for (Path d : dirs.sorted(Comparator.reverseOrder()).toList()) {
                String name = d.getFileName().toString();
                if (name.equals(current)) continue;
                if (!keptPrevious && current != null && name.compareTo(current) < 0) { keptPrevious = true; continue; }
                deleteTree(d);
            }
        }
    }

    /** Removes a half-made store; a failure here (a full disk, no heap left) must not hide the failure that led here. */
    private static void discard(Dataset ds, Path dir, Throwable cause) {
        try {
            OpenStores.release(ds);
            deleteTree(dir);
        } catch (IOException | RuntimeException | Error e) {
            cause.addSuppressed(e); // what is left is removed by the next load (removeAbandoned)
        }
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
