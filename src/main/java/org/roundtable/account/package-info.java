/**
 * User accounts: who can sign in, with which roles and (for a principal) which school. Admins add, change and
 * deactivate accounts and send one-time links to choose a password, but never choose one; no account changes
 * its own roles, an admin holds no leader role, and every role granted is mailed to the superintendents. Each
 * person changes their own password. Also the first admin of a new installation and the leader references
 * other features show ({@link org.roundtable.account.LeaderRef}).
 */
package org.roundtable.account;
