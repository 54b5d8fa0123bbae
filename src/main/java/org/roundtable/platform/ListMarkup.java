package org.roundtable.platform;

import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;

/**
 * A component that writes the markup of a list in Java (its {@code value}, a {@code List<T>}), for a page's hot
 * path where a {@code ui:repeat} of markup would evaluate expressions per item (issue 12). Nothing is written for no
 * list or an empty one; whatever it writes goes through the {@link ResponseWriter}, which escapes text and attributes.
 *
 * @param <T> the type of the items
 */
public abstract class ListMarkup<T> extends UIComponentBase {

    public static final String FAMILY = "org.roundtable";

    @Override
    public String getFamily() {
        return FAMILY;
    }

    @Override
    public void encodeBegin(FacesContext faces) throws IOException {
        @SuppressWarnings("unchecked")
        List<T> items = (List<T>) getAttributes().get("value");
        if (items != null && !items.isEmpty()) {
            write(faces, faces.getResponseWriter(), items);
        }
    }

    /** Writes the items' markup. */
    protected abstract void write(FacesContext faces, ResponseWriter out, List<T> items) throws IOException;
}
