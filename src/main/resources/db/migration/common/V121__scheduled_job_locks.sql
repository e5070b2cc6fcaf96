-- Scheduled jobs run on one node at a time (issue 11, item 4). A node runs a job only after claiming
-- its row with one conditional update (lock_until in the past), so when every node's scheduler fires
-- at once exactly one claim succeeds. locked_by names the claim (node and a random part) so a node
-- releases only its own; lock_until stays a little in the future after a run, so a node whose clock
-- or scheduler is a few seconds behind does not run the job again.
create table scheduled_job_lock (
    name varchar(100) not null,
    lock_until timestamp with time zone not null,
    locked_at timestamp with time zone not null,
    locked_by varchar(255) not null,
    constraint scheduled_job_lock_pk primary key (name)
);
