-- The retention job runs as the application's role, which may not delete from the access log
-- (afterMigrate.sql). This function, owned by the schema owner, deletes one partnership's entries
-- older than the cut-off (entries of no partnership when the id is null), refusing a cut-off
-- younger than that partnership's access-log period (retention_period, default 7 years). The delete
-- trigger of V36 checks every row again.
create function access_log_delete_expired(partnership bigint, cutoff timestamp with time zone) returns bigint
    security definer
    set search_path from current
as $$
declare
    kept_years integer;
    deleted bigint;
begin
    select years into kept_years from retention_period
        where partnership_id = partnership and record_type = 'ACCESS_LOG';
    if kept_years is null then
        kept_years := 7;
    end if;
    if cutoff > now() - make_interval(years => kept_years) then
        raise exception 'Access-log entries of this partnership are kept for % years', kept_years;
    end if;
    if partnership is null then
        delete from access_log where partnership_id is null and occurred_at < cutoff;
    else
        delete from access_log where partnership_id = partnership and occurred_at < cutoff;
    end if;
    get diagnostics deleted = row_count;
    return deleted;
end;
$$ language plpgsql;

revoke execute on function access_log_delete_expired(bigint, timestamp with time zone) from public;
