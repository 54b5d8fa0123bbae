package org.roundtable.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployments of the integration tests: the WAR the build just packaged (the artifact that ships), plus,
 * for in-container tests, the test helpers of this package. One deployment serves a whole test class.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The shipped WAR, unchanged: what browser tests run against. */
    public static WebArchive portal() {
        String path = System.getProperty("roundtable.war", "target/roundtable.war");
        File war = new File(path);
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war.getAbsolutePath());
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    /** The shipped WAR with the in-container helpers: a settable caller and a data builder. */
    public static WebArchive portalWithTestSupport(Class<?> testClass) {
        WebArchive war = portal();
        // Arquillian's test runner servlet must be reachable without a login: add it to the public paths.
        String webXml = new String(readAll(war.get("WEB-INF/web.xml").getAsset().openStream()), StandardCharsets.UTF_8);
        String opened = webXml.replace("<param-value>/login.xhtml ", "<param-value>/login.xhtml /ArquillianServletRunnerEE9 ");
        if (opened.equals(webXml)) {
            throw new IllegalStateException("web.xml's AccessFilter has no public paths starting with /login.xhtml to extend");
        }
        war.delete("WEB-INF/web.xml");
        return war.setWebXML(new StringAsset(opened))
                .addClasses(ActingCaller.class, TestData.class, AccessMatrix.class, AccessMatrix.Who.class,
                        AccessMatrix.Outcome.class, ServerCounters.class, ServerCounters.Reads.class, testClass);
    }

    /** The jar (or classes folder) a class was loaded from, to add a test library to a deployment. */
    public static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
