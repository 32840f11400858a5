namespace SocialExchange.Listing.Storage;

/// <summary>
/// The schema of the SQLite store as ordered migrations. Append new ones; never edit an applied one, since existing
/// databases already ran it.
/// </summary>
public static class SqliteMigrations
{
    /// <summary>All migrations, in version order.</summary>
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "applications", """
            CREATE TABLE applications (
                id TEXT PRIMARY KEY,
                issuer_id TEXT NOT NULL,
                instrument_symbol TEXT NOT NULL,
                document TEXT NOT NULL
            );
            CREATE TABLE application_kpis (
                application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
                kpi_id TEXT NOT NULL,
                PRIMARY KEY (application_id, kpi_id)
            );
            """),
        new(2, "audit", """
            CREATE TABLE audit (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                subject TEXT NOT NULL,
                kind TEXT NOT NULL,
                actor TEXT NOT NULL,
                at TEXT NOT NULL,
                detail TEXT NOT NULL
            );
            CREATE INDEX audit_subject ON audit(subject, seq);
            """),
        // No foreign key to applications: saving an application again replaces its row, which must not take the
        // workflow with it. SaveTransition checks that the application is stored instead.
        new(3, "workflows", """
            CREATE TABLE workflows (
                application_id TEXT PRIMARY KEY,
                rulebook_id TEXT NOT NULL,
                rulebook_version TEXT NOT NULL,
                state TEXT NOT NULL,
                query_deadline TEXT,
                subscribed_pct TEXT
            );
            CREATE TABLE transitions (
                application_id TEXT NOT NULL,
                seq INTEGER NOT NULL,
                from_state TEXT NOT NULL,
                to_state TEXT NOT NULL,
                action TEXT NOT NULL,
                actor TEXT NOT NULL,
                at TEXT NOT NULL,
                reason TEXT,
                rulebook_id TEXT NOT NULL,
                rulebook_version TEXT NOT NULL,
                PRIMARY KEY (application_id, seq)
            );
            """),
    ];
}
