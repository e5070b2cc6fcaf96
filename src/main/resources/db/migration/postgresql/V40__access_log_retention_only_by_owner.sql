-- The application connects as a role that may only insert into and read the access log (see
-- afterMigrate.sql and the README). Row triggers still refuse every update and delete, except a delete
-- made by the table's owner of a row older than seven years: that is what the retention function below
-- does, running as the owner, so the application can age out old entries but never remove recent ones.
create or replace function access_log_refuse_change() returns trigger as $$
begin
    if tg_op = 'DELETE'
       and current_user = (select pg_get_userbyid(relowner) from pg_class where oid = tg_relid)
       and old.occurred_at < now() - interval '7 years' then
        return old;
    end if;
    raise exception 'The access log is append-only';
end;
$$ language plpgsql;

-- Deletes entries older than the cutoff, never any younger than seven years; returns how many.
create function access_log_delete_before(cutoff timestamp with time zone) returns bigint
    security definer
    -- the migration's schema, where the application's role cannot create anything
    set search_path from current
as $$
declare
    deleted bigint;
begin
    if cutoff > now() - interval '7 years' then
        raise exception 'Access-log entries are kept for at least seven years';
    end if;
    delete from access_log where occurred_at < cutoff;
    get diagnostics deleted = row_count;
    return deleted;
end;
$$ language plpgsql;

revoke execute on function access_log_delete_before(timestamp with time zone) from public;
