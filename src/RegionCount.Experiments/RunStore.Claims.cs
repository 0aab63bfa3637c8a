namespace RegionCount.Experiments;

public sealed partial class RunStore
{
    private const string LockExtension = ".lock";

    public string LockPath(string fingerprint) => Path.Combine(Directory, fingerprint + LockExtension);

    /// <summary>Claims <paramref name="fingerprint"/> for this process, or returns null when another live sweep holds it.
    /// A stale lock is taken over: its holder ran on this host and its process is gone, or (any host: a process on
    /// another machine cannot be asked) its heartbeat is older than <see cref="StaleLockAge"/>.</summary>
    public RunClaim? TryClaim(string fingerprint)
    {
        string path = LockPath(fingerprint);
        for (int attempt = 0; attempt < 3; attempt++)
        {
            var info = LockInfo.ForThisProcess();
            if (RunClaim.TryCreate(path, info, TempPath(fingerprint)) is { } claim)
            {
                return claim;
            }
            if (!TryRemoveStale(path))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>Removes the locks of sweeps that are gone (a kill after a record's rename but before its lock's delete
    /// leaves one behind). Live sweeps' locks are kept. Returns how many were removed.</summary>
    public int CleanStaleLocks()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return 0;
        }
        int removed = 0;
        foreach (var path in System.IO.Directory.EnumerateFiles(Directory, "*" + LockExtension))
        {
            if (File.Exists(path) && TryRemoveStale(path) && !File.Exists(path))
            {
                removed++;
            }
        }
        return removed;
    }

    private bool IsStale(LockInfo? holder, string path)
    {
        var age = DateTime.UtcNow - File.GetLastWriteTimeUtc(path);
        if (holder is null)
        {
            // Unreadable: being written right now, or torn by a kill between create and write.
            return age > TimeSpan.FromMinutes(1);
        }
        if (holder.Host == LockInfo.ThisHost && !LockInfo.IsAlive(holder.Pid, holder.ClaimedUtc))
        {
            return true;
        }
        return age > StaleLockAge;
    }

    /// <summary>Moves a stale lock aside (rename is atomic, so of several sweeps only one succeeds) and checks that what it
    /// moved is the stale lock it judged; a fresh lock moved by mistake is put back.</summary>
    private bool TryRemoveStale(string path)
    {
        if (!File.Exists(path))
        {
            return true;
        }
        var holder = LockInfo.TryRead(path);
        if (!IsStale(holder, path))
        {
            return false;
        }
        string aside = $"{path}.{Guid.NewGuid():N}.stale{TempExtension}";
        try
        {
            File.Move(path, aside);
        }
        catch (FileNotFoundException)
        {
            return true;
        }
        var moved = LockInfo.TryRead(aside);
        if (holder is not null && moved?.Token != holder.Token)
        {
            try
            {
                File.Move(aside, path, overwrite: false);
            }
            catch (IOException)
            {
                // Someone claimed it meanwhile; their claim stands, and the one moved aside is lost: both cannot hold it.
                File.Delete(aside);
            }
            return false;
        }
        File.Delete(aside);
        return true;
    }
}
