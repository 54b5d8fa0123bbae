package org.roundtable.checkin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.roundtable.platform.NotFoundException;

/** The prep packet page: "preparing for my one-on-one", for the principal and the leader alike. */
@Named("prep")
@RequestScoped
public class PrepPage {

    @Inject
    PrepPackets packets;

    private String id;
    private PrepPacket packet;

    public void load() {
        try {
            packet = packets.of(Long.parseLong(id));
        } catch (NumberFormatException | NullPointerException e) {
            throw new NotFoundException("checkIn " + id);
        }
    }

    public PrepPacket getPacket() { return packet; }
    public LocalDate getToday() { return LocalDate.now(); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
