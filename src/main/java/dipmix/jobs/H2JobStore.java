package dipmix.jobs;

import org.h2.jdbcx.JdbcConnectionPool;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link JobStore} in an embedded H2 database file ({@code <dir>/jobs.mv.db}). H2 is pure Java (no native library
 * to ship next to GDAL and ND4J), already on the classpath, and commits each statement durably in auto-commit mode.
 * Instants are stored as epoch milliseconds.
 */
public final class H2JobStore implements JobStore {
    private static final String COLS = "id, process_id, status, message, progress, created, started, finished, updated, inputs, results";
    private final JdbcConnectionPool pool;

    /** Opens (creating if needed) the database in this directory. */
    public H2JobStore(Path dir) {
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("jobs") + ";DB_CLOSE_ON_EXIT=FALSE";
        pool = JdbcConnectionPool.create(url, "dipmix", "");
        pool.setMaxConnections(32);
        try (Connection c = pool.getConnection()) {
            c.createStatement().execute("CREATE TABLE IF NOT EXISTS jobs (id VARCHAR(64) PRIMARY KEY, "
                    + "process_id VARCHAR(128) NOT NULL, status VARCHAR(16) NOT NULL, message VARCHAR(4000), "
                    + "progress INT NOT NULL, created BIGINT NOT NULL, started BIGINT, finished BIGINT, updated BIGINT, "
                    + "inputs CLOB, results CLOB)");
            c.createStatement().execute("CREATE INDEX IF NOT EXISTS jobs_created ON jobs(created)");
        } catch (SQLException e) {
            pool.dispose();
            throw new IllegalStateException("cannot open job database in " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void insert(JobRecord j) {
        String sql = "INSERT INTO jobs (" + COLS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?)";
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, j, 1);
            ps.executeUpdate();
        } catch (SQLException e) {
            if (e.getErrorCode() == org.h2.api.ErrorCode.DUPLICATE_KEY_1) throw new IllegalArgumentException("job exists: " + j.jobId());
            throw new IllegalStateException("job store insert failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void update(JobRecord j) {
        String sql = "UPDATE jobs SET id=?, process_id=?, status=?, message=?, progress=?, created=?, started=?, "
                + "finished=?, updated=?, inputs=?, results=? WHERE id=?";
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, j, 1);
            ps.setString(12, j.jobId());
            if (ps.executeUpdate() != 1) throw new IllegalArgumentException("no such job: " + j.jobId());
        } catch (SQLException e) {
            throw new IllegalStateException("job store update failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<JobRecord> get(String jobId) {
        List<JobRecord> r = query("SELECT " + COLS + " FROM jobs WHERE id=?", List.of(jobId));
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
    }

    @Override
    public JobPage list(JobQuery q) {
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        List<Object> args = new ArrayList<>();
        if (!q.processIds().isEmpty()) {
            where.append(" AND process_id IN (").append("?,".repeat(q.processIds().size() - 1)).append("?)");
            args.addAll(q.processIds());
        }
        if (!q.statuses().isEmpty()) {
            where.append(" AND status IN (").append("?,".repeat(q.statuses().size() - 1)).append("?)");
            for (JobStatus s : q.statuses()) args.add(s.code());
        }
        if (q.createdFrom() != null) {
            where.append(" AND created >= ?");
            args.add(q.createdFrom().toEpochMilli());
        }
        if (q.createdTo() != null) {
            where.append(" AND created <= ?");
            args.add(q.createdTo().toEpochMilli());
        }
        long total;
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM jobs" + where)) {
            setArgs(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("job store count failed: " + e.getMessage(), e);
        }
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(q.limit());
        pageArgs.add(q.offset());
        List<JobRecord> jobs = query("SELECT " + COLS + " FROM jobs" + where + " ORDER BY created DESC, id LIMIT ? OFFSET ?", pageArgs);
        return new JobPage(jobs, total);
    }

    @Override
    public List<JobRecord> withStatus(JobStatus... statuses) {
        List<Object> args = new ArrayList<>();
        for (JobStatus s : statuses) args.add(s.code());
        if (args.isEmpty()) return List.of();
        return query("SELECT " + COLS + " FROM jobs WHERE status IN (" + "?,".repeat(args.size() - 1) + "?) ORDER BY created, id", args);
    }

    @Override
    public List<JobRecord> finishedBefore(Instant cutoff) {
        return query("SELECT " + COLS + " FROM jobs WHERE finished IS NOT NULL AND finished < ? ORDER BY finished",
                List.of(cutoff.toEpochMilli()));
    }

    @Override
    public boolean delete(String jobId) {
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement("DELETE FROM jobs WHERE id=?")) {
            ps.setString(1, jobId);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("job store delete failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try (Connection c = pool.getConnection()) {
            c.createStatement().execute("SHUTDOWN");
        } catch (SQLException ignored) {
            // already closed
        }
        pool.dispose();
    }

    private List<JobRecord> query(String sql, List<Object> args) {
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            setArgs(ps, args);
            List<JobRecord> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(read(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("job store query failed: " + e.getMessage(), e);
        }
    }

    private static void setArgs(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
    }

    private static void bind(PreparedStatement ps, JobRecord j, int i) throws SQLException {
        ps.setString(i, j.jobId());
        ps.setString(i + 1, j.processId());
        ps.setString(i + 2, j.status().code());
        ps.setString(i + 3, j.message() == null ? null : truncate(j.message(), 4000));
        ps.setInt(i + 4, j.progress());
        setInstant(ps, i + 5, j.created());
        setInstant(ps, i + 6, j.started());
        setInstant(ps, i + 7, j.finished());
        setInstant(ps, i + 8, j.updated());
        ps.setString(i + 9, j.inputs());
        ps.setString(i + 10, j.results());
    }

    private static String truncate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }

    private static void setInstant(PreparedStatement ps, int i, Instant t) throws SQLException {
        if (t == null) ps.setNull(i, Types.BIGINT);
        else ps.setLong(i, t.toEpochMilli());
    }

    private static Instant instant(ResultSet rs, String col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    private static JobRecord read(ResultSet rs) throws SQLException {
        return new JobRecord(rs.getString("id"), rs.getString("process_id"), JobStatus.parse(rs.getString("status")),
                rs.getString("message"), rs.getInt("progress"), instant(rs, "created"), instant(rs, "started"),
                instant(rs, "finished"), instant(rs, "updated"), rs.getString("inputs"), rs.getString("results"));
    }
}
