-- Dormant accounts (issue 7, item 9): when a person was warned that their account will be
-- deactivated because nobody has signed in to it for a long time.
alter table app_user add column dormancy_warned_at timestamp with time zone;
