package dev.unroll.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Arguments and file names in UTF-8 whatever the locale. Under {@code LANG=C}, usual in containers
 * and CI, Java 17 decodes the command line as ASCII ({@code sun.jnu.encoding}, which only the
 * locale sets: {@code -Dsun.jnu.encoding=UTF-8} is ignored), so a Korean title would arrive as
 * replacement characters and be saved so. On Linux the arguments' own bytes are in
 * {@code /proc/self/cmdline}, and {@link #decode} reads them again as UTF-8. File names cannot be
 * repaired that way: Java cannot name such a file at all under an ASCII locale, and {@link #path}
 * says so, and how to run Unroll in a UTF-8 locale, rather than failing with a class name.
 */
public final class CommandLineText {

    /** What to do about a locale that cannot hold the text, for messages. */
    static final String ADVICE = "run it in a UTF-8 locale, for example: LC_ALL=C.UTF-8 java -jar unroll.jar ...";

    private CommandLineText() {
    }

    /**
     * The arguments as the user typed them, in UTF-8, when the locale decoded them as something
     * else and the process's own command line holds their bytes; otherwise {@code args} as they are.
     */
    public static String[] decode(String[] args) {
        Charset platform = platformCharset();
        if (platform.equals(StandardCharsets.UTF_8) || args.length == 0) {
            return args;
        }
        Path cmdline = Path.of("/proc/self/cmdline");
        if (!Files.isReadable(cmdline)) {
            return args;
        }
        try {
            return decode(args, Files.readAllBytes(cmdline), platform);
        } catch (IOException e) {
            return args;
        }
    }

    /**
     * The arguments decoded as UTF-8 from {@code cmdline} (NUL-separated, the program's arguments
     * last), or {@code args} unchanged when those bytes are not the same arguments: the JVM's
     * options and a launcher's own argument files come first and are never taken for them.
     */
    static String[] decode(String[] args, byte[] cmdline, Charset platform) {
        List<byte[]> all = split(cmdline);
        if (all.size() < args.length) {
            return args;
        }
        List<byte[]> mine = all.subList(all.size() - args.length, all.size());
        String[] decoded = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            byte[] bytes = mine.get(i);
            if (!sameArgument(bytes, args[i], platform)) {
                return args;
            }
            try {
                decoded[i] = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                // not UTF-8 either: what the platform made of it is all there is
                decoded[i] = args[i];
            }
        }
        return decoded;
    }

    /**
     * What is wrong with the argument files ({@code @file}) in {@code args}, or null. picocli reads
     * them in the default charset, which under {@code LANG=C} on Java 17 is ASCII: a file holding
     * any other character, such as a Korean title, would be read as replacement characters and
     * saved so, and is refused instead.
     */
    static String unreadableArgumentFile(String[] args) {
        return unreadableArgumentFile(args, Charset.defaultCharset());
    }

    static String unreadableArgumentFile(String[] args, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            return null;
        }
        for (String arg : args) {
            if (arg.length() < 2 || arg.charAt(0) != '@') {
                continue;
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(Path.of(arg.substring(1)));
            } catch (IOException | InvalidPathException e) {
                // picocli reports an argument file it cannot read, or takes the argument as it is
                continue;
            }
            try {
                charset.newDecoder().decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                return arg.substring(1) + ": this argument file holds characters that the locale (" + localeName()
                        + ", encoding " + charset.name() + ") cannot read; " + ADVICE;
            }
        }
        return null;
    }

    /**
     * A picocli converter for every file name: a name the locale cannot encode is refused with
     * advice, where the JDK would say "Malformed input or input contains unmappable characters".
     */
    static final class PathConverter implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            try {
                return path(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /**
     * {@link Path#of(String, String...)} with a message a user can act on.
     *
     * @throws IllegalArgumentException when the locale cannot encode the name
     */
    static Path path(String name) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("'" + name + "' cannot be a file name in this locale ("
                    + localeName() + ", whose encoding " + platformCharset().name() + " has no bytes for its characters); "
                    + ADVICE);
        }
    }

    private static boolean sameArgument(byte[] bytes, String arg, Charset platform) {
        if (new String(bytes, platform).equals(arg)) {
            return true;
        }
        // the launcher may turn each byte it cannot decode into '?' or U+FFFD: the ASCII must still match
        if (bytes.length != arg.length()) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            char c = arg.charAt(i);
            boolean same = bytes[i] >= 0 ? c == bytes[i] : c == '?' || c == '\uFFFD';
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private static List<byte[]> split(byte[] cmdline) {
        List<byte[]> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                byte[] part = new byte[i - start];
                System.arraycopy(cmdline, start, part, 0, part.length);
                parts.add(part);
                start = i + 1;
            }
        }
        if (start < cmdline.length) {
            byte[] part = new byte[cmdline.length - start];
            System.arraycopy(cmdline, start, part, 0, part.length);
            parts.add(part);
        }
        return parts;
    }

    /** The charset Java decodes arguments and encodes file names with: the locale's, fixed at start. */
    static Charset platformCharset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static String localeName() {
        for (String variable : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String value = System.getenv(variable);
            if (value != null && !value.isEmpty()) {
                return variable + "=" + value;
            }
        }
        return "the C locale";
    }
}
