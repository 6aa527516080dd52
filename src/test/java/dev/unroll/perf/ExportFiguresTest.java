package dev.unroll.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole-process figures start their children with the options the bench itself was started with. */
class ExportFiguresTest {

    @Test
    void childrenGetTheBenchsArchiveCompilerAndGarbageCollectorOptions() {
        List<String> launcher = List.of("-XX:SharedArchiveFile=/opt/unroll/lib/app/unroll.jsa", "-Xshare:auto",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xmx1g", "-Dfile.encoding=UTF-8");
        assertEquals(launcher, ExportFigures.inheritedOptions(launcher));
    }

    @Test
    void optionsThatWriteAFileOfTheirOwnOrHoldADebuggersPortAreNotPassedOn() {
        List<String> bench = List.of("-XX:ArchiveClassesAtExit=target/new.jsa", "-XX:+UseSerialGC",
                "-XX:DumpLoadedClassList=classes.lst", "-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-Xmx1g",
                "-XX:StartFlightRecording=filename=run.jfr", "-Xlog:gc:file=gc.log", "-Xlog:cds=off",
                "-XX:HeapDumpPath=heap.hprof", "-Xloggc:old-gc.log");
        assertEquals(List.of("-XX:+UseSerialGC", "-Xmx1g", "-Xlog:cds=off"), ExportFigures.inheritedOptions(bench));
    }
}
