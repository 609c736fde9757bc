package fi.polku.hub.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The ingest benchmark's reference: the same resource JSON inserted with plain JDBC, one batch and
 * one commit per Bundle, into a scratch table of the same database that is dropped afterwards. Each
 * benchmark client has a connection of its own, as each hub client has a write transaction of its
 * own.
 */
final class IngestReference implements AutoCloseable {

  private final DataSource ds;
  private final List<Client> clients = new ArrayList<>();
  private final AtomicLong pid = new AtomicLong();

  /** Creates the scratch table and opens one connection per client. */
  IngestReference(DataSource ds, int clientCount) throws SQLException {
    this.ds = ds;
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS bench_reference");
      s.execute(
          "CREATE TABLE bench_reference (pid BIGINT NOT NULL PRIMARY KEY,"
              + " res_type VARCHAR(64) NOT NULL, res_id VARCHAR(64) NOT NULL,"
              + " res_json VARCHAR(1000000))");
    }
    try {
      for (int i = 0; i < clientCount; i++) {
        clients.add(new Client(ds.getConnection()));
      }
    } catch (SQLException e) {
      closeClients(e);
      throw e;
    }
  }

  /** Inserts the batch's resources on client {@code client}'s connection and commits. */
  void insert(int client, IngestData.Batch batch) throws SQLException {
    clients.get(client).insert(batch);
  }

  @Override
  public void close() throws SQLException {
    SQLException failure = closeClients(null);
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE bench_reference");
    } catch (SQLException e) {
      if (failure == null) {
        throw e;
      }
      failure.addSuppressed(e);
    }
    if (failure != null) {
      throw failure;
    }
  }

  private SQLException closeClients(SQLException first) {
    SQLException failure = first;
    for (Client client : clients) {
      try {
        client.close();
      } catch (SQLException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    clients.clear();
    return failure;
  }

  /** One client's connection and statement; used by one thread at a time. */
  private final class Client implements AutoCloseable {

    private final Connection c;
    private final PreparedStatement insert;

    Client(Connection c) throws SQLException {
      this.c = c;
      try {
        c.setAutoCommit(false);
        insert =
            c.prepareStatement(
                "INSERT INTO bench_reference (pid, res_type, res_id, res_json)"
                    + " VALUES (?, ?, ?, ?)");
      } catch (SQLException e) {
        try {
          c.close();
        } catch (SQLException suppressed) {
          e.addSuppressed(suppressed);
        }
        throw e;
      }
    }

    void insert(IngestData.Batch batch) throws SQLException {
      for (int i = 0; i < batch.resources().size(); i++) {
        long id = pid.incrementAndGet();
        insert.setLong(1, id);
        insert.setString(2, batch.types().get(i));
        insert.setString(3, Long.toString(id));
        insert.setString(4, batch.resources().get(i));
        insert.addBatch();
      }
      insert.executeBatch();
      c.commit();
    }

    @Override
    public void close() throws SQLException {
      try (c;
          insert) {
        // An unfinished Bundle (a failed run) is not kept.
        c.rollback();
        c.setAutoCommit(true);
      }
    }
  }
}
