-- Platforms are counted case-insensitively (lower(code)). Asking whether a platform first seen in
-- a period was recorded before it read every earlier platform item of the partnership, because no
-- index serves lower(code) on H2; each item now keeps lower(code) as written by the database itself,
-- so the same comparison is an index lookup per platform.

alter table case_fact_item add column code_key varchar(100);
update case_fact_item set code_key = lower(code);
alter table case_fact_item alter column code_key set not null;
create index ix_case_fact_item_code_key on case_fact_item (partnership_id, dimension, code_key, counted_month);
