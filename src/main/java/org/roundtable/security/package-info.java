/**
 * Who is asking, and what they may see. Accounts with PBKDF2 password hashes, the four roles, the login
 * form (Jakarta Security, with throttling of repeated failures), and {@link org.roundtable.security.Caller},
 * the identity every service checks access against: a principal sees and writes only their own school.
 */
package org.roundtable.security;
