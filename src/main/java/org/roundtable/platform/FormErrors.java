package org.roundtable.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Turns what a service refused into Faces messages next to the right fields, so a page keeps everything the
 * user typed and says what to change. Access denials and not-found are left to the error pages.
 */
@ApplicationScoped
public class FormErrors {

    /**
     * Shows the refusal on the page.
     *
     * @param fields service field names (bean property or parameter names) mapped to client ids of inputs
     * @throws RuntimeException the exception itself when it is not a user error (denied, not found, a bug)
     */
    public void show(RuntimeException e, Map<String, String> fields) {
        Throwable cause = unwrap(e);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.validationFailed();
        if (cause instanceof ConstraintViolationException cve) {
            for (ConstraintViolation<?> v : cve.getConstraintViolations()) {
                String field = lastNode(v.getPropertyPath());
                faces.addMessage(clientId(fields, field), new FacesMessage(FacesMessage.SEVERITY_ERROR, v.getMessage(), v.getMessage()));
            }
        } else if (cause instanceof InvalidRequestException ire) {
            error(clientId(fields, ire.field()), ire.messageKey());
        } else if (cause instanceof ConcurrentEditException cee) {
            error(null, cee.getMessage());
        } else if (cause instanceof OptimisticLockException) {
            error(null, "generic.conflict");
        } else if (cause instanceof AccessDeniedException || cause instanceof NotFoundException) {
            throw (RuntimeException) cause;
        } else {
            throw e;
        }
    }

    /** Adds an error message from the errors bundle. */
    public void error(String clientId, String key) {
        String text = text(key);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** Adds a confirmation from the page bundle, kept across a redirect. */
    public void info(String key) {
        notice(key);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** Adds a confirmation from the page bundle for this response only (an AJAX save that stays on the page). */
    public void notice(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    private static String text(String key) {
        ResourceBundle errors = ResourceBundle.getBundle("org.roundtable.errors",
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
        return errors.containsKey(key) ? errors.getString(key) : key;
    }

    /** The input a field's message goes next to; null (a page message) for a refusal of the whole form. */
    private static String clientId(Map<String, String> fields, String field) {
        return field == null ? null : fields.get(field);
    }

    private static String lastNode(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name;
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t
                && !(t instanceof ConstraintViolationException || t instanceof InvalidRequestException
                || t instanceof ConcurrentEditException || t instanceof OptimisticLockException
                || t instanceof AccessDeniedException || t instanceof NotFoundException)) {
            t = t.getCause();
        }
        return t;
    }
}
