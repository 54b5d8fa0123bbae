/**
 * Biweekly check-ins: a district leader and a principal meet every 14 days. A series generates its occurrences
 * ahead; each has a shared agenda that carries over, shared notes, action items, and each author's private
 * notes, which nobody else can read — not admins, not the superintendent, not exports, not trends.
 */
package org.roundtable.checkin;
