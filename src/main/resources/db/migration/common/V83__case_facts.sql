-- Case data (PRODUCT.md §5, §6): de-identified facts kept by the case data module from the
-- assessment module's events. No case reference, record id or date of birth: a case is known
-- only by the random key its record carries.

create table case_fact (
    fact_key varchar(36) primary key,
    partnership_id bigint not null,
    agency_id bigint not null,
    team_id bigint,
    counted_month date not null,
    age_band varchar(10) not null,
    gender varchar(30) not null,
    referral_source varchar(40) not null,
    online_component boolean not null,
    outcome varchar(40),
    outcome_date date,
    assessments_completed integer not null,
    revision bigint not null,
    updated_at timestamp with time zone not null
);
create index ix_case_fact_scope on case_fact (partnership_id, agency_id, counted_month);

-- Multi-valued dimensions: C, SCENARIO, FACTOR, ADVERSITY, PLATFORM.
create table case_fact_item (
    fact_key varchar(36) not null references case_fact (fact_key) on delete cascade,
    dimension varchar(20) not null,
    code varchar(100) not null,
    primary key (fact_key, dimension, code)
);
create index ix_case_fact_item_code on case_fact_item (dimension, code);

create table case_fact_prompt (
    fact_key varchar(36) not null references case_fact (fact_key) on delete cascade,
    list_index integer not null,
    code varchar(60) not null,
    urgent boolean not null,
    raised_at timestamp with time zone not null,
    answered_at timestamp with time zone,
    primary key (fact_key, list_index)
);
