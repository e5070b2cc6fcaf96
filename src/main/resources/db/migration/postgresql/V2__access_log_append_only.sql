-- The access log is append-only: the database refuses any change or removal of a row.
create function access_log_refuse_change() returns trigger as $$
begin
    raise exception 'The access log is append-only';
end;
$$ language plpgsql;

create trigger access_log_append_only
    before update or delete on access_log
    for each row execute function access_log_refuse_change();
