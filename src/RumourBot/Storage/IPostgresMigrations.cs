namespace RumourBot.Storage;

/// <summary>
/// One feature's PostgreSQL schema, as the steps that build it. Each feature registers its own (see
/// <see cref="StoreRegistration.AddPostgresSchema{TSchema}"/>); <see cref="PostgresMigrationRunner"/> applies the
/// steps a database has not had yet.
/// </summary>
public interface IPostgresMigrations
{
    /// <summary>The feature that owns the tables ("polls"): its steps are versioned 1, 2, … under this name.</summary>
    string Feature { get; }

    /// <summary>The steps in order. A step that has shipped is never edited; a change is a new step at the end.</summary>
    IReadOnlyList<string> Steps { get; }
}
