-- Single sign-on (issue 7): a partnership whose staff sign in with the council's identity
-- provider may turn password sign-in off. Every partnership keeps it until an administrator
-- turns it off, which the application allows only while single sign-on is configured.
alter table partnership add column password_sign_in boolean default true not null;
