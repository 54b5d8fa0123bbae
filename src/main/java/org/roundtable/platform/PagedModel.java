package org.roundtable.platform;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy table model over a service's paged query: each page the table asks for is one service call,
 * which also tells the row count (so there is no separate count call from the table).
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Loads one page; {@code sort} is the column the user sorted by, or null. */
    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        Page<T> load(int first, int pageSize, SortMeta sort);
    }

    private final Loader<T> loader;
    private final SerializableKey<T> key;
    private final int maxPageSize;

    /** The row's identity, as the table's row key. */
    @FunctionalInterface
    public interface SerializableKey<T> extends Function<T, Object>, Serializable {
    }

    public PagedModel(Loader<T> loader, SerializableKey<T> key, int maxPageSize) {
        this.loader = loader;
        this.key = key;
        this.maxPageSize = maxPageSize;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return getRowCount(); // load() has set it from the same service call
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null ? null : sortBy.values().stream().findFirst().orElse(null);
        Page<T> page = loader.load(first, Math.min(pageSize, maxPageSize), sort);
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        return page.rows();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }
}
