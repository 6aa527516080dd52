package dev.unroll;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The files under src/test/resources/fixtures/, which the scripts in src/test/python/ make. */
public final class FixtureFiles {

    private FixtureFiles() {
    }

    /**
     * The file {@code folder/name} under fixtures/.
     *
     * @param script the script that makes it, named in the failure when it is missing
     */
    public static Path of(String folder, String name, String script) {
        URL url = FixtureFiles.class.getResource("/fixtures/" + folder + "/" + name);
        if (url == null) {
            throw new IllegalStateException("missing fixture " + folder + "/" + name + "; run /usr/bin/python3 src/test/python/"
                    + script);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
