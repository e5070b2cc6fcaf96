-- The last authenticator time step accepted for each person, so a code cannot be used twice.
alter table app_user add column totp_last_step bigint;
