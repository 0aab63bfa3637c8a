using System.Text.Json;

namespace RegionCount.Experiments;

/// <summary>The exclusive right to run one fingerprint, held as a lock file created with FileMode.CreateNew. Dispose
/// releases it (only if it is still this claim's file).</summary>
public sealed class RunClaim : IDisposable
{
    internal RunClaim(string path, LockInfo info)
    {
        LockPath = path;
        Info = info;
    }

    public string LockPath { get; }

    public LockInfo Info { get; }

    /// <summary>Heartbeat: refreshes the lock file's time so other hosts do not take it for stale.</summary>
    public void Touch()
    {
        try
        {
            File.SetLastWriteTimeUtc(LockPath, DateTime.UtcNow);
        }
        catch (IOException)
        {
            // Best effort: a missing heartbeat only makes the claim look older.
        }
    }

    public void Dispose()
    {
        if (LockInfo.TryRead(LockPath)?.Token == Info.Token)
        {
            File.Delete(LockPath);
        }
    }

    internal static RunClaim? TryCreate(string path, LockInfo info)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            JsonSerializer.Serialize(stream, info, ExperimentJson.Compact);
            stream.Flush(flushToDisk: true);
            return new RunClaim(path, info);
        }
        catch (IOException e) when (e is not (DirectoryNotFoundException or PathTooLongException) && (File.Exists(path) || !IsWriteFailure(e)))
        {
            // Held by another sweep — or held a moment ago and already released (the create failed on "exists" and the
            // holder deleted its lock before we looked): either way not ours now; the caller retries or skips.
            return null;
        }
    }

    /// <summary>True for failures other than "the file already exists" (disk full, permissions as IOException).</summary>
    private static bool IsWriteFailure(IOException e) =>
        !e.Message.Contains("already exists", StringComparison.OrdinalIgnoreCase) && e.HResult != unchecked((int)0x80070050) && e.HResult != 17;
}
