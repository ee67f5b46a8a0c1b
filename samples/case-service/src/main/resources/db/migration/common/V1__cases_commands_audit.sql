-- The service's own storage, the same on H2 and PostgreSQL.
-- A case is the append-only list of the commands the service accepted (case_commands); the
-- cases row carries the version used for ETag / If-Match and the columns reports filter on.
CREATE TABLE cases (
  case_id VARCHAR(64) NOT NULL PRIMARY KEY,
  programme VARCHAR(100) NOT NULL,
  opened_on DATE NOT NULL,
  version INTEGER NOT NULL
);

CREATE TABLE case_commands (
  case_id VARCHAR(64) NOT NULL REFERENCES cases (case_id),
  seq INTEGER NOT NULL,
  command_type VARCHAR(32) NOT NULL,
  command VARCHAR(1000000) NOT NULL,
  actor VARCHAR(200) NOT NULL,
  actor_role VARCHAR(32) NOT NULL,
  entered_at TIMESTAMP NOT NULL,
  PRIMARY KEY (case_id, seq)
);

-- Who did what to which case, and with which outcome; never content.
CREATE TABLE audit_log (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  recorded_at TIMESTAMP NOT NULL,
  actor VARCHAR(200) NOT NULL,
  actor_role VARCHAR(32) NOT NULL,
  action VARCHAR(64) NOT NULL,
  case_id VARCHAR(64),
  items VARCHAR(1000),
  purpose VARCHAR(64),
  outcome VARCHAR(64) NOT NULL
);
