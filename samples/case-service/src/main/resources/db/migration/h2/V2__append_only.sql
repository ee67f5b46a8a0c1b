-- The database itself refuses to change or remove an audit row or a stored command.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW
  CALL 'org.rjkit.samples.service.AppendOnlyTrigger';
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW
  CALL 'org.rjkit.samples.service.AppendOnlyTrigger';
CREATE TRIGGER case_commands_no_update BEFORE UPDATE ON case_commands FOR EACH ROW
  CALL 'org.rjkit.samples.service.AppendOnlyTrigger';
CREATE TRIGGER case_commands_no_delete BEFORE DELETE ON case_commands FOR EACH ROW
  CALL 'org.rjkit.samples.service.AppendOnlyTrigger';
