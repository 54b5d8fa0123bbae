package org.roundtable.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.faces.FacesException;
import jakarta.faces.application.ApplicationWrapper;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.DateTimeConverter;
import jakarta.faces.convert.EnumConverter;
import jakarta.faces.convert.LongConverter;
import jakarta.faces.convert.NumberConverter;
import jakarta.faces.validator.BeanValidator;
import jakarta.faces.validator.LongRangeValidator;
import jakarta.faces.validator.Validator;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.roundtable.observation.Tone;

class FacesLookupsTest {

    /** A converter an application or library would define (perhaps a CDI bean with state): never kept. */
    static final class Custom implements Converter<Object> {
        @Override
        public Object getAsObject(FacesContext context, UIComponent component, String value) {
            return value;
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, Object value) {
            return String.valueOf(value);
        }
    }

    /** Counts how often the application behind the cache is asked, and answers as Faces does. */
    static final class Counting extends ApplicationWrapper {
        final Map<Class<?>, Integer> asked = new HashMap<>();

        Counting() {
            super(null);
        }

        @Override
        @SuppressWarnings("rawtypes")
        public Converter createConverter(Class<?> targetClass) {
            asked.merge(targetClass, 1, Integer::sum);
            if (targetClass == Long.class) {
                return new LongConverter();
            }
            if (targetClass == Integer.class) {
                return new org.primefaces.convert.IntegerConverter(); // PrimeFaces registers its own for Integer
            }
            if (targetClass.isEnum()) {
                return new EnumConverter(targetClass);
            }
            return targetClass == StringBuilder.class ? new Custom() : null;
        }

        final Map<String, Integer> askedById = new HashMap<>();

        @Override
        @SuppressWarnings("rawtypes")
        public Converter createConverter(String converterId) {
            askedById.merge(converterId, 1, Integer::sum);
            return switch (converterId) {
                case "jakarta.faces.DateTime" -> {
                    org.primefaces.convert.DateTimeConverter dates = new org.primefaces.convert.DateTimeConverter();
                    dates.setTimeZone(TimeZone.getTimeZone("America/Chicago")); // as Faces does when told to
                    yield dates;
                }
                case "jakarta.faces.Number" -> new NumberConverter();
                case "custom" -> new Custom();
                default -> throw new FacesException("no converter " + converterId);
            };
        }

        @Override
        @SuppressWarnings("rawtypes")
        public Validator createValidator(String validatorId) {
            askedById.merge(validatorId, 1, Integer::sum);
            return switch (validatorId) {
                case "jakarta.faces.Bean" -> new BeanValidator();
                case "jakarta.faces.LongRange" -> new org.primefaces.validate.LongRangeValidator();
                case "custom" -> (context, component, value) -> { };
                default -> throw new FacesException("no validator " + validatorId);
            };
        }
    }

    @Test
    void aStandardConverterIsLookedUpOnceAndStillCreatedFreshForEachAsk() {
        Counting behind = new Counting();
        FacesLookups.Cached cached = new FacesLookups.Cached(behind);
        Converter<?> first = cached.createConverter(Long.class);
        Converter<?> second = cached.createConverter(Long.class);
        Converter<?> third = cached.createConverter(Long.class);
        assertEquals(1, behind.asked.get(Long.class), "asked once for its class");
        assertInstanceOf(LongConverter.class, second);
        assertNotSame(first, second, "a new converter each time, as the contract says");
        assertNotSame(second, third);
    }

    @Test
    void noConverterIsRememberedAsNone() {
        Counting behind = new Counting();
        FacesLookups.Cached cached = new FacesLookups.Cached(behind);
        for (int i = 0; i < 5; i++) {
            assertNull(cached.createConverter(LocalDate.class));
        }
        assertEquals(1, behind.asked.get(LocalDate.class));
    }

    @Test
    void anEnumsConverterKnowsItsEnum() throws ReflectiveOperationException {
        Counting behind = new Counting();
        FacesLookups.Cached cached = new FacesLookups.Cached(behind);
        cached.createConverter(Tone.class);
        Converter<?> again = cached.createConverter(Tone.class);
        assertEquals(1, behind.asked.get(Tone.class));
        // without its enum class an EnumConverter could not turn a name back into a constant
        java.lang.reflect.Field target = EnumConverter.class.getDeclaredField("targetClass");
        target.setAccessible(true);
        assertSame(Tone.class, target.get(again));
    }

