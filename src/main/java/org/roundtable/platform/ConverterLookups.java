package org.roundtable.platform;

import jakarta.faces.application.Application;
import jakarta.faces.application.ApplicationFactory;
import jakarta.faces.application.ApplicationWrapper;
import jakarta.faces.convert.BigDecimalConverter;
import jakarta.faces.convert.BigIntegerConverter;
import jakarta.faces.convert.BooleanConverter;
import jakarta.faces.convert.ByteConverter;
import jakarta.faces.convert.CharacterConverter;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.DoubleConverter;
import jakarta.faces.convert.EnumConverter;
import jakarta.faces.convert.FloatConverter;
import jakarta.faces.convert.IntegerConverter;
import jakarta.faces.convert.LongConverter;
import jakarta.faces.convert.ShortConverter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Finding the converter for a value's class once per class instead of once per value. Faces asks the application
 * for a by-type converter for every option of a select menu, every view parameter and every {@code h:outputText} of
 * a non-text value; each ask looks for a CDI-managed {@code @FacesConverter(forClass)} through the bean manager
 * (for the class and each superclass): a tenth of the observation list's CPU samples in a JFR profile (issue 12;
 * requests per second showed no difference that the runs could tell from the JIT's warm-up). The
 * answer cannot change once the application runs (the portal registers no converter later), so it is kept per
 * class: "none" (a {@code LocalDate}, a {@code String}), or one of Faces' own stateless standard converters, which
 * is still created fresh for each ask as the contract says. Any other converter (one an application or a library
 * defines, possibly a CDI bean) is asked for every time, as before.
 */
public class ConverterLookups extends ApplicationFactory {

    public ConverterLookups(ApplicationFactory wrapped) {
        super(wrapped);
    }

    private volatile Cached cached;

    @Override
    public Application getApplication() {
        Application application = getWrapped().getApplication();
        Cached current = cached;
        if (current == null || current.getWrapped() != application) {
            current = new Cached(application); // the first ask, or another application set since
            cached = current;
        }
        return current;
    }

    @Override
    public void setApplication(Application application) {
        getWrapped().setApplication(application instanceof Cached c ? c.getWrapped() : application);
    }

    /** The standard converters Faces registers by type: stateless, so a fresh one is as good as the one found. */
    private static final Map<Class<?>, Supplier<Converter<?>>> STANDARD = Map.ofEntries(
            Map.entry(BigDecimalConverter.class, BigDecimalConverter::new),
            Map.entry(BigIntegerConverter.class, BigIntegerConverter::new),
            Map.entry(BooleanConverter.class, BooleanConverter::new),
            Map.entry(ByteConverter.class, ByteConverter::new),
            Map.entry(CharacterConverter.class, CharacterConverter::new),
            Map.entry(DoubleConverter.class, DoubleConverter::new),
            Map.entry(FloatConverter.class, FloatConverter::new),
            Map.entry(IntegerConverter.class, IntegerConverter::new),
            Map.entry(LongConverter.class, LongConverter::new),
            Map.entry(ShortConverter.class, ShortConverter::new));

    /**
     * What to do for one class, decided from the first converter found for it: {@code Optional.empty()} inside means
     * "ask the wrapped application every time".
     */
    static Optional<Function<Class<?>, Converter<?>>> decide(Class<?> target, Converter<?> found) {
        if (found == null) {
            return Optional.of(type -> null);
        }
        if (found.getClass() == EnumConverter.class && target.isEnum()) {
            return Optional.of(EnumConverter::new);
        }
        Supplier<Converter<?>> standard = STANDARD.get(found.getClass());
        return standard == null ? Optional.empty() : Optional.of(type -> standard.get());
    }

    /** The application with the cache; everything else is the wrapped one's. */
    static final class Cached extends ApplicationWrapper {
        private final Map<Class<?>, Optional<Function<Class<?>, Converter<?>>>> byType = new ConcurrentHashMap<>();

        Cached(Application wrapped) {
            super(wrapped);
        }

        @Override
        @SuppressWarnings("rawtypes")
        public Converter createConverter(Class<?> targetClass) {
            if (targetClass == null) {
                return getWrapped().createConverter(targetClass); // its own NullPointerException, as the contract says
            }
            Optional<Function<Class<?>, Converter<?>>> known = byType.get(targetClass);
            if (known == null) {
                Converter<?> found = getWrapped().createConverter(targetClass);
                byType.putIfAbsent(targetClass, decide(targetClass, found));
                return found;
            }
            return known.isPresent() ? known.get().apply(targetClass) : getWrapped().createConverter(targetClass);
        }
    }
}
