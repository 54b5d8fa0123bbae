/**
 * Outgoing e-mail: the {@link org.roundtable.mail.Mailer} sends through the SMTP server the environment names, or,
 * with none named (the embedded demo), keeps each message in the outbox that admins read instead of failing.
 */
package org.roundtable.mail;
