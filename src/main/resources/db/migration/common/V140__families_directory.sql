-- Families and signposting (issue 14): the partnership contacts directory becomes the
-- partnership's one help directory. Each entry now also says who it is for, which Cs it
-- helps with, whether it is local or national, the ages it serves and who keeps it up to
-- date. Entries already held are local contacts for professionals, used by procedure
-- prompts; they keep every detail and are marked as such.

alter table partnership_contact rename to directory_entry;
alter index ix_partnership_contact_scope rename to ix_directory_entry_scope;

alter table directory_entry add column description varchar(500);
alter table directory_entry add column audiences varchar(100) default 'PROFESSIONALS' not null;
alter table directory_entry add column topics varchar(100) default 'CONTENT,CONTACT,CONDUCT,COMMERCE,COMMUNITIES' not null;
alter table directory_entry add column reach varchar(20) default 'LOCAL' not null;
alter table directory_entry add column min_age integer;
alter table directory_entry add column max_age integer;
alter table directory_entry add column owner_id bigint;
alter table directory_entry add constraint fk_directory_entry_owner foreign key (owner_id) references app_user (id);

create index ix_directory_entry_review on directory_entry (partnership_id, review_date);
