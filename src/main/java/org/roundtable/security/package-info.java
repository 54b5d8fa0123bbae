/**
 * Who is asking, and what they may do: the {@link org.roundtable.security.Caller} every service checks, the one
 * {@link org.roundtable.security.AccessPolicy} that states the privacy rules (school scope, leaders-only,
 * private and confidential notes, which pages a role opens), the {@link org.roundtable.security.Guard} that
 * audits refusals, the gate in front of every page ({@link org.roundtable.security.AccessFilter}), the sign-in
 * form with its shared throttle, PBKDF2 password hashes and the audit log's reader. Depends on {@code platform}
 * only: accounts as records people manage live in {@code account}.
 */
package org.roundtable.security;
