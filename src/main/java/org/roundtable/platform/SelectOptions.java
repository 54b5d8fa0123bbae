package org.roundtable.platform;

import jakarta.faces.component.FacesComponent;
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
public class SelectOptions extends ListMarkup<SelectOption> {

    static final String TYPE = "org.roundtable.SelectOptions";

    @Override
    protected void write(FacesContext faces, ResponseWriter out, List<SelectOption> options) throws IOException {
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
