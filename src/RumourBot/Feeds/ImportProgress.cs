namespace RumourBot.Feeds;

/// <summary>Turns a feed import's article counts into the words members see: "Imported 12 of 50 articles…".</summary>
public sealed class ImportProgress(IProgress<string> words) : IProgress<(int Done, int Total)>
{
    public void Report((int Done, int Total) value)
    {
        if (value.Total == 0) return;
        words.Report(value.Done == 0
            ? $"Reading {value.Total} {(value.Total == 1 ? "article" : "articles")}…"
            : $"Imported {value.Done} of {value.Total} {(value.Total == 1 ? "article" : "articles")}…");
    }
}
