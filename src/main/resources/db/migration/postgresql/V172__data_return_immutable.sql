-- A submitted data return and its figures are immutable: the database refuses any change
-- or removal. A correction is a new version.
create function data_return_refuse_change() returns trigger as $$
begin
    raise exception 'A submitted data return cannot change; submit a new version instead';
end;
$$ language plpgsql;

create trigger data_return_immutable
    before update or delete on data_return
    for each row execute function data_return_refuse_change();
create trigger data_return_figure_immutable
    before update or delete on data_return_figure
    for each row execute function data_return_refuse_change();
