package dev.unroll.cli;

import dev.unroll.rnn.Activation;
import dev.unroll.rnn.HeadActivation;
import dev.unroll.rnn.Initialisation;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.ValueKind;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Turns the command line's lower-case names into the engine's enums, with a message listing the choices. */
final class Converters {

    private Converters() {
    }

    private static <E extends Enum<E>> E byName(Class<E> type, String value, java.util.function.Function<E, String> key) {
        for (E e : type.getEnumConstants()) {
            if (key.apply(e).equalsIgnoreCase(value)) {
                return e;
            }
        }
        String choices = Arrays.stream(type.getEnumConstants()).map(key).collect(Collectors.joining(", "));
        throw new TypeConversionException("'" + value + "' is not one of " + choices);
    }

    static final class PresetConverter implements ITypeConverter<Preset> {
        @Override
        public Preset convert(String value) {
            return byName(Preset.class, value, Preset::key);
        }
    }

    static final class InitialisationConverter implements ITypeConverter<Initialisation> {
        @Override
        public Initialisation convert(String value) {
            return byName(Initialisation.class, value, Initialisation::key);
        }
    }

    static final class ActivationConverter implements ITypeConverter<Activation> {
        @Override
        public Activation convert(String value) {
            return byName(Activation.class, value, Activation::key);
        }
    }

    static final class HeadActivationConverter implements ITypeConverter<HeadActivation> {
        @Override
        public HeadActivation convert(String value) {
            return byName(HeadActivation.class, value, HeadActivation::key);
        }
    }

    static final class ValueKindConverter implements ITypeConverter<ValueKind> {
        @Override
        public ValueKind convert(String value) {
            return byName(ValueKind.class, value, ValueKind::key);
        }
    }
}
