package org.rjkit.samples.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The service's storage, in plain JDBC: a case is its row in {@code cases} (id, programme, date
 * opened, version) and the append-only list of accepted commands in {@code case_commands}; every
 * write stores its command and its audit row in one transaction. Nothing is kept in memory between
 * requests, so several instances can share one PostgreSQL database.
 */
final class CaseStore {

  /** One audit row: who, role, action, case, items, purpose, outcome; time is added here. */
  record AuditEntry(String actor, String role, String action, Optional<String> caseId,
      Optional<String> items, Optional<String> purpose, String outcome) {

    AuditEntry {
      checkNotNull(actor, "actor");
      checkNotNull(role, "role");
      checkNotNull(action, "action");
      checkNotNull(caseId, "caseId");
      checkNotNull(items, "items");
      checkNotNull(purpose, "purpose");
      checkNotNull(outcome, "outcome");
    }

    static AuditEntry of(Caller caller, String action, Optional<String> caseId, String outcome) {
      return new AuditEntry(caller.subject(), caller.role().name(), action, caseId,
          Optional.empty(), Optional.empty(), outcome);
    }

    AuditEntry withItems(String value) {
      return new AuditEntry(actor, role, action, caseId, Optional.of(value), purpose, outcome);
    }

    AuditEntry withPurpose(String value) {
      return new AuditEntry(actor, role, action, caseId, items, Optional.of(value), outcome);
    }
  }

  /** A stored audit row. */
  record AuditRow(long id, LocalDateTime recordedAt, AuditEntry entry) {}

  /** A stored case: its version (the number of commands) and its commands in order. */
  record Stored(String caseId, int version, List<JsonNode> commands) {
    Stored {
      commands = ImmutableList.copyOf(commands);
    }
  }

