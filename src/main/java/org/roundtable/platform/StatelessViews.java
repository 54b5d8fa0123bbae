package org.roundtable.platform;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewDeclarationLanguage;
import jakarta.faces.view.ViewDeclarationLanguageFactory;
import jakarta.faces.view.ViewDeclarationLanguageWrapper;

/**
 * The pages an anonymous visitor (or a scanner) reaches keep nothing on the server: the login page and the error
 * pages are transient views, so neither their view state nor PrimeFaces' script nonce is stored, and serving them
 * creates no HTTP session. Marked as the view is created — for the first request and for a post back alike, both
 * of which create the view through the view declaration language — before PrimeFaces' CSP listener asks for the
 * view map on the way to rendering (which would otherwise create the session to hold its nonce). A
 * {@code transient} attribute on {@code f:view} is applied only once the page is built, which is too late for that.
 *
 * <p>The observation list is transient too, for a signed-in leader: it is links and a GET form, with nothing to post
 * back, so a view state saved in the session on every page of it would be kept for nothing.
 */
public class StatelessViews extends ViewDeclarationLanguageFactory {

    public StatelessViews(ViewDeclarationLanguageFactory wrapped) {
        super(wrapped);
    }

    static boolean isStateless(String viewId) {
        return viewId != null && (viewId.equals("/login.xhtml") || viewId.startsWith("/error/")
                || viewId.equals("/observations/index.xhtml"));
    }

    @Override
    public ViewDeclarationLanguage getViewDeclarationLanguage(String viewId) {
        ViewDeclarationLanguage vdl = getWrapped().getViewDeclarationLanguage(viewId);
        return vdl == null || !isStateless(viewId) ? vdl : new ViewDeclarationLanguageWrapper(vdl) {
            @Override
            public UIViewRoot createView(FacesContext context, String id) {
                UIViewRoot root = super.createView(context, id);
                if (root != null) {
                    root.setTransient(true);
                }
                return root;
            }
        };
    }
}
