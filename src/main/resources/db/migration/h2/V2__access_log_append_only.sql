-- The access log is append-only: the database refuses any change or removal of a row.
create trigger access_log_no_update before update on access_log
    for each row call 'org.onlinelives.platform.accesslog.internal.AppendOnlyTrigger';
create trigger access_log_no_delete before delete on access_log
    for each row call 'org.onlinelives.platform.accesslog.internal.AppendOnlyTrigger';
