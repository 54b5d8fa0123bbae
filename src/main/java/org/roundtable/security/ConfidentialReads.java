package org.roundtable.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.roundtable.platform.AuditLog;
import org.roundtable.platform.AuditLog.Action;

/**
 * PRODUCT.md rule 5: every read of a confidential record's content is written to the audit log, whoever reads it
 * (its author included), in its own transaction. The one way features record such a read.
 */
@ApplicationScoped
public class ConfidentialReads {

    @Inject
    AuditLog audit;

    /** Records that the caller read the content of one confidential record. */
    public void read(Caller caller, String recordType, long recordId, String detail) {
        audit.record(caller.username(), Action.CONFIDENTIAL_READ, recordType, recordId, detail);
    }
}
