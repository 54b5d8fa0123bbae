package org.roundtable.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.faces.application.ApplicationWrapper;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.EnumConverter;
import jakarta.faces.convert.LongConverter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundtable.observation.Tone;

class ConverterLookupsTest {

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
            if (targetClass.isEnum()) {
                return new EnumConverter(targetClass);
            }
            return targetClass == StringBuilder.class ? new Custom() : null;
        }
    }

    @Test
    void aStandardConverterIsLookedUpOnceAndStillCreatedFreshForEachAsk() {
        Counting behind = new Counting();
        ConverterLookups.Cached cached = new ConverterLookups.Cached(behind);
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
        ConverterLookups.Cached cached = new ConverterLookups.Cached(behind);
        for (int i = 0; i < 5; i++) {
            assertNull(cached.createConverter(LocalDate.class));
        }
        assertEquals(1, behind.asked.get(LocalDate.class));
    }

    @Test
    void anEnumsConverterKnowsItsEnum() throws ReflectiveOperationException {
        Counting behind = new Counting();
        ConverterLookups.Cached cached = new ConverterLookups.Cached(behind);
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
        ConverterLookups.Cached cached = new ConverterLookups.Cached(behind);
        for (int i = 0; i < 3; i++) {
            assertInstanceOf(Custom.class, cached.createConverter(StringBuilder.class));
        }
        assertEquals(3, behind.asked.get(StringBuilder.class), "a converter the portal does not know is not kept");
    }
}
