-- At a large partnership's size (about 70 million entries a year) the access log's page read
-- hundreds of thousands of rows for an agency and an event together, twenty million for one
-- person, and every row of the log for a subject access request (14 s, 15 s and 31 s measured).
-- These indexes give each of those an index range of its own. They are built concurrently so
-- that an upgrade never stops the application writing the log (every view of a record writes
-- it). Building them waits for every transaction open when it starts, so Flyway's lock must not be
-- one (spring.flyway.postgresql.transactional-lock=false). If a build fails it leaves an invalid
-- index of that name and the next start stops on it: drop that index, then start again.
create index concurrently ix_access_log_agency_event
    on access_log (partnership_id, agency_id, event, occurred_at);
create index concurrently ix_access_log_user
    on access_log (partnership_id, user_id, occurred_at);
create index concurrently ix_access_log_target
    on access_log (partnership_id, target_type, target_id);