  /** The case already exists. */
  static final class Exists extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exists() {
      super("the case already exists");
    }
  }

  /** The version given is not the stored one. */
  static final class Stale extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stale() {
      super("the case changed since the version given");
    }
  }

  /** A hook between the command and its audit row, for the test that a write is atomic. */
  interface BetweenWrites {
    BetweenWrites NONE = () -> { };

    void run() throws SQLException;
  }

  private final DataSource data;
  private final Clock clock;
  private final BetweenWrites between;

  CaseStore(DataSource data, Clock clock, BetweenWrites between) {
    this.data = checkNotNull(data, "data");
    this.clock = checkNotNull(clock, "clock");
    this.between = checkNotNull(between, "between");
  }

  Optional<Stored> load(String caseId) {
    try (Connection c = data.getConnection()) {
      try {
        Optional<Stored> s = load(c, caseId);
        c.commit();
        return s;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  private static Optional<Stored> load(Connection c, String caseId) throws SQLException {
    int version;
    try (PreparedStatement s = c.prepareStatement("SELECT version FROM cases WHERE case_id = ?")) {
      s.setString(1, caseId);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        version = r.getInt(1);
      }
    }
    List<JsonNode> commands = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(
        "SELECT command FROM case_commands WHERE case_id = ? AND seq <= ? ORDER BY seq")) {
      s.setString(1, caseId);
      s.setInt(2, version);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          commands.add(ServiceJson.parse(r.getString(1)));
        }
      }
    }
    return Optional.of(new Stored(caseId, version, commands));
  }

  /** Stores a new case with its {@code open} command and audit row, in one transaction. */
  void create(String caseId, String programme, LocalDate openedOn, JsonNode open, Caller caller,
      AuditEntry audit) {
    write(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO cases (case_id, programme, opened_on, version) VALUES (?, ?, ?, 1)")) {
        s.setString(1, caseId);
        s.setString(2, programme);
        s.setObject(3, openedOn);
        s.executeUpdate();
      } catch (SQLException e) {
        if (isDuplicate(e)) {
          throw new Exists();
        }
        throw e;
      }
      insertCommand(c, caseId, 1, open, caller);
      between.run();
      insertAudit(c, audit);
    });
  }

  /**
   * Appends a command if the case is still at {@code expectedVersion}, with its audit row, in one
   * transaction.
   *
   * @return the new version
   * @throws Stale if another write came first
   */
  int append(String caseId, int expectedVersion, JsonNode command, Caller caller,
      AuditEntry audit) {
    write(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "UPDATE cases SET version = ? WHERE case_id = ? AND version = ?")) {
        s.setInt(1, expectedVersion + 1);
        s.setString(2, caseId);
        s.setInt(3, expectedVersion);
        if (s.executeUpdate() != 1) {
          throw new Stale();
        }
      }
      try {
        insertCommand(c, caseId, expectedVersion + 1, command, caller);
      } catch (SQLException e) {
        if (isDuplicate(e)) {
          throw new Stale();
        }
        throw e;
      }
      between.run();
      insertAudit(c, audit);
    });
    return expectedVersion + 1;
  }

  /** Writes one audit row on its own (reads, refusals). */
  void audit(AuditEntry audit) {
    write(c -> insertAudit(c, audit));
  }

  /** The audit log in the order written, optionally for one case. */
  List<AuditRow> auditLog(Optional<String> caseId) {
    List<AuditRow> rows = new ArrayList<>();
    read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT id, recorded_at, actor, actor_role,"
          + " action, case_id, items, purpose, outcome FROM audit_log"
          + (caseId.isPresent() ? " WHERE case_id = ?" : "") + " ORDER BY id")) {
        if (caseId.isPresent()) {
          s.setString(1, caseId.get());
        }
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            rows.add(new AuditRow(r.getLong(1), r.getObject(2, LocalDateTime.class),
                new AuditEntry(r.getString(3), r.getString(4), r.getString(5),
                    Optional.ofNullable(r.getString(6)), Optional.ofNullable(r.getString(7)),
                    Optional.ofNullable(r.getString(8)), r.getString(9))));
          }
        }
      }
    });
    return rows;
  }

  /** Every stored case id, in id order. */
  List<String> caseIds() {
    List<String> ids = new ArrayList<>();
    read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT case_id FROM cases ORDER BY case_id");
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ids.add(r.getString(1));
        }
      }
    });
    return ids;
  }

  /** Whether the database answers. */
  boolean reachable() {
    try (Connection c = data.getConnection()) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  private void insertCommand(Connection c, String caseId, int seq, JsonNode command,
      Caller caller) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO case_commands (case_id, seq,"
        + " command_type, command, actor, actor_role, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, caseId);
      s.setInt(2, seq);
      s.setString(3, command.path("type").asText());
      s.setString(4, ServiceJson.write(command));
      s.setString(5, caller.subject());
      s.setString(6, caller.role().name());
      s.setObject(7, now());
      s.executeUpdate();
    }
  }

  private void insertAudit(Connection c, AuditEntry a) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_log (recorded_at, actor,"
        + " actor_role, action, case_id, items, purpose, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setObject(1, now());
      s.setString(2, a.actor());
      s.setString(3, a.role());
      s.setString(4, a.action());
      s.setString(5, a.caseId().orElse(null));
      s.setString(6, a.items().orElse(null));
      s.setString(7, a.purpose().orElse(null));
      s.setString(8, a.outcome());
      s.executeUpdate();
    }
  }

  private LocalDateTime now() {
    return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static boolean isDuplicate(SQLException e) {
    // 23505: unique violation (PostgreSQL and H2).
    return "23505".equals(e.getSQLState());
  }

  private interface Work {
    void run(Connection c) throws SQLException;
  }

  private void write(Work work) {
    try (Connection c = data.getConnection()) {
      try {
        work.run(c);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  private void read(Work work) {
    write(work);
  }

  /** A database failure; its message is the driver's, which names no case content. */
  static final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreException(SQLException cause) {
      super("database error (SQLState " + cause.getSQLState() + ")", cause);
    }
  }
}
