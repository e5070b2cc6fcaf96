-- After every migration, as the owner role (spring.flyway.user): give the application's role
-- (spring.flyway.placeholders.appRole, ONLINELIVES_DB_APP_ROLE) exactly what it needs on every table,
-- including tables added by later migrations. Nothing happens when no separate role is configured.
do $$
declare
    app text := '${appRole}';
    schema_name text := current_schema();
begin
    if app = '' or app = current_user then
        return;
    end if;
    if not exists (select 1 from pg_roles where rolname = app) then
        raise exception 'The application role % does not exist: create it first (see the README)', app;
    end if;
    execute format('grant usage on schema %I to %I', schema_name, app);
    execute format('revoke create on schema %I from %I', schema_name, app);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', schema_name, app);
    execute format('grant usage, select on all sequences in schema %I to %I', schema_name, app);
    execute format('revoke all on %I.flyway_schema_history from %I', schema_name, app);
    -- The access log: add and read entries only.
    execute format('revoke update, delete, truncate, references, trigger on %I.access_log from %I', schema_name, app);
    execute format('grant select, insert on %I.access_log to %I', schema_name, app);
    execute format('grant execute on function %I.access_log_delete_before(timestamp with time zone) to %I',
                   schema_name, app);
    execute format('grant execute on function %I.access_log_delete_expired(bigint, timestamp with time zone) to %I',
                   schema_name, app);
end;
$$;
