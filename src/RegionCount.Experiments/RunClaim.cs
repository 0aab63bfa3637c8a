using System.Text.Json;

namespace RegionCount.Experiments;

/// <summary>The exclusive right to run one fingerprint, held as a lock file that appears with its whole content at once:
/// written to a private temporary file, then hard-linked under the lock's name (link(2) is atomic and fails on an
/// existing name on every NFS version; where there is no link(2), an exclusive create). Dispose releases it (only if it
/// is still this claim's file).</summary>
public sealed class RunClaim : IDisposable
{
    internal RunClaim(string path, LockInfo info)
    {
        LockPath = path;
        Info = info;
    }

    public string LockPath { get; }

    public LockInfo Info { get; }

    /// <summary>Heartbeat: refreshes the lock file's time so other hosts do not take it for stale. Called from a timer
    /// thread, so it never throws.</summary>
    public void Touch()
    {
        try
        {
            File.SetLastWriteTimeUtc(LockPath, DateTime.UtcNow);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a missing heartbeat only makes the claim look older (and a released lock is gone).
        }
    }

    public void Dispose()
    {
        if (LockInfo.TryRead(LockPath)?.Token == Info.Token)
        {
            File.Delete(LockPath);
        }
    }

    /// <summary>Creates the lock <paramref name="path"/> holding <paramref name="info"/>, through the private file
    /// <paramref name="temp"/>; null when another sweep holds it.</summary>
    internal static RunClaim? TryCreate(string path, LockInfo info, string temp)
    {
        if (!HardLink.Supported)
        {
            return TryCreateExclusive(path, info);
        }
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                JsonSerializer.Serialize(stream, info, ExperimentJson.Compact);
                stream.Flush(flushToDisk: true);
            }
            bool linked;
            try
            {
                linked = HardLink.TryCreate(temp, path);
            }
            catch (IOException)
            {
                // A file system without hard links (some FUSE and SMB mounts): the exclusive create is all there is.
                return TryCreateExclusive(path, info);
            }
            // "Exists" can be our own link whose reply an NFS client lost and retransmitted: the token tells.
            return linked || LockInfo.TryRead(path)?.Token == info.Token ? new RunClaim(path, info) : null;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static RunClaim? TryCreateExclusive(string path, LockInfo info)
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
