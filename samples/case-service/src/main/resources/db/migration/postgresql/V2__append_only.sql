-- The database itself refuses to change or remove an audit row or a stored command.
CREATE FUNCTION rjkit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'rjkit: % is append-only (% refused)', TG_TABLE_NAME, TG_OP;
END
$$;

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION rjkit_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION rjkit_append_only();
CREATE TRIGGER case_commands_append_only BEFORE UPDATE OR DELETE ON case_commands
  FOR EACH ROW EXECUTE FUNCTION rjkit_append_only();
CREATE TRIGGER case_commands_no_truncate BEFORE TRUNCATE ON case_commands
  FOR EACH STATEMENT EXECUTE FUNCTION rjkit_append_only();
