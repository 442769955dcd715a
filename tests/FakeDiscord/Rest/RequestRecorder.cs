using System.Text;
using FakeDiscord.Support;

namespace FakeDiscord.Rest;

/// <summary>Keeps every REST request in memory, appends it to the record file if one is set, and counts 429s.</summary>
internal sealed class RequestRecorder : IAsyncDisposable
{
    private readonly SemaphoreSlim _fileLock = new(1, 1);
    private readonly StreamWriter? _file;
    private int _number;
    private int _tooManyRequests;

    public RequestRecorder(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        _file = new StreamWriter(
            new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite), new UTF8Encoding(false));
    }

    public WatchableList<RecordedRequest> Requests { get; } = new();

    public int TooManyRequestsCount => Volatile.Read(ref _tooManyRequests);

    public int NextNumber() => Interlocked.Increment(ref _number);

    public async Task RecordAsync(RecordedRequest request)
    {
        if (request.Status == 429)
        {
            Interlocked.Increment(ref _tooManyRequests);
        }

        if (_file is not null)
        {
            await _fileLock.WaitAsync().ConfigureAwait(false);
            try
            {
                await _file.WriteLineAsync(request.ToJsonLine()).ConfigureAwait(false);
                await _file.FlushAsync().ConfigureAwait(false);
            }
            finally
            {
                _fileLock.Release();
            }
        }

        // Added last, so whoever waits for the request also finds it in the file.
        Requests.Add(request);
    }

    public async ValueTask DisposeAsync()
    {
        if (_file is not null)
        {
            await _fileLock.WaitAsync().ConfigureAwait(false);
            try
            {
                await _file.DisposeAsync().ConfigureAwait(false);
            }
            finally
            {
                _fileLock.Release();
            }
        }

        _fileLock.Dispose();
    }
}
