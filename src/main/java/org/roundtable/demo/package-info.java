/**
 * The demo district the embedded default starts with: twelve schools, their staff, four demo accounts and
 * half a year of observations with patterns worth finding. Seeded once, only on the embedded database.
 */
package org.roundtable.demo;
