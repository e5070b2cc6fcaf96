-- TRUNCATE skips row triggers, so V2's triggers did not stop it emptying the access log. H2 refuses
-- to truncate a table that another table references, so this table exists only to reference it.
create table access_log_truncate_guard (
    access_log_id bigint references access_log (id)
);
