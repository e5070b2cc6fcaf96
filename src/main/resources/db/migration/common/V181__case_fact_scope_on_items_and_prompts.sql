-- The dashboards count items and prompts for one agency (or the whole partnership) over a range
-- of months. Joining them to their facts made the database read every item of the partnership
-- (a hash join over all of case_fact_item at 100,000 cases); each item and prompt now carries its
-- fact's scope and filter columns, written with it (items and prompts are rewritten whenever
-- their fact is), so those counts read one index range.

alter table case_fact_item add column partnership_id bigint;
alter table case_fact_item add column agency_id bigint;
alter table case_fact_item add column counted_month date;
alter table case_fact_item add column age_band varchar(10);
alter table case_fact_item add column gender varchar(30);
alter table case_fact_item add column online_component boolean;

update case_fact_item set
    partnership_id = (select f.partnership_id from case_fact f where f.fact_key = case_fact_item.fact_key),
    agency_id = (select f.agency_id from case_fact f where f.fact_key = case_fact_item.fact_key),
    counted_month = (select f.counted_month from case_fact f where f.fact_key = case_fact_item.fact_key),
    age_band = (select f.age_band from case_fact f where f.fact_key = case_fact_item.fact_key),
    gender = (select f.gender from case_fact f where f.fact_key = case_fact_item.fact_key),
    online_component = (select f.online_component from case_fact f where f.fact_key = case_fact_item.fact_key);

alter table case_fact_item alter column partnership_id set not null;
alter table case_fact_item alter column agency_id set not null;
alter table case_fact_item alter column counted_month set not null;
alter table case_fact_item alter column age_band set not null;
alter table case_fact_item alter column gender set not null;
alter table case_fact_item alter column online_component set not null;

create index ix_case_fact_item_scope on case_fact_item (partnership_id, agency_id, counted_month);
create index ix_case_fact_item_partnership on case_fact_item (partnership_id, dimension, counted_month);

alter table case_fact_prompt add column partnership_id bigint;
alter table case_fact_prompt add column agency_id bigint;
alter table case_fact_prompt add column counted_month date;
alter table case_fact_prompt add column age_band varchar(10);
alter table case_fact_prompt add column gender varchar(30);
alter table case_fact_prompt add column online_component boolean;

update case_fact_prompt set
    partnership_id = (select f.partnership_id from case_fact f where f.fact_key = case_fact_prompt.fact_key),
    agency_id = (select f.agency_id from case_fact f where f.fact_key = case_fact_prompt.fact_key),
    counted_month = (select f.counted_month from case_fact f where f.fact_key = case_fact_prompt.fact_key),
    age_band = (select f.age_band from case_fact f where f.fact_key = case_fact_prompt.fact_key),
    gender = (select f.gender from case_fact f where f.fact_key = case_fact_prompt.fact_key),
    online_component = (select f.online_component from case_fact f where f.fact_key = case_fact_prompt.fact_key);

alter table case_fact_prompt alter column partnership_id set not null;
alter table case_fact_prompt alter column agency_id set not null;
alter table case_fact_prompt alter column counted_month set not null;
alter table case_fact_prompt alter column age_band set not null;
alter table case_fact_prompt alter column gender set not null;
alter table case_fact_prompt alter column online_component set not null;

create index ix_case_fact_prompt_scope on case_fact_prompt (partnership_id, agency_id, counted_month);
