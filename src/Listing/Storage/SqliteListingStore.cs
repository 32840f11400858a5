using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SocialExchange.Listing.Applications;
using SocialExchange.Listing.Workflow;

namespace SocialExchange.Listing.Storage;

/// <summary>
/// The embedded store: applications and the audit trail in SQLite (a file, or <c>:memory:</c> for one connection's
/// life). Opening applies pending migrations in order. Every write is one transaction, so an application is never
/// half-written (its row, its KPI rows and its audit entry commit together or not at all). Not thread-safe: one
/// connection, one owner.
/// </summary>
public sealed class SqliteListingStore : IListingStore, IWorkflowStore, IDisposable
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private readonly SqliteConnection _connection;

    /// <summary>Test hook: called between the statements of a write with the step's name, so a test can fail it midway.</summary>
    internal Action<string>? BetweenSteps { get; set; }

    /// <summary>Opens (or creates) the database at <paramref name="path"/> and migrates it.</summary>
    public SqliteListingStore(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        Execute("PRAGMA foreign_keys = ON;");
        SqliteMigrator.Migrate(_connection, SqliteMigrations.All);
    }

    /// <summary>A private in-memory database, gone when the store is disposed.</summary>
    public static SqliteListingStore InMemory() => new(":memory:");

    /// <summary>Versions of the migrations applied, in order.</summary>
    public IReadOnlyList<int> AppliedMigrations => SqliteMigrator.Applied(_connection);

    /// <inheritdoc />
    public IReadOnlyList<string> Ids => Query("SELECT id FROM applications ORDER BY rowid", r => r.GetString(0));

    /// <inheritdoc />
    public void Save(ListingApplication application) => Write(application, null);

    /// <inheritdoc />
    public void Save(ListingApplication application, AuditEntry audit) => Write(application, audit ?? throw new ArgumentNullException(nameof(audit)));

    /// <inheritdoc />
    public void Record(AuditEntry audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        using var tx = _connection.BeginTransaction();
        InsertAudit(tx, audit);
        tx.Commit();
    }

    /// <inheritdoc />
    public ListingApplication? Find(string id)
    {
        var documents = Query("SELECT document FROM applications WHERE id = $id", r => r.GetString(0), ("$id", id));
        return documents.Count == 0 ? null : JsonSerializer.Deserialize<ListingApplication>(documents[0], Json);
    }

    /// <summary>KPI ids stored with the application (a relational index of the document).</summary>
    public IReadOnlyList<string> KpiIds(string applicationId) =>
        Query("SELECT kpi_id FROM application_kpis WHERE application_id = $id ORDER BY kpi_id", r => r.GetString(0), ("$id", applicationId));

    /// <inheritdoc />
    public IReadOnlyList<AuditEntry> AuditTrail(string subject) => Query(
        "SELECT subject, kind, actor, at, detail FROM audit WHERE subject = $s ORDER BY seq",
        r => new AuditEntry(r.GetString(0), r.GetString(1), r.GetString(2),
            DateTimeOffset.Parse(r.GetString(3), CultureInfo.InvariantCulture), r.GetString(4)),
        ("$s", subject));

    /// <inheritdoc />
    public void SaveTransition(WorkflowState after, TransitionRecord transition)
    {
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(transition);
        string id = after.ApplicationId;
        if (Query("SELECT 1 FROM applications WHERE id = $id", r => r.GetInt32(0), ("$id", id)).Count == 0)
            throw new InvalidOperationException($"application '{id}' is not stored; save it before moving it through the workflow");
        using var tx = _connection.BeginTransaction();
        Execute("""
            INSERT INTO workflows (application_id, rulebook_id, rulebook_version, state, query_deadline, subscribed_pct)
            VALUES ($id, $rb, $v, $state, $deadline, $pct)
            ON CONFLICT(application_id) DO UPDATE SET rulebook_id = $rb, rulebook_version = $v, state = $state,
                query_deadline = $deadline, subscribed_pct = $pct
            """, tx, ("$id", id), ("$rb", after.RulebookId), ("$v", after.RulebookVersion), ("$state", after.State.ToString()),
            ("$deadline", (object?)after.QueryDeadline?.ToString("O", CultureInfo.InvariantCulture) ?? DBNull.Value),
            ("$pct", (object?)after.SubscribedPct?.ToString(CultureInfo.InvariantCulture) ?? DBNull.Value));
        BetweenSteps?.Invoke("workflow");
        Execute("""
            INSERT INTO transitions (application_id, seq, from_state, to_state, action, actor, at, reason, rulebook_id, rulebook_version)
            VALUES ($id, (SELECT COUNT(*) FROM transitions WHERE application_id = $id), $from, $to, $action, $actor, $at, $reason, $rb, $v)
            """, tx, ("$id", id), ("$from", transition.From.ToString()), ("$to", transition.To.ToString()), ("$action", transition.Action.ToString()),
            ("$actor", transition.Actor), ("$at", transition.At.ToString("O", CultureInfo.InvariantCulture)),
            ("$reason", (object?)transition.Reason ?? DBNull.Value), ("$rb", transition.RulebookId), ("$v", transition.RulebookVersion));
        BetweenSteps?.Invoke("transition");
        InsertAudit(tx, AuditEntries.Of(id, transition));
        tx.Commit();
    }

    /// <inheritdoc />
    public StoredWorkflow? LoadWorkflow(string applicationId)
    {
        var states = Query("SELECT rulebook_id, rulebook_version, state, query_deadline, subscribed_pct FROM workflows WHERE application_id = $id",
            r => new WorkflowState(applicationId, r.GetString(0), r.GetString(1), Enum.Parse<ApplicationState>(r.GetString(2)),
                r.IsDBNull(3) ? null : DateOnly.Parse(r.GetString(3), CultureInfo.InvariantCulture),
                r.IsDBNull(4) ? null : decimal.Parse(r.GetString(4), CultureInfo.InvariantCulture)),
            ("$id", applicationId));
        if (states.Count == 0) return null;
        var history = Query("""
            SELECT from_state, to_state, action, actor, at, reason, rulebook_id, rulebook_version
            FROM transitions WHERE application_id = $id ORDER BY seq
            """,
            r => new TransitionRecord(Enum.Parse<ApplicationState>(r.GetString(0)), Enum.Parse<ApplicationState>(r.GetString(1)),
                Enum.Parse<WorkflowAction>(r.GetString(2)), r.GetString(3), DateTimeOffset.Parse(r.GetString(4), CultureInfo.InvariantCulture),
                r.IsDBNull(5) ? null : r.GetString(5), r.GetString(6), r.GetString(7)),
            ("$id", applicationId));
        return new StoredWorkflow(states[0], history);
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private void Write(ListingApplication application, AuditEntry? audit)
    {
        ArgumentNullException.ThrowIfNull(application);
        using var tx = _connection.BeginTransaction();
        // Replace means: the old KPI rows go with the old document (cascade), then the new ones are written.
        Execute("DELETE FROM applications WHERE id = $id", tx, ("$id", application.Id));
        Execute("INSERT INTO applications (id, issuer_id, instrument_symbol, document) VALUES ($id, $issuer, $symbol, $doc)", tx,
            ("$id", application.Id), ("$issuer", application.Issuer.Id), ("$symbol", application.Instrument.Symbol),
            ("$doc", JsonSerializer.Serialize(application, Json)));
        BetweenSteps?.Invoke("application");
        foreach (var kpi in application.Impact.Kpis)
            Execute("INSERT INTO application_kpis (application_id, kpi_id) VALUES ($id, $kpi)", tx, ("$id", application.Id), ("$kpi", kpi.Id));
        BetweenSteps?.Invoke("kpis");
        if (audit is not null) InsertAudit(tx, audit);
        tx.Commit();
    }

    private void InsertAudit(SqliteTransaction tx, AuditEntry audit) =>
        Execute("INSERT INTO audit (subject, kind, actor, at, detail) VALUES ($s, $k, $a, $t, $d)", tx,
            ("$s", audit.Subject), ("$k", audit.Kind), ("$a", audit.Actor),
            ("$t", audit.At.ToString("O", CultureInfo.InvariantCulture)), ("$d", audit.Detail));

    private void Execute(string sql, SqliteTransaction? tx = null, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, tx, parameters);
        command.ExecuteNonQuery();
    }

    private List<T> Query<T>(string sql, Func<SqliteDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, null, parameters);
        using var reader = command.ExecuteReader();
        var result = new List<T>();
        while (reader.Read()) result.Add(read(reader));
        return result;
    }

    private SqliteCommand Command(string sql, SqliteTransaction? tx, (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command;
    }
}
