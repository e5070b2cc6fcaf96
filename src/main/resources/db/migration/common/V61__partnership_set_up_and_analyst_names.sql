-- Whether the administrators have decided the second-factor policy (the set-up task list
-- counts it done once they save the partnership settings), and whether analysts see
-- agencies' names in audit results rather than Agency A, B, ...
alter table partnership add column second_factor_policy_chosen boolean not null default false;
alter table partnership add column agency_names_for_analysts boolean not null default false;
