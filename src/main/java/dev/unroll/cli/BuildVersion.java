package dev.unroll.cli;

import dev.unroll.about.BuildInfo;
import picocli.CommandLine;

/** Answers {@code --version} with the line Help → About shows, from the version the build filled in. */
public final class BuildVersion implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {BuildInfo.current().versionLine()};
    }
}
