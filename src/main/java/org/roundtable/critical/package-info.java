/**
 * Critical conversations (issue 11): a leader's conversation with a staff member about beliefs, skills, actions or an
 * expectation not met — prepared, recorded, acknowledged, followed through — kept as a confidential record
 * (PRODUCT.md rule 3): its content is for its author and the superintendent, the staff member's principal sees that it
 * happened (date, category, status), everyone else nothing; every read of its content is audited. Named
 * {@code critical} so it is never confused with rounding's conversations.
 */
package org.roundtable.critical;
