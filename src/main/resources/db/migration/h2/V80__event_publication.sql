-- Spring Modulith's JDBC event publication registry (schema v2 of spring-modulith-events-jdbc 2.0),
-- owned by Flyway rather than initialised by Modulith. Events between modules are stored here in the
-- transaction that publishes them and removed once every listener has handled them, so a fact is
-- never lost when a listener fails or the process stops; incomplete ones are republished on start-up.
create table event_publication (
    id uuid not null primary key,
    completion_date timestamp(9) with time zone,
    event_type varchar(512) not null,
    listener_id varchar(512) not null,
    publication_date timestamp(9) with time zone not null,
    serialized_event varchar(1000000) not null,
    status varchar(20),
    completion_attempts int,
    last_resubmission_date timestamp(9) with time zone
);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
