-- The same call as PostgreSQL's access_log_delete_expired, so retention has one path on both
-- databases; here the delete trigger of V36 is what refuses entries younger than the period.
create alias access_log_delete_expired for 'org.onlinelives.platform.accesslog.internal.ExpiredEntries.delete';
