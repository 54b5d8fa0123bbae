package org.roundtable.platform;

import jakarta.faces.context.FacesContext;

/** The check a bookmarkable page makes of its address before it renders. */
public final class Addresses {

    private Addresses() {
    }

    /**
     * Answers an address whose parameters did not convert with a 400 (the view action, which would say so, is skipped
     * then); a postback is the page's own form and is left to its messages.
     *
     * @param messageKey the errors bundle's words for the page
     */
    public static void requireConverted(String messageKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.isPostback() && faces.isValidationFailed()) {
            throw new InvalidRequestException(null, messageKey);
        }
    }
}
