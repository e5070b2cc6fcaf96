-- The access log's page filters by agency and event together and by person, and a subject
-- access request reads every entry about one record: each gets an index range of its own
-- (the PostgreSQL migration of the same version says what they cost without).
create index if not exists ix_access_log_agency_event on access_log (partnership_id, agency_id, event, occurred_at);
create index if not exists ix_access_log_user on access_log (partnership_id, user_id, occurred_at);
create index if not exists ix_access_log_target on access_log (partnership_id, target_type, target_id);
