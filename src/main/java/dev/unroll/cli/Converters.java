package dev.unroll.cli;

import dev.unroll.diagram.Notation;
import dev.unroll.diagram.ViewKind;
import dev.unroll.rnn.Activation;
import dev.unroll.rnn.HeadActivation;
import dev.unroll.rnn.Initialisation;
import dev.unroll.rnn.Keys;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.ValueKind;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Turns the command line's lower-case names into the engine's enums, with a message listing the choices. */
final class Converters {

    private Converters() {
    }

    /** Finds the constant whose key matches, ignoring case, or says which keys there are. */
    abstract static class ByKey<E extends Enum<E>> implements ITypeConverter<E> {
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

    static final class PresetConverter extends ByKey<Preset> {
        PresetConverter() {
            super(Preset.class, Preset::key);
        }
    }

    static final class InitialisationConverter extends ByKey<Initialisation> {
        InitialisationConverter() {
            super(Initialisation.class, Initialisation::key);
        }
    }

    static final class ActivationConverter extends ByKey<Activation> {
        ActivationConverter() {
            super(Activation.class, Activation::key);
        }
    }

    static final class HeadActivationConverter extends ByKey<HeadActivation> {
        HeadActivationConverter() {
            super(HeadActivation.class, HeadActivation::key);
        }
    }

    static final class ValueKindConverter extends ByKey<ValueKind> {
        ValueKindConverter() {
            super(ValueKind.class, ValueKind::key);
        }
    }

    static final class ViewKindConverter extends ByKey<ViewKind> {
        ViewKindConverter() {
            super(ViewKind.class, ViewKind::key);
        }
    }

    static final class NotationConverter extends ByKey<Notation> {
        NotationConverter() {
            super(Notation.class, Notation::key);
        }
    }
}
