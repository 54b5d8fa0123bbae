/**
 * Schools and the people who work in them: the directory every other feature names people from.
 * {@link org.roundtable.people.People} is the transaction boundary; the Faces beans in this package are
 * the directory page and the admin pages for schools and staff.
 */
package org.roundtable.people;
