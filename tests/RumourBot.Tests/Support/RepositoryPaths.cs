namespace RumourBot.Tests.Support;

/// <summary>Finds files of the repository from wherever the tests run.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Seed(string fileName) => Path.Combine(Seeds, fileName);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "RumourBot.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException("Cannot find RumourBot.sln above " + AppContext.BaseDirectory);
    }
}
