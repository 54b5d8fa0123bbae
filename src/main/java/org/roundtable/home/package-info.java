/** The home page of each role: the district's or the school's recent observations and a quick way to add one. */
package org.roundtable.home;
