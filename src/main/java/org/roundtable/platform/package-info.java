/**
 * Cross-cutting pieces every feature stands on: the datasource (H2 embedded by default, MySQL/MariaDB
 * from the environment), Flyway migrations at start-up, the audit log, security headers, error pages,
 * health checks and the resource-bundle messages.
 */
package org.roundtable.platform;
