package org.roundtable.platform;

import jakarta.faces.application.ProjectStage;
import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Finding a page's style sheets, scripts and Facelets files once instead of on every request. Every page asks the
 * resource handlers (OmniFaces', PrimeFaces', Mojarra's) for its style sheet and scripts, and Facelets asks for the
 * page's file and its template while it builds the view, which a transient view does on every request. Each ask
 * walks the handlers and Mojarra's resource cache, and first looks for a {@code jakarta.faces.resource.localePrefix}
 * key in the application's message bundle, which the portal's bundle does not have: a
 * {@code MissingResourceException}, stack trace and all, per ask. In profiles of the observation list and the
 * account page under load these asks were a twentieth of the CPU (issue 12).
 *
 * <p>In the Production stage the files inside the WAR and its libraries do not change while it runs, so a resource
 * found is kept, by name, library and content type (a view resource by path), and handed out again: Mojarra's and
 * PrimeFaces' resources work out their address from the current request whenever it is asked for, and nothing
 * changes them after they are made. A name that finds nothing is asked for again every time, so a scanner's made-up
 * names fill no memory; what is kept is bounded by the files that exist. In the Development stage (files edited
 * while the server runs) every ask goes to the handlers, as before.
 */
public class CachedResources extends ResourceHandlerWrapper {

    private final Map<List<String>, Resource> resources = new ConcurrentHashMap<>();
    private final Map<String, ViewResource> viewResources = new ConcurrentHashMap<>();

    public CachedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName) {
        return kept(key(resourceName, null, null), () -> getWrapped().createResource(resourceName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return kept(key(resourceName, libraryName, null), () -> getWrapped().createResource(resourceName, libraryName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return kept(key(resourceName, libraryName, contentType),
                () -> getWrapped().createResource(resourceName, libraryName, contentType));
    }

    @Override
    public ViewResource createViewResource(FacesContext context, String resourceName) {
        if (resourceName == null || !keeps()) {
            return getWrapped().createViewResource(context, resourceName);
        }
        ViewResource found = viewResources.get(resourceName);
        if (found == null) {
            found = getWrapped().createViewResource(context, resourceName);
            if (found != null) {
                viewResources.putIfAbsent(resourceName, found);
            }
        }
        return found;
    }

    private Resource kept(List<String> key, Supplier<Resource> create) {
        if (key.get(0) == null || !keeps()) {
            return create.get();
        }
        Resource found = resources.get(key);
        if (found == null) {
            found = create.get();
            if (found != null) {
                resources.putIfAbsent(key, found);
            }
        }
        return found;
    }

    /** The name, library and content type as a key: a list, as any of them may be null. */
    private static List<String> key(String resourceName, String libraryName, String contentType) {
        return Arrays.asList(resourceName, libraryName, contentType);
    }

    /**
     * Kept only in the Production stage, and not for a request that names a locale or contracts for its resources
     * ({@code loc=}, {@code con=}: Mojarra then looks for other files; the portal's pages never ask so).
     */
    boolean keeps() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null || !context.isProjectStage(ProjectStage.Production)) {
            return false;
        }
        Map<String, String> parameters = context.getExternalContext().getRequestParameterMap();
        return !parameters.containsKey("loc") && !parameters.containsKey("con");
    }
}
