package org.roundtable.critical;

/**
 * How the staff member answered the written record: signed it as received (which is not agreeing with it), or
 * declined to sign, in front of a witness. Staff have no accounts; the leader records it.
 */
public enum Acknowledgement {
    RECEIVED_NOT_AGREED, DECLINED
}
