package dev.unroll.about;

import java.util.List;

/**
 * The text of Help → About, as shown and as copied: the version and build date, the Java and JavaFX
 * that run the program, and each bundled library with its licence.
 */
public final class AboutText {

    private AboutText() {
    }

    /**
     * The whole text.
     *
     * @param build      this build
     * @param java       the running Java, such as {@code 17.0.12 (Eclipse Adoptium)}
     * @param javafx     the running JavaFX, such as {@code 21.0.11}
     * @param libraries  the bundled libraries, one entry per licence
     */
    public static String of(BuildInfo build, String java, String javafx, List<BundledLibrary> libraries) {
        StringBuilder text = new StringBuilder();
        text.append(build.versionLine()).append('\n')
                .append("Built ").append(build.buildDate()).append('\n')
                .append("Java ").append(java).append('\n')
                .append("JavaFX ").append(javafx).append("\n\n")
                .append("Bundled libraries and their licences:\n");
        if (libraries.isEmpty()) {
            text.append("(the list was not generated into this build)\n");
        }
        for (BundledLibrary library : libraries) {
            text.append('\n').append(library.name()).append(' ').append(library.version())
                    .append("  (").append(library.artifact()).append(")\n")
                    .append("    ").append(library.licence()).append('\n');
            if (!library.licenceUrl().isEmpty()) {
                // a line of its own: an address is long, and is copied whole from there
                text.append("    ").append(library.licenceUrl()).append('\n');
            }
        }
        return text.toString();
    }

    /** The running Java: its version and, when known, who built it. */
    public static String runningJava() {
        String vendor = System.getProperty("java.vendor", "");
        return Runtime.version() + (vendor.isBlank() ? "" : " (" + vendor + ")");
    }
}
