-- The access log grows by every view of a record (about 200,000 rows a day in a large
-- partnership). Its page filters by event and by agency within a partnership, newest first;
-- these indexes let each filter read only the rows of its page.
create index ix_access_log_event on access_log (partnership_id, event, occurred_at);
create index ix_access_log_agency on access_log (partnership_id, agency_id, occurred_at);
