package org.roundtable.observation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.roundtable.platform.NotFoundException;

/** One observation ({@code /observations/view.xhtml?id=}): 404 for unknown ids and other schools' records. */
@Named("observation")
@RequestScoped
public class ObservationPage {

    @Inject
    Observations observations;

    private String id;
    private ObservationDetail detail;

    public void load() {
        try {
            detail = observations.find(Long.parseLong(id == null ? "" : id.strip()));
        } catch (NumberFormatException e) {
            throw new NotFoundException("observation " + id);
        }
    }

    public ObservationDetail getDetail() { return detail; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
