using System.Globalization;
using LiteDB;
using LiteDB.Engine;
using Microsoft.Extensions.Options;

namespace RumourBot.Storage;

/// <summary>
/// The bot's one LiteDB file: the connection, transactions and type maps. Each feature's store owns its collections,
/// indexes and migrations (see <see cref="Collection{T}"/>). LiteDB journals every transaction, so a crash part-way
/// through an import leaves the file as it was before that import began.
/// </summary>
public sealed class RumourDatabase : IDisposable
{
    private readonly LiteDatabase _database;
    private readonly FileStream _ownership;
    private readonly Lock _mapLock = new();
    private readonly HashSet<Type> _prepared = [];

    public RumourDatabase(IOptions<StorageOptions> options) : this(options.Value.DatabasePath)
    {
    }

    public RumourDatabase(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        _ownership = TakeOwnership(path);
        try
        {
            _database = Open(path);
        }
        catch
        {
            _ownership.Dispose();
            throw;
        }
    }

    // LiteDB's direct mode takes for granted that no other process writes the file. It opens the file letting others
    // read it, which .NET on Linux enforces only as a shared advisory lock that a second writer takes as well: a second
    // bot on the same data folder would open the file too, and the two would damage it. An exclusive lock file, held
    // while the database is open, refuses the second bot instead; the system lets go of it when the process ends,
    // however it ends.
    private static FileStream TakeOwnership(string path)
    {
        try
        {
            return new FileStream(path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException error) when (IsHeldElsewhere(error))
        {
            throw new StorageUnavailableException(
                $"{path} is open in another RumourBot process. Give each process its own Storage__DataFolder, or share one PostgreSQL database between them (Storage__Provider=Postgres).", error);
        }
    }

    // Ids (vote ids hold emojis) compare byte for byte: culture-aware comparison made every index lookup several
    // times slower. A file made before used the default collation and is rebuilt once.
    private static readonly Collation Ordinal = new(CultureInfo.InvariantCulture.LCID, CompareOptions.Ordinal);

    // The lock is taken: EWOULDBLOCK from flock on Linux (11) and macOS (35), a sharing violation on Windows.
    private static bool IsHeldElsewhere(IOException error) => error.HResult is 11 or 35 or unchecked((int)0x80070020);

    private static LiteDatabase Open(string path)
    {
        var settings = new ConnectionString { Filename = path, Connection = ConnectionType.Direct, Collation = Ordinal };
        try
        {
            return new LiteDatabase(settings, new BsonMapper());
        }
        catch (LiteException error) when (error.Message.Contains("collation", StringComparison.OrdinalIgnoreCase))
        {
            using (var older = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }))
            {
                older.Rebuild(new RebuildOptions { Collation = Ordinal });
            }
            return new LiteDatabase(settings, new BsonMapper());
        }
    }

    /// <summary>
    /// Adjusts how <typeparamref name="T"/> is stored (fields left out, say). A store calls it in its constructor,
    /// before its first <see cref="Collection{T}"/>.
    /// </summary>
    public void Map<T>(Action<EntityBuilder<T>> map)
    {
        lock (_mapLock) map(_database.Mapper.Entity<T>());
    }

    /// <summary>
    /// A collection of the file, for a feature's store (the feature owns its name, indexes and migrations). The type's
    /// map, nested types included, is built here, once and on one thread (see <see cref="BsonMapperWarmUp"/>), before
    /// any query can meet it.
    /// </summary>
    public ILiteCollection<T> Collection<T>(string name)
    {
        lock (_mapLock)
        {
            BsonMapperWarmUp.Prepare(_database.Mapper, [typeof(T)], _prepared);
        }
        return _database.GetCollection<T>(name);
    }

    /// <summary>A collection as plain documents: for migrations and for reading a few fields without the whole type.</summary>
    public ILiteCollection<BsonDocument> Documents(string name) => _database.GetCollection(name);

    /// <summary>Whether <paramref name="collection"/> has an index called <paramref name="name"/> (for migrations).</summary>
    public bool HasIndex(string collection, string name) =>
        _database.GetCollection("$indexes").Exists(Query.And(Query.EQ("collection", collection), Query.EQ("name", name)));

    /// <summary>Runs <paramref name="work"/> as one transaction: all of its writes land, or none do.</summary>
    public T InTransaction<T>(Func<T> work)
    {
        // LiteDB transactions belong to the calling thread, so the work must not await.
        _database.BeginTrans();
        try
        {
            var result = work();
            _database.Commit();
            return result;
        }
        catch
        {
            _database.Rollback();
            throw;
        }
    }

    public void Dispose()
    {
        try
        {
            _database.Dispose();
        }
        finally
        {
            _ownership.Dispose();
        }
    }
}
