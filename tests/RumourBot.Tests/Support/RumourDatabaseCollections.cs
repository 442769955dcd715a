using LiteDB;
using RumourBot.Reports;
using RumourBot.Rumours;
using RumourBot.Storage;

namespace RumourBot.Tests.Support;

/// <summary>
/// The rumour store's LiteDB collections, for tests that look at (or plant) exactly what is in the file. The bot itself
/// reads them only through <see cref="IRumourStore"/>.
/// </summary>
public static class RumourDatabaseCollections
{
    public static ILiteCollection<StoredReport> Reports(this RumourDatabase database) => database.Collection<StoredReport>(LiteDbRumourStore.ReportsCollection);

    public static ILiteCollection<Rumour> Rumours(this RumourDatabase database) => database.Collection<Rumour>(LiteDbRumourStore.RumoursCollection);

    public static ILiteCollection<RumourChange> RumourChanges(this RumourDatabase database) => database.Collection<RumourChange>(LiteDbRumourStore.ChangesCollection);

    public static ILiteCollection<StoredSetting> Settings(this RumourDatabase database) => database.Collection<StoredSetting>(LiteDbRumourStore.SettingsCollection);
}
