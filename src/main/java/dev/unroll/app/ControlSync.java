package dev.unroll.app;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableValue;
import javafx.util.StringConverter;

/**
 * Keeps a control's value in step with a read-only property it shows, and turns the user's changes
 * into the property's command. The control follows every change of the property without that
 * change coming back as a command; a change made on the control reaches the command once, and only
 * when it differs from what the property holds. A command that leaves the property as it was (a
 * refused change) puts the control back to the property's value.
 *
 * @param <M> the property's type
 * @param <C> the control's type
 */
final class ControlSync<M, C> {

    private final Property<C> control;
    private final ObservableValue<M> model;
    private final Function<? super M, ? extends C> toControl;
    /** True while the control is set from the property, so that its listener does not echo it back. */
    private boolean showing;

    private ControlSync(Property<C> control, ObservableValue<M> model, Function<? super M, ? extends C> toControl) {
        this.control = control;
        this.model = model;
        this.toControl = toControl;
    }

    /** Links a control to a property of the same type: the control shows it, {@code command} changes it. */
    static <T> ControlSync<T, T> link(Property<T> control, ObservableValue<T> model, Consumer<? super T> command) {
        return link(control, model, Function.identity(), Function.identity(), command);
    }

    /**
     * Links a control to a property of another type: {@code toControl} turns the property's value into
     * the control's, {@code toModel} the control's into the value handed to {@code command}.
     */
    static <M, C> ControlSync<M, C> link(Property<C> control, ObservableValue<M> model,
                                         Function<? super M, ? extends C> toControl,
                                         Function<? super C, ? extends M> toModel, Consumer<? super M> command) {
        ControlSync<M, C> sync = new ControlSync<>(control, model, toControl);
        sync.show();
        model.addListener((obs, old, now) -> sync.show());
        control.addListener((obs, old, now) -> {
            if (sync.showing) {
                return;
            }
            M wanted = toModel.apply(now);
            if (!Objects.equals(wanted, model.getValue())) {
                command.accept(wanted);
                sync.show();
            }
        });
        return sync;
    }

    /** Sets the control to the property's value without reporting it as the user's change. */
    void show() {
        C shown = toControl.apply(model.getValue());
        if (Objects.equals(shown, control.getValue())) {
            return;
        }
        showing = true;
        try {
            control.setValue(shown);
        } finally {
            showing = false;
        }
    }

    /**
     * A choice's converter: shows each of {@code values} (a live list, such as the control's own items) as
     * {@code text} names it, and reads that name back.
     */
    static <T> StringConverter<T> shownAs(List<T> values, Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String shown) {
                return values.stream().filter(v -> text.apply(v).equals(shown)).findFirst().orElse(null);
            }
        };
    }
}
