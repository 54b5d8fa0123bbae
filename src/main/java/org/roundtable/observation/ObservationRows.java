package org.roundtable.observation;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;
import java.util.ResourceBundle;
import org.roundtable.platform.ListMarkup;

/**
 * The observation list's rows ({@code <rt:observationRows value="#{observations.result.rows}"/>} inside the table's
 * {@code tbody}): a table row per observation, each cell with its column's name for the phone's card layout
 * ({@code data-label}), the text linking to the observation.
 *
 * <p>Written in Java because the rows are the list's hot path: as a {@code ui:repeat} of markup the twenty rows were
 * some 300 expression evaluations per request (each cell's value, its label, its message key built in EL), over a
 * quarter of the page's CPU in a JFR profile (issue 12). Here the labels are read from the bundle once per request
 * and every value is escaped by the {@link ResponseWriter}, as Facelets escapes it.
 */
@FacesComponent(value = ObservationRows.TYPE, createTag = true, namespace = "roundtable", tagName = "observationRows")
public class ObservationRows extends ListMarkup<ObservationRow> {

    static final String TYPE = "org.roundtable.ObservationRows";

    @Override
    protected void write(FacesContext faces, ResponseWriter out, List<ObservationRow> rows) throws IOException {
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        String date = msg.getString("obs.date");
        String school = msg.getString("obs.school");
        String tone = msg.getString("obs.tone");
        String group = msg.getString("obs.roleGroup");
        String text = msg.getString("obs.text");
        String author = msg.getString("obs.author");
        String view = faces.getExternalContext().getRequestContextPath() + "/observations/view.xhtml?id=";
        for (ObservationRow o : rows) {
            out.startElement("tr", this);
            cell(out, date, String.valueOf(o.observedOn()));
            cell(out, school, o.schoolName());

            open(out, tone, null);
            out.startElement("span", this);
            out.writeAttribute("class", "rt-tone rt-tone-" + o.tone(), null);
            out.writeText(msg.getString("tone." + o.tone()), null);
            out.endElement("span");
            out.endElement("td");

            cell(out, group, msg.getString("roleGroup." + o.roleGroup()));

            open(out, text, "rt-card-wide");
            out.startElement("a", this);
            out.writeURIAttribute("href", view + o.id(), null);
            out.writeAttribute("class", "rt-table-text obs-link", null);
            text(out, o.text());
            out.endElement("a");
            out.startElement("span", this);
            out.writeAttribute("class", "rt-themes", null);
            for (String theme : o.themes()) {
                out.startElement("span", this);
                out.writeAttribute("class", "rt-theme", null);
                out.writeText(theme, null);
                out.endElement("span");
            }
            out.endElement("span");
            out.endElement("td");

            open(out, author, null);
            text(out, o.authorName());
            if (o.sourceType() != null) {
                out.writeText(" ", null);
                out.startElement("span", this);
                out.writeAttribute("class", "rt-badge rt-source", null);
                out.writeText(msg.getString("source." + o.sourceType()), null);
                out.endElement("span");
            }
            out.endElement("td");
            out.endElement("tr");
        }
    }

    private void cell(ResponseWriter out, String label, String value) throws IOException {
        open(out, label, null);
        text(out, value);
        out.endElement("td");
    }

    /** Escaped text; nothing for none (the writer refuses null). */
    private static void text(ResponseWriter out, String value) throws IOException {
        if (value != null) {
            out.writeText(value, null);
        }
    }

    private void open(ResponseWriter out, String label, String styleClass) throws IOException {
        out.startElement("td", this);
        out.writeAttribute("data-label", label, null);
        if (styleClass != null) {
            out.writeAttribute("class", styleClass, null);
        }
    }
}
