/**
 * Rounding: leaders plan and log visits to schools, talk with staff and students guided by the district's
 * rounding questions, lift up recognitions and turn concerns into follow-ups that close with what was done
 * ("you said, we did"). Conversations marked "district leaders only" never reach the school's principal.
 */
package org.roundtable.rounding;
