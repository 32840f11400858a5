using Microsoft.Data.Sqlite;

namespace SocialExchange.Listing.Storage;

/// <summary>
/// Applies pending migrations in version order, each in its own transaction together with its row in
/// <c>schema_migrations</c>, so a failed migration leaves the database at the previous version.
/// </summary>
public static class SqliteMigrator
{
    /// <summary>Brings the database up to the last migration; returns the versions applied now.</summary>
    public static IReadOnlyList<int> Migrate(SqliteConnection connection, IReadOnlyList<Migration> migrations)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(migrations);
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL);";
            create.ExecuteNonQuery();
        }
        var applied = Applied(connection).ToHashSet();
        int known = migrations.Count == 0 ? 0 : migrations.Max(m => m.Version);
        if (applied.Count > 0 && applied.Max() > known)
            throw new InvalidOperationException($"the database is at schema version {applied.Max()}, newer than this program knows ({known})");
        var now = new List<int>();
        foreach (var migration in migrations.OrderBy(m => m.Version).Where(m => !applied.Contains(m.Version)))
        {
            using var tx = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = tx;
            command.CommandText = migration.Sql + "\nINSERT INTO schema_migrations (version, name) VALUES ($v, $n);";
            command.Parameters.AddWithValue("$v", migration.Version);
            command.Parameters.AddWithValue("$n", migration.Name);
            command.ExecuteNonQuery();
            tx.Commit();
            now.Add(migration.Version);
        }
        return now;
    }

    /// <summary>Versions recorded in <c>schema_migrations</c>, ascending.</summary>
    public static IReadOnlyList<int> Applied(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM schema_migrations ORDER BY version";
        using var reader = command.ExecuteReader();
        var versions = new List<int>();
        while (reader.Read()) versions.Add(reader.GetInt32(0));
        return versions;
    }
}
