package dev.unroll.about;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version and build date of this build of Unroll, as Maven filled them into
 * {@code build.properties} from the POM when the jar was built.
 *
 * @param version   the POM's version, such as {@code 0.1.0-SNAPSHOT}
 * @param buildDate the day the jar was built, {@code yyyy-MM-dd} in UTC
 */
public record BuildInfo(String version, String buildDate) {

    /** What stands in for a value the build did not fill in (classes compiled outside Maven). */
    static final String UNKNOWN = "unknown";

    private static final String RESOURCE = "build.properties";

    /** The build this code belongs to. */
    public static BuildInfo current() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + " from the jar", e);
        }
        return new BuildInfo(filled(properties.getProperty("version")), filled(properties.getProperty("build.date")));
    }

    /** The line {@code --version} prints and About shows as its heading: {@code Unroll 0.1.0}. */
    public String versionLine() {
        return "Unroll " + version;
    }

    /** A value Maven filled in, or {@link #UNKNOWN} for one missing or still a {@code ${…}} placeholder. */
    private static String filled(String value) {
        return value == null || value.isBlank() || value.contains("${") ? UNKNOWN : value.strip();
    }
}
