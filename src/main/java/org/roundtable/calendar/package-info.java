/**
 * Private iCalendar subscriptions: each leader gets a revocable token URL that calendar apps poll without a
 * login. Capabilities contribute events through {@link org.roundtable.calendar.FeedSource}; the feed never
 * carries confidential text.
 */
package org.roundtable.calendar;
