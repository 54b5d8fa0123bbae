package org.roundtable.platform;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets pages read record components as properties ({@code #{row.schoolName}}). Expression Language 5 (Jakarta
 * EE 10) only knows JavaBean getters; EL 6 adds this itself. Read-only, like records.
 */
public class RecordElResolver extends ELResolver {

    private static final Map<Class<?>, Map<String, RecordComponent>> COMPONENTS = new ConcurrentHashMap<>();

    private static RecordComponent component(Object base, Object property) {
        if (base == null || !base.getClass().isRecord() || !(property instanceof String name)) {
            return null;
        }
        return COMPONENTS.computeIfAbsent(base.getClass(), type -> {
            Map<String, RecordComponent> byName = new ConcurrentHashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                c.getAccessor().setAccessible(true);
                byName.put(c.getName(), c);
            }
            return byName;
        }).get(name);
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        RecordComponent c = component(base, property);
        if (c == null) {
            return null;
        }
        try {
            Object value = c.getAccessor().invoke(base);
            context.setPropertyResolved(base, property);
            return value;
        } catch (ReflectiveOperationException e) {
            throw new jakarta.el.ELException("Cannot read " + property + " of " + base.getClass().getSimpleName(), e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        RecordComponent c = component(base, property);
        if (c == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        return null; // read-only
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (component(base, property) != null) {
            throw new PropertyNotWritableException(property + " of a record is read-only");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        RecordComponent c = component(base, property);
        if (c == null) {
            return false;
        }
        context.setPropertyResolved(base, property);
        return true;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base != null && base.getClass().isRecord() ? String.class : null;
    }
}
