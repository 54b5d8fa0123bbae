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
import jakarta.faces.convert.DateTimeConverter;
import jakarta.faces.convert.DoubleConverter;
import jakarta.faces.convert.EnumConverter;
import jakarta.faces.convert.FloatConverter;
import jakarta.faces.convert.IntegerConverter;
import jakarta.faces.convert.LongConverter;
import jakarta.faces.convert.NumberConverter;
import jakarta.faces.convert.ShortConverter;
import jakarta.faces.validator.BeanValidator;
import jakarta.faces.validator.DoubleRangeValidator;
import jakarta.faces.validator.LengthValidator;
import jakarta.faces.validator.LongRangeValidator;
import jakarta.faces.validator.RegexValidator;
import jakarta.faces.validator.RequiredValidator;
import jakarta.faces.validator.Validator;
import java.lang.reflect.Constructor;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Finding a converter or a validator once per class or id instead of once per value, parameter and field. Faces asks
 * the application for a by-type converter for every option of a select menu, every view parameter and every
 * {@code h:outputText} of a non-text value, for a converter by id for every {@code f:convertDateTime} and
 * {@code f:convertNumber}, and for the default bean validator of every input and view parameter; each ask looks for
 * a CDI-managed {@code @FacesConverter} / {@code @FacesValidator} through the bean manager (for a class, for each
 * superclass too). In JFR profiles of the observation list these asks were a tenth of the CPU samples, and after
 * the by-type cache still a twentieth (issue 12).
 *
 * <p>The answer cannot change once the application runs (the portal registers none later), so it is kept: per class
 * "none" (a {@code LocalDate}, a {@code String}); and, per class or id, a converter or validator that Faces or
 * PrimeFaces defines (stateless, or with state only from its tag's attributes), which is still created fresh for
 * each ask as the contract says, with the time zone Faces gives a date converter. Anything else (a converter or
 * validator an application or library defines, possibly a CDI bean) is asked for every time, as before.
 */
public class FacesLookups extends ApplicationFactory {

    public FacesLookups(ApplicationFactory wrapped) {
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

    /**
     * The converters Faces and PrimeFaces register (PrimeFaces' extend Faces' with what its client-side validation
     * reads): a fresh one, configured by its tag if it has one, is as good as the one found.
     */
    private static final Set<Class<?>> STANDARD_CONVERTERS = Set.of(
            BigDecimalConverter.class, BigIntegerConverter.class, BooleanConverter.class, ByteConverter.class,
            CharacterConverter.class, DoubleConverter.class, FloatConverter.class, IntegerConverter.class,
            LongConverter.class, ShortConverter.class, DateTimeConverter.class, NumberConverter.class,
            org.primefaces.convert.BigDecimalConverter.class, org.primefaces.convert.BigIntegerConverter.class,
            org.primefaces.convert.BooleanConverter.class, org.primefaces.convert.ByteConverter.class,
            org.primefaces.convert.CharacterConverter.class, org.primefaces.convert.DoubleConverter.class,
            org.primefaces.convert.FloatConverter.class, org.primefaces.convert.IntegerConverter.class,
            org.primefaces.convert.LongConverter.class, org.primefaces.convert.ShortConverter.class,
            org.primefaces.convert.DateTimeConverter.class, org.primefaces.convert.NumberConverter.class);

    /** The validators Faces and PrimeFaces register: their state is their tag's attributes. */
    private static final Set<Class<?>> STANDARD_VALIDATORS = Set.of(
            BeanValidator.class, DoubleRangeValidator.class, LengthValidator.class, LongRangeValidator.class,
            RegexValidator.class, RequiredValidator.class,
            org.primefaces.validate.DoubleRangeValidator.class, org.primefaces.validate.LengthValidator.class,
            org.primefaces.validate.LongRangeValidator.class, org.primefaces.validate.RegexValidator.class);

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
        return converterLike(found).map(fresh -> type -> fresh.get());
    }

    /** A maker of converters like the one found for an id, or none when it must be asked for each time. */
    static Optional<Supplier<Converter<?>>> converterLike(Converter<?> found) {
        if (found == null || !STANDARD_CONVERTERS.contains(found.getClass())) {
            return Optional.empty();
        }
        Supplier<Converter<?>> fresh = maker(found.getClass());
        if (found instanceof DateTimeConverter dates) {
            TimeZone zone = dates.getTimeZone(); // the system's when Faces is told to pass it, else its default
            return Optional.of(() -> {
                DateTimeConverter converter = (DateTimeConverter) fresh.get();
                if (!converter.getTimeZone().equals(zone)) {
                    converter.setTimeZone(zone);
                }
                return converter;
            });
        }
        return Optional.of(fresh);
    }

    /** A maker of validators like the one found for an id, or none when it must be asked for each time. */
    static Optional<Supplier<Validator<?>>> validatorLike(Validator<?> found) {
        if (found == null || !STANDARD_VALIDATORS.contains(found.getClass())) {
            return Optional.empty();
        }
        return Optional.of(maker(found.getClass()));
    }

    @SuppressWarnings("unchecked")
    private static <T> Supplier<T> maker(Class<?> type) {
        Constructor<?> constructor;
        try {
            constructor = type.getConstructor();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no public constructor without arguments", e);
        }
        return () -> {
            try {
                return (T) constructor.newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot create a " + type.getName(), e);
            }
        };
    }

    /** The application with the caches; everything else is the wrapped one's. */
    static final class Cached extends ApplicationWrapper {
        private final Map<Class<?>, Optional<Function<Class<?>, Converter<?>>>> byType = new ConcurrentHashMap<>();
        private final Map<String, Optional<Supplier<Converter<?>>>> convertersById = new ConcurrentHashMap<>();
        private final Map<String, Optional<Supplier<Validator<?>>>> validatorsById = new ConcurrentHashMap<>();

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

        @Override
        @SuppressWarnings("rawtypes")
        public Converter createConverter(String converterId) {
            Optional<Supplier<Converter<?>>> known = converterId == null ? null : convertersById.get(converterId);
            if (known == null) {
                Converter<?> found = getWrapped().createConverter(converterId); // an unknown id throws, as it should
                if (converterId != null) {
                    convertersById.putIfAbsent(converterId, converterLike(found));
                }
                return found;
            }
            return known.isPresent() ? known.get().get() : getWrapped().createConverter(converterId);
        }

        @Override
        @SuppressWarnings("rawtypes")
        public Validator createValidator(String validatorId) {
            Optional<Supplier<Validator<?>>> known = validatorId == null ? null : validatorsById.get(validatorId);
            if (known == null) {
                Validator<?> found = getWrapped().createValidator(validatorId);
                if (validatorId != null) {
                    validatorsById.putIfAbsent(validatorId, validatorLike(found));
                }
                return found;
            }
            return known.isPresent() ? known.get().get() : getWrapped().createValidator(validatorId);
        }
    }
}
