package org.roundtable.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.roundtable.support.Deployments;
import org.roundtable.support.Inbox;

/**
 * Every user journey in headless Chromium against the shipped WAR on MariaDB, on one Payara: the browser tests start
 * the server once instead of once per capability. Each capability's journeys are a class of their own, stacked as
 * superclasses of this one ({@link PortalJourneys} extends {@link RoundingJourneys} extends {@link CriticalJourneys}
 * extends {@link TrendsJourneys}
 * extends {@link CheckInJourneys}),
 * because a JUnit class is the unit Arquillian deploys for, and Arquillian 1.10.2 does not run {@code @Nested}
 * classes on their enclosing class's deployment (arquillian-core#773 is fixed after it). Each group writes fixtures
 * of its own (a school and accounts), so no group reads what another changed; the scanner probe runs last, since it
 * presses every button it finds. Mail arrives in a GreenMail server in this JVM. Screenshots land in
 * target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JourneysIT extends PortalJourneys {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void startInbox() {
        Inbox.start();
    }

    @AfterAll
    static void stopInbox() {
        Inbox.stop();
    }
}