    @Test
    void anyOtherConverterIsAskedForEveryTime() {
        Counting behind = new Counting();
        FacesLookups.Cached cached = new FacesLookups.Cached(behind);
        for (int i = 0; i < 3; i++) {
            assertInstanceOf(Custom.class, cached.createConverter(StringBuilder.class));
        }
        assertEquals(3, behind.asked.get(StringBuilder.class), "a converter the portal does not know is not kept");
    }

    @Test
    void aPrimeFacesConverterByTypeIsKeptLikeFacesOwn() {
        Counting behind = new Counting();
        FacesLookups.Cached cached = new FacesLookups.Cached(behind);
        Converter<?> first = cached.createConverter(Integer.class);
        Converter<?> second = cached.createConverter(Integer.class);
        assertEquals(1, behind.asked.get(Integer.class));
        assertInstanceOf(org.primefaces.convert.IntegerConverter.class, second, "the same kind, for client validation");
        assertNotSame(first, second);
    }

    @Test
    void aDateConverterByIdIsFreshEachTimeWithTheZoneFacesGaveIt() {
        Counting behind = new Counting();
        FacesLookups.Cached cached = new FacesLookups.Cached(behind);
        DateTimeConverter first = (DateTimeConverter) cached.createConverter("jakarta.faces.DateTime");
        first.setPattern("yyyy-MM-dd"); // a tag configures the one it gets
        DateTimeConverter second = (DateTimeConverter) cached.createConverter("jakarta.faces.DateTime");
        assertEquals(1, behind.askedById.get("jakarta.faces.DateTime"), "asked once for its id");
        assertInstanceOf(org.primefaces.convert.DateTimeConverter.class, second);
        assertNotSame(first, second);
        assertNull(second.getPattern(), "another tag's pattern does not leak into the next converter");
        assertEquals(TimeZone.getTimeZone("America/Chicago"), second.getTimeZone());
        cached.createConverter("jakarta.faces.Number");
        assertInstanceOf(NumberConverter.class, cached.createConverter("jakarta.faces.Number"));
        assertEquals(1, behind.askedById.get("jakarta.faces.Number"));
    }

    @Test
    void standardValidatorsAreLookedUpOnceAndCreatedFresh() {
        Counting behind = new Counting();
        FacesLookups.Cached cached = new FacesLookups.Cached(behind);
        Validator<?> bean = cached.createValidator("jakarta.faces.Bean");
        Validator<?> again = cached.createValidator("jakarta.faces.Bean");
        LongRangeValidator range = (LongRangeValidator) cached.createValidator("jakarta.faces.LongRange");
        range.setMaximum(1000);
        LongRangeValidator next = (LongRangeValidator) cached.createValidator("jakarta.faces.LongRange");
        assertEquals(1, behind.askedById.get("jakarta.faces.Bean"));
        assertEquals(1, behind.askedById.get("jakarta.faces.LongRange"));
        assertInstanceOf(BeanValidator.class, again);
        assertNotSame(bean, again);
        assertInstanceOf(org.primefaces.validate.LongRangeValidator.class, next);
        assertEquals(new LongRangeValidator().getMaximum(), next.getMaximum(), "a fresh validator, not the last tag's");
    }

    @Test
    void otherConvertersAndValidatorsByIdAreAskedForEveryTimeAndUnknownIdsStillFail() {
        Counting behind = new Counting();
        FacesLookups.Cached cached = new FacesLookups.Cached(behind);
        for (int i = 0; i < 3; i++) {
            assertInstanceOf(Custom.class, cached.createConverter("custom"));
            cached.createValidator("custom");
        }
        assertEquals(3, behind.askedById.get("custom") / 2, "a converter the portal does not know is not kept");
        assertThrows(FacesException.class, () -> cached.createConverter("nothing"));
        assertThrows(FacesException.class, () -> cached.createConverter("nothing"));
        assertThrows(FacesException.class, () -> cached.createValidator("nothing"));
        assertEquals(3, behind.askedById.get("nothing"));
    }
}
