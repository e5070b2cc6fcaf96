-- An agency's audit action can be escalated into the partnership's online-safety plan
-- (PRODUCT.md §10: audit actions roll up into it). The agency's lead says why; the plan
-- keeps its own copy of what was escalated and reports back where it was placed.
alter table audit_action add column escalated_at timestamp with time zone;
alter table audit_action add column escalated_by bigint;
alter table audit_action add column escalation_reason varchar(1000);
alter table audit_action add constraint fk_audit_action_escalated_by foreign key (escalated_by) references app_user (id);
