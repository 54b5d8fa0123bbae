package org.roundtable.web;

import java.net.URL;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;

/** What every journey needs: the address of the one Payara {@link JourneysIT} deployed the shipped WAR to. */
abstract class Journey {

    /** Where Payara serves the deployment, as it reports it. */
    @ArquillianResource
    URL deployed;

    /** The same over loopback, whatever address Payara reports: what the browsers and clients open. */
    URL base;

    @BeforeEach
    void loopback() throws Exception {
        base = new URL("http", "127.0.0.1", deployed.getPort(), deployed.getFile());
    }
}
