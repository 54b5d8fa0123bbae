package org.roundtable.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Tells pages whether this is the embedded demo (the login page then names the demo accounts). */
@Named
@ApplicationScoped
public class DemoMode {

    @Inject
    Migrations migrations;

    public boolean isEmbedded() {
        return migrations.isEmbedded();
    }
}
