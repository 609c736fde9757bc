package fi.polku.hub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded H2 database, opened as the hub opens it, answers a repeated query with the rows
 * committed meanwhile. The write path depends on it: a conditional create that finds a claim on its
 * condition asks the condition again, and only a fresh answer tells a parallel writer's claim (a
 * race, retried) from a stale one (taken over). With H2's default result reuse, the repeat in the
 * moment between another transaction's commit and the marking of its tables returned the earlier,
 * empty answer in more than half of the rounds where the claim was seen.
 */
class H2FreshResultsIT {

  private static final int ROUNDS = 300;

  @Test
  void aRepeatedQuerySeesRowsThatAnotherTransactionCommittedMeanwhile(@TempDir Path data)
      throws Exception {
    String url = DatabaseConfiguration.h2Url(data);
    ExecutorService writing = Executors.newSingleThreadExecutor();
    try (Connection setup = DriverManager.getConnection(url);
        Connection writer = DriverManager.getConnection(url);
        Connection reader = DriverManager.getConnection(url)) {
      try (Statement s = setup.createStatement()) {
        s.execute("create table ident(k varchar(64), pid bigint)");
        s.execute("create index ident_k on ident(k)");
        s.execute("create table claim(k varchar(64) primary key, pid bigint)");
      }
      writer.setAutoCommit(false);
      reader.setAutoCommit(false);
      int claimSeenFirst = 0;
      int stale = 0;
      for (int round = 0; round < ROUNDS; round++) {
        String key = "k" + round;
        CyclicBarrier go = new CyclicBarrier(2);
        Future<?> written =
            writing.submit(
                () -> {
                  go.await(10, TimeUnit.SECONDS);
                  insert(writer, "insert into ident values(?, 1)", key);
                  insert(writer, "insert into claim values(?, 1)", key);
                  writer.commit();
                  return null;
                });
        go.await(10, TimeUnit.SECONDS);
        // As the write path does: the condition, then the claims, then the condition again.
        while (!found(reader, "select pid from ident where k = ?", key)) {
          if (found(reader, "select pid from claim where k = ?", key)) {
            claimSeenFirst++;
            if (!found(reader, "select pid from ident where k = ?", key)) {
              stale++;
            }
            break;
          }
          if (written.isDone()) {
            written.get(); // a failed writer ends the test; a committed one is found next
          }
        }
        reader.commit();
        written.get(10, TimeUnit.SECONDS);
      }
      assertThat(claimSeenFirst)
          .as("rounds where the commit fell between the queries")
          .isPositive();
      assertThat(stale).as("repeated queries that missed committed rows").isZero();
    } finally {
      writing.shutdownNow();
    }
  }

  private static void insert(Connection c, String sql, String key) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, key);
      p.executeUpdate();
    }
  }

  private static boolean found(Connection c, String sql, String key) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, key);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next();
      }
    }
  }
}
