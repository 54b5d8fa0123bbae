package org.roundtable.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CachedResourcesTest {

    /** A resource as a handler makes it: a new one per ask. */
    static final class Made extends Resource {
        Made(String name, String library) {
            setResourceName(name);
            setLibraryName(library);
        }

        @Override
        public InputStream getInputStream() {
            return InputStream.nullInputStream();
        }

        @Override
        public Map<String, String> getResponseHeaders() {
            return Map.of();
        }

        @Override
        public String getRequestPath() {
            return "/jakarta.faces.resource/" + getResourceName();
        }

        @Override
        public URL getURL() {
            return null;
        }

        @Override
        public boolean userAgentNeedsUpdate(FacesContext context) {
            return false;
        }
    }

    /** The handlers behind the cache: they find what is not called "missing", and count every ask. */
    static final class Counting extends ResourceHandlerWrapper {
        final List<String> asked = new ArrayList<>();

        Counting() {
            super(null);
        }

        @Override
        public Resource createResource(String resourceName) {
            return createResource(resourceName, null, null);
        }

        @Override
        public Resource createResource(String resourceName, String libraryName) {
            return createResource(resourceName, libraryName, null);
        }

        @Override
        public Resource createResource(String resourceName, String libraryName, String contentType) {
            asked.add(libraryName + ":" + resourceName + ":" + contentType);
            return resourceName.startsWith("missing") ? null : new Made(resourceName, libraryName);
        }

        @Override
        public ViewResource createViewResource(FacesContext context, String resourceName) {
            asked.add("view:" + resourceName);
            return resourceName.startsWith("/missing") ? null : new Made(resourceName, null);
        }
    }

    /** The cache as the Production stage sees it, or (keeping = false) as the Development stage does. */
    static CachedResources cache(Counting behind, boolean keeping) {
        return new CachedResources(behind) {
            @Override
            boolean keeps() {
                return keeping;
            }
        };
    }

    @Test
    void aResourceFoundIsFoundOnceAndHandedOutAgain() {
        Counting behind = new Counting();
        CachedResources cache = cache(behind, true);

        Resource first = cache.createResource("core.js", "primefaces");
        assertSame(first, cache.createResource("core.js", "primefaces"));
        assertSame(first, cache.createResource("core.js", "primefaces"));
        assertEquals(List.of("primefaces:core.js:null"), behind.asked);
    }

    @Test
    void nameLibraryAndContentTypeEachMakeAnotherResource() {
        Counting behind = new Counting();
        CachedResources cache = cache(behind, true);

        Resource inLibrary = cache.createResource("core.js", "primefaces");
        Resource withoutLibrary = cache.createResource("core.js");
        Resource withType = cache.createResource("core.js", "primefaces", "text/javascript");
        Resource other = cache.createResource("jquery/jquery.js", "primefaces");

        assertNotSame(inLibrary, withoutLibrary);
        assertNotSame(inLibrary, withType);
        assertNotSame(inLibrary, other);
        assertEquals("primefaces", inLibrary.getLibraryName());
        assertNull(withoutLibrary.getLibraryName());
        assertSame(withoutLibrary, cache.createResource("core.js", null));
        assertEquals(4, behind.asked.size());
    }

    @Test
    void aNameThatFindsNothingIsAskedForAgainAndNotKept() {
        Counting behind = new Counting();
        CachedResources cache = cache(behind, true);

        for (int i = 0; i < 3; i++) {
            assertNull(cache.createResource("missing-" + i + ".js", "primefaces"));
            assertNull(cache.createResource("missing.js", "primefaces"));
            assertNull(cache.createViewResource(null, "/missing.xhtml"));
        }
        assertEquals(9, behind.asked.size());
    }

    @Test
    void aViewResourceIsFoundOncePerPath() {
        Counting behind = new Counting();
        CachedResources cache = cache(behind, true);

        ViewResource page = cache.createViewResource(null, "/observations/index.xhtml");
        assertSame(page, cache.createViewResource(null, "/observations/index.xhtml"));
        ViewResource layout = cache.createViewResource(null, "/WEB-INF/templates/layout.xhtml");
        assertNotSame(page, layout);
        assertEquals(List.of("view:/observations/index.xhtml", "view:/WEB-INF/templates/layout.xhtml"), behind.asked);
    }

    @Test
    void outsideProductionEveryAskGoesToTheHandlers() {
        Counting behind = new Counting();
        CachedResources cache = cache(behind, false);

        Resource first = cache.createResource("css/roundtable.css");
        assertNotSame(first, cache.createResource("css/roundtable.css"));
        cache.createViewResource(null, "/index.xhtml");
        cache.createViewResource(null, "/index.xhtml");
        assertEquals(4, behind.asked.size());
    }
}
