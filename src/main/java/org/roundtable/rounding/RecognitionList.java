package org.roundtable.rounding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.roundtable.platform.FormErrors;

/** Recognitions still waiting for a thank-you note after three days, and recording that it was sent. */
@Named("recognitionList")
@ViewScoped
public class RecognitionList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Recognitions recognitions;

    @Inject
    FormErrors errors;

    private boolean mineOnly = true;
    private List<RecognitionRow> rows;
    private List<RecognitionRow> thanked = List.of();

    public void load() {
        if (rows == null) {
            reload();
        }
    }

    public void reload() {
        rows = recognitions.waitingTooLong(mineOnly);
        thanked = recognitions.recentlyThanked(mineOnly);
    }

    /** When a note was sent, in the district's time. */
    public String sentAt(RecognitionRow r) {
        return r.acknowledgedAt() == null ? "" : java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm")
                .format(r.acknowledgedAt().atZone(java.time.ZoneId.systemDefault()));
    }

    public List<RecognitionRow> getThanked() { return thanked; }

    public void thankYouSent(RecognitionRow r) {
        try {
            recognitions.acknowledge(r.id(), r.version());
        } catch (RuntimeException e) {
            errors.show(e, Map.of());
            reload();
            return;
        }
        errors.notice("recognition.thanked");
        reload();
    }

    public long daysWaiting(RecognitionRow r) {
        return java.time.temporal.ChronoUnit.DAYS.between(r.recognizedOn(), LocalDate.now());
    }

    public List<RecognitionRow> getRows() { return rows; }
    public boolean isMineOnly() { return mineOnly; }
    public void setMineOnly(boolean mineOnly) { this.mineOnly = mineOnly; }
}
