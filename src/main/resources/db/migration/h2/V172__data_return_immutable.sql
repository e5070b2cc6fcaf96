-- A submitted data return and its figures are immutable: the database refuses any change
-- or removal. A correction is a new version.
create trigger data_return_no_update before update on data_return
    for each row call 'org.onlinelives.casedata.returns.SubmittedReturnTrigger';
create trigger data_return_no_delete before delete on data_return
    for each row call 'org.onlinelives.casedata.returns.SubmittedReturnTrigger';
create trigger data_return_figure_no_update before update on data_return_figure
    for each row call 'org.onlinelives.casedata.returns.SubmittedReturnTrigger';
create trigger data_return_figure_no_delete before delete on data_return_figure
    for each row call 'org.onlinelives.casedata.returns.SubmittedReturnTrigger';
