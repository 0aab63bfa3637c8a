using System.Diagnostics;
using System.Text.Json;

namespace RegionCount.Experiments;

/// <summary>The content of a claim's lock file: who holds it and since when.</summary>
public sealed record LockInfo(string Host, int Pid, string Token, DateTimeOffset ClaimedUtc)
{
    /// <summary>This machine's name, without dots (so it can sit inside file names).</summary>
    public static string ThisHost { get; } = Environment.MachineName.Replace('.', '-');

    public static LockInfo ForThisProcess() =>
        new(ThisHost, Environment.ProcessId, Guid.NewGuid().ToString("N"), DateTimeOffset.UtcNow);

    /// <summary>Reads a lock file; null when it is gone or not (yet) readable.</summary>
    public static LockInfo? TryRead(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<LockInfo>(File.ReadAllText(path), ExperimentJson.Options);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Whether process <paramref name="pid"/> of this host is alive (and, given a claim time, was started before it).</summary>
    public static bool IsAlive(int pid, DateTimeOffset? claimedUtc)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            if (process.HasExited)
            {
                return false;
            }
            // A process started after the claim is a different process that reused the id.
            return claimedUtc is not DateTimeOffset claimed || process.StartTime.ToUniversalTime() <= claimed.UtcDateTime.AddSeconds(1);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
