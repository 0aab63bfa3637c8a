using System.Globalization;

namespace RegionCount.Experiments;

/// <summary>Where a sweep stands: runs done (including ones found complete) of the total, and the estimated time left.</summary>
public sealed record SweepStatus(int Done, int Total, TimeSpan? Remaining)
{
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Done}/{Total} runs, ETA {(Remaining is TimeSpan r ? r.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) : "unknown")}");
}
