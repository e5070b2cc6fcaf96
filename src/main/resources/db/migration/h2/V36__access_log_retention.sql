-- The access log stays append-only, with one narrow exception for retention: a row may be
-- deleted only once it is older than the partnership's access-log retention period
-- (retention_period, default 7 years). Updates stay refused by access_log_no_update.
drop trigger access_log_no_delete;
create trigger access_log_delete_only_expired before delete on access_log
    for each row call 'org.onlinelives.platform.accesslog.internal.ExpiredOnlyDeleteTrigger';
