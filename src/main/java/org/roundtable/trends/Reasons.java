package org.roundtable.trends;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Why a signal fired, in the page's words ({@code trends.reason.RULE}: "9 concerns in the last 2 weeks; the 12 weeks
 * before averaged 1.0 a week"): one wording for the list, the signal's page and the weekly digest.
 */
public final class Reasons {

    private Reasons() {
    }

    public static String of(SignalView s, Locale locale) {
        ResourceBundle msg = ResourceBundle.getBundle("org.roundtable.messages", locale);
        return new MessageFormat(msg.getString("trends.reason." + s.rule()), locale)
                .format(new Object[] {s.observed(), s.windowWeeks(), s.baselineWeeks(), s.baselinePerWeek(), s.schools(),
                        String.join(", ", s.places())});
    }
}
