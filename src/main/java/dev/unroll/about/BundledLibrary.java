package dev.unroll.about;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A library shipped with Unroll and one licence it comes under, as the license-maven-plugin wrote
 * them from the dependencies' POMs when the jar was built (a library under two licences has two).
 *
 * @param name       the library's name from its POM, such as {@code EJML}
 * @param artifact   its {@code groupId:artifactId}
 * @param version    its version
 * @param licence    the licence's name from the POM
 * @param licenceUrl where the licence's text is, or empty when the POM gives no address
 */
public record BundledLibrary(String name, String artifact, String version, String licence, String licenceUrl) {

    /** The generated list: one line per library and licence, five tab-separated fields. */
    static final String RESOURCE = "third-party-licences.tsv";
    private static final int FIELDS = 5;

    /** Every runtime library in the jar's {@code lib/}, transitive ones included, in the order listed. */
    public static List<BundledLibrary> all() {
        try (InputStream in = BundledLibrary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return List.of();
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + " from the jar", e);
        }
    }

    /** The libraries in {@code lines}; blank lines and lines with fewer than five fields are passed over. */
    static List<BundledLibrary> parse(List<String> lines) {
        List<BundledLibrary> libraries = new ArrayList<>();
        for (String line : lines) {
            // -1 keeps the empty last field of a licence without an address
            String[] fields = line.split("\t", -1);
            if (fields.length >= FIELDS && !fields[0].isBlank()) {
                libraries.add(new BundledLibrary(fields[0].strip(), fields[1].strip(), fields[2].strip(),
                        fields[3].strip(), fields[4].strip()));
            }
        }
        return List.copyOf(libraries);
    }
}
