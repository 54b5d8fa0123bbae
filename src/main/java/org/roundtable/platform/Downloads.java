package org.roundtable.platform;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Sends a generated file as the answer to a page's request (an export), instead of the page. */
public final class Downloads {

    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";

    private Downloads() {
    }

    /** Answers with the file, as an attachment of the given name (letters, digits, dots and dashes only). */
    public static void send(String fileName, String contentType, byte[] content) {
        if (!fileName.matches("[A-Za-z0-9.-]+")) {
            throw new IllegalArgumentException("A download's name is plain: " + fileName);
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        ext.responseReset();
        ext.setResponseContentType(contentType);
        ext.setResponseContentLength(content.length);
        ext.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        ext.setResponseHeader("Cache-Control", "no-store");
        ext.setResponseHeader("X-Content-Type-Options", "nosniff");
        try {
            ext.getResponseOutputStream().write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
