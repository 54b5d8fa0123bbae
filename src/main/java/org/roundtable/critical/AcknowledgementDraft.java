package org.roundtable.critical;

import java.time.LocalDate;

/**
 * The staff member's answer to the written record, as the leader records it.
 *
 * @param kind         received (not agreed) or declined to sign
 * @param on           the day (on or after the conversation, not in the future)
 * @param witness      who saw them decline (required then)
 * @param responseText their own written response, if they gave one in words
 */
public record AcknowledgementDraft(Acknowledgement kind, LocalDate on, String witness, String responseText) {
}
