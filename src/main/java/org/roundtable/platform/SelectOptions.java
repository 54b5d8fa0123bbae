package org.roundtable.platform;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;

/**
 * The {@code <option>}s of a plain {@code <select>}: {@code <rt:options value="#{bean.schoolOptions}"/>}, a list of
 * {@link SelectOption}s. A filter form's menus hold a district's schools and themes; as a {@code ui:repeat} of
 * {@code <option>} markup each choice cost three expression evaluations per request (its value, its label, whether
 * it is selected), here none. Values and labels are escaped by the {@link ResponseWriter}.
 */
@FacesComponent(value = SelectOptions.TYPE, createTag = true, namespace = "roundtable", tagName = "options")
public class SelectOptions extends UIComponentBase {

    static final String TYPE = "org.roundtable.SelectOptions";

    @Override
    public String getFamily() {
        return "org.roundtable";
    }

    @Override
    public void encodeBegin(FacesContext faces) throws IOException {
        @SuppressWarnings("unchecked")
        List<SelectOption> options = (List<SelectOption>) getAttributes().get("value");
        if (options == null) {
            return;
        }
        ResponseWriter out = faces.getResponseWriter();
        for (SelectOption option : options) {
            out.startElement("option", this);
            out.writeAttribute("value", option.value(), null);
            if (option.selected()) {
                out.writeAttribute("selected", "selected", null);
            }
            out.writeText(option.label(), null);
            out.endElement("option");
        }
    }
}
