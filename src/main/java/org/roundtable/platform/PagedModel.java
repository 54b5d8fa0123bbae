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
 *
 * <p>A model holds the page being rendered (its rows, the row index the table is at), so two requests must never
 * share one: fast paging, a double click or two tabs send requests on the same view at once, and a model kept in
 * the view-scoped bean was loaded by one while the other iterated it ({@code ArrayIndexOutOfBoundsException} in
 * {@code getRowData}, or one request's filter lost). Beans get theirs through {@link #ofRequest}: one per request.
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
    private boolean more;

    /** The row's identity, as the table's row key. */
    @FunctionalInterface
    public interface SerializableKey<T> extends Function<T, Object>, Serializable {
    }

    /**
     * The model of this request for a table of the given bean, made on first use: each request has its own, while
     * the bean (view-scoped, shared by the requests on one view) keeps only the filters the loader reads.
     */
    @SuppressWarnings("unchecked")
    public static <T> PagedModel<T> ofRequest(Object bean, String table, java.util.function.Supplier<PagedModel<T>> create) {
        Map<String, Object> request = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        String key = PagedModel.class.getName() + "." + System.identityHashCode(bean) + "." + table;
        return (PagedModel<T>) request.computeIfAbsent(key, k -> create.get());
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
        more = page.more();
        return page.rows();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    /** Whether more rows match than the row count says (the count stopped at a limit). */
    public boolean isMore() {
        return more;
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }
}
