-- The access log stays append-only, with one narrow exception for retention: a row may be
-- deleted only once it is older than the partnership's access-log retention period
-- (retention_period, default 7 years; never less than 1 year by ck_retention_years).
-- Updates stay refused. Row-level triggers do not fire on TRUNCATE; refusing TRUNCATE (and
-- the role that owns these triggers) is the job of the access-log hardening migration.
create function access_log_refuse_recent_delete() returns trigger as $$
declare
    kept_years integer;
begin
    select years into kept_years from retention_period
        where partnership_id = old.partnership_id and record_type = 'ACCESS_LOG';
    if kept_years is null then
        kept_years := 7;
    end if;
    if old.occurred_at < now() - make_interval(years => kept_years) then
        return old;
    end if;
    raise exception 'The access log is append-only: only entries older than % years may be deleted', kept_years;
end;
$$ language plpgsql;

drop trigger access_log_append_only on access_log;

create trigger access_log_no_update
    before update on access_log
    for each row execute function access_log_refuse_change();

create trigger access_log_delete_only_expired
    before delete on access_log
    for each row execute function access_log_refuse_recent_delete();
