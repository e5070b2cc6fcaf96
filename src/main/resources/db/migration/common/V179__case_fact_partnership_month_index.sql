-- Partnership-wide figures filter on partnership and month: the scope index (partnership, agency,
-- month) cannot serve a month range when no agency is given.
create index ix_case_fact_partnership_month on case_fact (partnership_id, counted_month);
