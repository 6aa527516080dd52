package dev.unroll.cli;

import dev.unroll.diagram.Notation;
import dev.unroll.diagram.PictureKind;
import dev.unroll.diagram.ViewKind;
import dev.unroll.export.SnapshotFormat;
import dev.unroll.grad.Loss;
import dev.unroll.io.WeightsExport;
import dev.unroll.rnn.Activation;
import dev.unroll.rnn.HeadActivation;
import dev.unroll.rnn.Initialisation;
import dev.unroll.rnn.Keys;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.ValueKind;
import dev.unroll.train.Optimizer;
import dev.unroll.train.TrainingTask;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Turns the command line's lower-case names into the engine's and the diagram's enums, with a message listing the choices. */
final class Converters {

    private Converters() {
    }

    /** Registers one by-name converter per enum the options take, for every command of {@code commandLine}. */
    static void registerEnums(CommandLine commandLine) {
        byKey(commandLine, Preset.class, Preset::key);
        byKey(commandLine, Initialisation.class, Initialisation::key);
        byKey(commandLine, Activation.class, Activation::key);
        byKey(commandLine, HeadActivation.class, HeadActivation::key);
        byKey(commandLine, ValueKind.class, ValueKind::key);
        byKey(commandLine, ViewKind.class, ViewKind::key);
        byKey(commandLine, PictureKind.class, PictureKind::key);
        byKey(commandLine, Notation.class, Notation::key);
        byKey(commandLine, WeightsExport.Names.class, WeightsExport.Names::key);
        byKey(commandLine, SnapshotFormat.class, SnapshotFormat::extension);
        byKey(commandLine, Loss.class, Loss::key);
        byKey(commandLine, TrainingTask.class, TrainingTask::key);
        byKey(commandLine, Optimizer.class, Optimizer::key);
    }

    private static <E extends Enum<E>> void byKey(CommandLine commandLine, Class<E> type, Function<E, String> key) {
        commandLine.registerConverter(type, new ByKey<>(type, key));
    }

    /** Finds the constant whose key matches, ignoring case, or says which keys there are. */
    private static final class ByKey<E extends Enum<E>> implements ITypeConverter<E> {
        private final Class<E> type;
        private final Function<E, String> key;

        ByKey(Class<E> type, Function<E, String> key) {
            this.type = type;
            this.key = key;
        }

        @Override
        public E convert(String value) {
            E[] constants = type.getEnumConstants();
            return Keys.find(constants, key, k -> k.equalsIgnoreCase(value)).orElseThrow(
                    () -> new TypeConversionException("'" + value + "' is not one of " + Keys.choices(constants, key)));
        }
    }
}
