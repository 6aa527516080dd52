package dev.unroll.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * The temporary files a save writes beside its target, named so that they can be recognised as
 * Unroll's and as belonging to that target: {@code .NAME~TAG.RANDOM.unroll.tmp}, where NAME is the
 * start of the target's name (at most {@value #MAX_NAME_BYTES} bytes of UTF-8, cut between
 * characters), TAG the CRC-32 of its whole name (two long names that start alike have different
 * tags) and RANDOM 16 hexadecimal digits. The whole name stays far below the 255 bytes most file
 * systems allow.
 *
 * <p>A save that is killed (SIGKILL, a power cut) leaves its temporary file behind; the next save of
 * the same target removes it. Only a file that is both older than {@link #STALE_AFTER} and not
 * locked is removed: a running save holds a lock on its temporary file from the moment it creates it
 * until it has written it, and a file younger than a minute may be one whose save has just closed it
 * and is about to rename it. The lock is the operating system's (fcntl on Linux), which the kernel
 * drops when a process dies. Files left by earlier versions ({@code .NAME-DIGITS.tmp}, which never
 * locked) are removed by the age rule alone.
 */
final class TemporaryFiles {

    /** How old a leftover temporary file must be before a later save removes it. */
    static final Duration STALE_AFTER = Duration.ofMinutes(1);

    private static final int MAX_NAME_BYTES = 64;
    private static final String SUFFIX = ".unroll.tmp";
    private static final int RANDOM_BYTES = Long.BYTES;
    private static final int LEGACY_NAME_CHARS = 64;

    private TemporaryFiles() {
    }

    /** A temporary file, open and locked, to be written and then moved over the target. */
    record Open(Path path, FileChannel channel, FileLock lock) {
    }

    /**
     * Creates a new temporary file for {@code name} in {@code folder}, opens it for writing and locks it.
     *
     * @param attributes the permissions to create it with
     */
    static Open create(Path folder, String name, FileAttribute<?>... attributes) throws IOException {
        String prefix = prefix(name);
        for (int attempt = 0; ; attempt++) {
            // the random part need only make a clash unlikely, not be unguessable: CREATE_NEW refuses a name
            // that exists (a link included), so a guessed name can at worst cost an attempt; and a short
            // export does not pay for setting up SecureRandom's providers
            Path path = folder.resolve(prefix + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()) + SUFFIX);
            FileChannel channel;
            try {
                channel = FileChannel.open(path, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes);
            } catch (FileAlreadyExistsException e) {
                if (attempt < 10) {
                    continue;
                }
                throw e;
            }
            return new Open(path, channel, tryLock(channel));
        }
    }

    /**
     * Removes the stale temporary files of the target {@code name} in {@code folder}: Unroll's own,
     * of this target only, older than {@link #STALE_AFTER} and not locked by a running save. Never
     * fails: a file that cannot be checked or removed is left as it is.
     */
    static void removeStale(Path folder, String name) {
        String prefix = prefix(name);
        Pattern ours = Pattern.compile(Pattern.quote(prefix) + "[0-9a-f]{" + 2 * RANDOM_BYTES + "}" + Pattern.quote(SUFFIX));
        Pattern legacy = Pattern.compile(Pattern.quote("." + legacyName(name) + "-") + "[0-9]+" + Pattern.quote(".tmp"));
        Instant staleBefore = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, p -> {
            String n = p.getFileName().toString();
            return ours.matcher(n).matches() || legacy.matcher(n).matches();
        })) {
            for (Path entry : entries) {
                removeIfStale(entry, staleBefore);
            }
        } catch (IOException | RuntimeException e) {
            // cleaning up is a courtesy: the save itself must not fail because a folder listing did
        }
    }

    private static void removeIfStale(Path file, Instant staleBefore) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile() || !attributes.lastModifiedTime().toInstant().isBefore(staleBefore)) {
                return;
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    Files.deleteIfExists(file);
                    lock.release();
                }
            }
        } catch (IOException | OverlappingFileLockException e) {
            // held by a save in this program, vanished meanwhile, or not ours to open: leave it
        }
    }

    /** The name's start, tag and separator: everything before the random part. */
    static String prefix(String name) {
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return "." + cut(name, MAX_NAME_BYTES) + "~" + HexFormat.of().toHexDigits((int) crc.getValue()) + ".";
    }

    /**
     * The longest start of {@code text} whose UTF-8 takes at most {@code maxBytes} bytes, cut between
     * code points: cutting between the two halves of a surrogate pair leaves a string no file system
     * can name.
     */
    static String cut(String text, int maxBytes) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder();
        CharBuffer in = CharBuffer.wrap(text);
        // the encoder stops before a character that does not fit, or at an unpaired surrogate in the name itself
        encoder.encode(in, ByteBuffer.allocate(maxBytes), true);
        return text.substring(0, in.position());
    }

    /** How earlier versions shortened the name: its first 64 chars, whatever they split. */
    private static String legacyName(String name) {
        return name.length() > LEGACY_NAME_CHARS ? name.substring(0, LEGACY_NAME_CHARS) : name;
    }

    private static FileLock tryLock(FileChannel channel) {
        try {
            return channel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            // a file system without locks: the age rule alone then protects this file from other saves
            return null;
        }
    }
}
