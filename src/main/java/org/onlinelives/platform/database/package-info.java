/**
 * What the modules ask of the database itself, beyond their own tables: keeping the query
 * planner's statistics current after a bulk write.
 */
@org.springframework.modulith.NamedInterface("database")
package org.onlinelives.platform.database;
