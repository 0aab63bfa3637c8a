using System.Text.Json;
using System.Text.Json.Nodes;

namespace RegionCount.Experiments;

/// <summary>A folder of run records, one <c>&lt;fingerprint&gt;.json</c> per run. Writes are atomic (temp file in the same
/// folder, fsync, rename), so a kill at any moment leaves the old state or the new record, never a torn file. Stores
/// from several machines merge by copying files together. Claims (<see cref="TryClaim"/>) keep concurrent sweeps apart.</summary>
public sealed partial class RunStore
{
    /// <summary>Where a profile's records live unless --store says otherwise: reports/&lt;profile&gt;/runs (relative to
    /// the working directory or a repository root; its report is written beside it, in reports/&lt;profile&gt;/).</summary>
    public static string DefaultDirectory(string profileName) => Path.Combine("reports", profileName, "runs");

    private const string RecordExtension = ".json";
    private const string TempExtension = ".tmp";

    public RunStore(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = Path.GetFullPath(directory);
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    /// <summary>Locks whose heartbeat (the lock file's modification time, touched every
    /// <see cref="SweepRunner.HeartbeatInterval"/> while the run executes) is older than this are stale, whichever host
    /// holds them; that is the only test for a holder on another host, whose process cannot be looked up from here.
    /// The hosts sharing a store need clocks that agree to well within this (NTP).</summary>
    public TimeSpan StaleLockAge { get; init; } = TimeSpan.FromMinutes(10);

    public string RecordPath(string fingerprint) => Path.Combine(Directory, fingerprint + RecordExtension);

    /// <summary>Every record, each verified. Temporary files are not records and are ignored.</summary>
    /// <exception cref="StoreException">A record is unreadable or its fingerprint does not match its configuration.</exception>
    public IReadOnlyList<RunRecord> ReadAll() =>
        System.IO.Directory.EnumerateFiles(Directory, "*" + RecordExtension)
            .Where(IsRecordFile)
            .Order(StringComparer.Ordinal)
            .Select(Read)
            .ToList();

    /// <summary>The record of <paramref name="fingerprint"/>, or null if there is none.</summary>
    public RunRecord? TryRead(string fingerprint)
    {
        string path = RecordPath(fingerprint);
        return File.Exists(path) ? Read(path) : null;
    }

    /// <summary>Reads and verifies one record file: valid JSON, named by its fingerprint, fingerprint = hash of its config.</summary>
    /// <exception cref="StoreException">The file names what is wrong.</exception>
    public static RunRecord Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        JsonNode? node;
        RunRecord? record;
        try
        {
            string text = File.ReadAllText(path);
            node = JsonNode.Parse(text);
            record = node.Deserialize<RunRecord>(ExperimentJson.Options);
        }
        catch (JsonException e)
        {
            throw new StoreException($"run record {path}: not a valid record ({e.Message.Split('\n')[0]}); move it away or delete it");
        }
        if (record is null || node?["config"] is not JsonObject config)
        {
            throw new StoreException($"run record {path}: no config; move it away or delete it");
        }
        string actual = Fingerprint.Of(config);
        if (!string.Equals(actual, record.Fingerprint, StringComparison.Ordinal))
        {
            throw new StoreException($"run record {path}: fingerprint {record.Fingerprint} does not match its config " +
                $"(which hashes to {actual}); the record was edited or written by another format version - refusing it");
        }
        if (!string.Equals(Path.GetFileNameWithoutExtension(path), record.Fingerprint, StringComparison.Ordinal))
        {
            throw new StoreException($"run record {path}: the file name does not match its fingerprint {record.Fingerprint}");
        }
        return record;
    }

    /// <summary>Writes <paramref name="record"/> atomically, replacing any earlier record of the same run.</summary>
    public void Write(RunRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        string target = RecordPath(record.Fingerprint);
        string temp = TempPath(record.Fingerprint);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                JsonSerializer.Serialize(stream, record, ExperimentJson.Options);
                stream.WriteByte((byte)'\n');
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, target, overwrite: true);
            DirectorySync.Flush(Directory);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>Copies an already-verified record file in atomically (used by merge).</summary>
    internal void Import(string sourcePath, string fingerprint)
    {
        string temp = TempPath(fingerprint);
        try
        {
            File.Copy(sourcePath, temp);
            using (var stream = new FileStream(temp, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            {
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, RecordPath(fingerprint), overwrite: false);
            DirectorySync.Flush(Directory);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>Deletes temporary files left by killed writers (their process is gone, or they are old) and stale-lock
    /// leftovers. Returns how many were removed.</summary>
    public int CleanTemporaryFiles()
    {
        int removed = 0;
        foreach (var path in System.IO.Directory.EnumerateFiles(Directory, "*" + TempExtension))
        {
            if (IsAbandonedTemp(path))
            {
                TryDelete(path);
                removed++;
            }
        }
        return removed;
    }

    private static bool IsRecordFile(string path) => !Path.GetFileName(path).StartsWith('.');

    /// <summary>A private temporary file in the store's folder: a record or lock is written there and then renamed or
    /// linked into place, which is atomic only within one folder's file system (a name relative to the working
    /// directory, as before, put it wherever the sweep was started and made the rename a copy across file systems).</summary>
    internal string TempPath(string fingerprint) => Path.Combine(Directory, string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $".{fingerprint}.{LockInfo.ThisHost}.{Environment.ProcessId}.{Guid.NewGuid():N}{TempExtension}"));

    private bool IsAbandonedTemp(string path)
    {
        // Name: .<fingerprint>.<host>.<pid>.<guid>.tmp (host names contain no dots here: LockInfo sanitizes them).
        var parts = Path.GetFileName(path).TrimStart('.').Split('.');
        var age = DateTime.UtcNow - File.GetLastWriteTimeUtc(path);
        if (parts.Length == 5 && int.TryParse(parts[2], out int pid) && parts[1] == LockInfo.ThisHost)
        {
            return !LockInfo.IsAlive(pid, null) || age > StaleLockAge;
        }
        return age > TimeSpan.FromMinutes(10);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Another cleaner got there first.
        }
    }
}
