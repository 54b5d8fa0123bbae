package org.roundtable.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordElResolverTest {

    record Row(long id, String schoolName) {
    }

    static class Bean {
        public String getName() {
            return "bean";
        }
    }

    private final RecordElResolver resolver = new RecordElResolver();

    private static ELContext context() {
        return new ELContext() {
            @Override public ELResolver getELResolver() { return null; }
            @Override public FunctionMapper getFunctionMapper() { return null; }
            @Override public VariableMapper getVariableMapper() { return null; }
        };
    }

    @Test
    void readsRecordComponentsAsProperties() {
        ELContext ctx = context();
        assertEquals("Westview", resolver.getValue(ctx, new Row(3, "Westview"), "schoolName"));
        assertTrue(ctx.isPropertyResolved());
        assertTrue(resolver.isReadOnly(context(), new Row(3, "x"), "id"));
    }

    @Test
    void leavesEverythingElseToTheOtherResolvers() {
        ELContext ctx = context();
        assertNull(resolver.getValue(ctx, new Bean(), "name"));
        assertFalse(ctx.isPropertyResolved());
        ELContext unknown = context();
        assertNull(resolver.getValue(unknown, new Row(1, "x"), "missing"));
        assertFalse(unknown.isPropertyResolved());
    }

    @Test
    void recordsAreReadOnly() {
        assertThrows(PropertyNotWritableException.class, () -> resolver.setValue(context(), new Row(1, "x"), "id", 2L));
    }
}
