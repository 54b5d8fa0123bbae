package org.roundtable.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.ServletException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which exceptions are the client's doing (an error page and one log line) and which are the portal's (a 500). */
class ClientErrorFilterTest {

    @Test
    void aClientsErrorIsFoundInsideTheWrappingAndGetsItsPage() {
        ViewExpiredException expired = new ViewExpiredException("gone", "/x.xhtml");
        assertSame(expired, ClientErrorFilter.clientError(new ServletException(new FacesException(expired))));
        assertEquals("/error/expired.xhtml", ClientErrorFilter.page(expired));
        assertEquals(400, ClientErrorFilter.status(expired));
        assertEquals("/error/404.xhtml", ClientErrorFilter.page(new NotFoundException("x")));
        assertEquals(403, ClientErrorFilter.status(new AccessDeniedException("x")));
        assertEquals("/error/400.xhtml", ClientErrorFilter.page(new jakarta.validation.ConstraintViolationException(Set.of())));
        assertEquals("/error/400.xhtml", ClientErrorFilter.page(new InvalidRequestException(null, "x")));
        // an AJAX post without the page's script nonce (a replay from a scanner) is the client's, not a fault
        org.primefaces.csp.CspException noNonce = new org.primefaces.csp.CspException("Missing CSP nonce");
        assertSame(noNonce, ClientErrorFilter.clientError(new ServletException(new FacesException(noNonce))));
        assertEquals(400, ClientErrorFilter.status(noNonce));
        assertEquals("/error/rejected.html", ClientErrorFilter.page(noNonce), "a static page: Faces would refuse it again");
    }

    /** Issue 12: a scripted paging request with a page size the table does not offer was a 500. */
    @Test
    void aPageSizeTheTableDoesNotOfferIsABadRequestButOtherIllegalArgumentsAreFaults() {
        IllegalArgumentException paging = new IllegalArgumentException("Unsupported rows per page value: 7");
        paging.setStackTrace(new StackTraceElement[] {new StackTraceElement("org.primefaces.component.api.UIPageableData",
                "updatePaginationData", "UIPageableData.java", 300)});
        assertSame(paging, ClientErrorFilter.clientError(new ServletException(new FacesException(paging))));
        assertEquals(400, ClientErrorFilter.status(paging));
        assertEquals("/error/400.xhtml", ClientErrorFilter.page(paging));
        assertNull(ClientErrorFilter.clientError(new IllegalArgumentException("a bug of ours")));
    }

    @Test
    void anUploadOverTheLimitIsTheClientsButAnotherServletFailureIsNot() {
        ServletException tooLarge = new ServletException("the request was rejected because its size (31457997) exceeds the"
                + " configured maximum (27262976)");
        tooLarge.setStackTrace(new StackTraceElement[] {new StackTraceElement("org.apache.catalina.fileupload.RequestItemIterator",
                "<init>", "RequestItemIterator.java", 312)});
        assertSame(tooLarge, ClientErrorFilter.clientError(tooLarge));
        assertTrue(ClientErrorFilter.isTooLarge(tooLarge));
        ServletException other = new ServletException("exceeds the configured maximum");
        assertNull(ClientErrorFilter.clientError(other), "the same words from elsewhere are a fault");
    }

    @Test
    void aFaultOfThePortalIsNotTheClients() {
        assertNull(ClientErrorFilter.clientError(new ServletException(new IllegalStateException("bug"))));
        assertNull(ClientErrorFilter.clientError(new NullPointerException()));
    }
}
