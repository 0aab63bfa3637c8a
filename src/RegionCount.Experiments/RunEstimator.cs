using System.Globalization;
using System.Text.Json;

namespace RegionCount.Experiments;

/// <summary>Estimates a planned run's wall time from the completed records of the same plan: the mean over the runs of
/// its experiment with its model and dataset; else over its experiment; else over every completed run of the plan; else
/// the stated default. Records finished while the sweep runs are added as they come (<see cref="Add"/>).</summary>
public sealed class RunEstimator
{
    private readonly Dictionary<string, RunSpec> _planned;
    private readonly Dictionary<string, (double Seconds, int Count)> _sums = new(StringComparer.Ordinal);
    private readonly TimeSpan _default;

    public RunEstimator(SweepPlan plan, IEnumerable<RunRecord> records, TimeSpan defaultEstimate)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(records);
        _planned = plan.Runs.ToDictionary(r => r.Fingerprint, StringComparer.Ordinal);
        _default = defaultEstimate;
        foreach (var record in records)
        {
            Add(record);
        }
    }

    /// <summary>Counts <paramref name="record"/> if it is a completed run of the plan (failed and diverged runs end early
    /// and would pull the mean down).</summary>
    public void Add(RunRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Status != RunStatus.Completed || !_planned.TryGetValue(record.Fingerprint, out var run))
        {
            return;
        }
        foreach (var key in Keys(run))
        {
            var (seconds, count) = _sums.GetValueOrDefault(key);
            _sums[key] = (seconds + record.Timings.Seconds, count + 1);
        }
    }

    public RunEstimate Estimate(RunSpec run)
    {
        ArgumentNullException.ThrowIfNull(run);
        foreach (var key in Keys(run))
        {
            if (_sums.TryGetValue(key, out var sum) && sum.Count > 0)
            {
                string of = key.Length == 0 ? "every completed run of the plan" : key;
                return new RunEstimate(TimeSpan.FromSeconds(sum.Seconds / sum.Count),
                    string.Create(CultureInfo.InvariantCulture, $"mean of {sum.Count} completed run{(sum.Count == 1 ? "" : "s")} of {of}"));
            }
        }
        return new RunEstimate(_default, "no completed run to estimate from: --run-estimate");
    }

    /// <summary>From the most specific group to the plan as a whole (""). A planned run's model and dataset carry no
    /// profile id, so they are told apart by their whole specification ("mlp {"widths":[32,32]}").</summary>
    private static string[] Keys(RunSpec run)
    {
        string experiment = run.Experiments.Count > 0 ? run.Experiments[0] : "?";
        var model = run.Config.Model;
        string options = model.Options is null ? "" : " " + JsonSerializer.Serialize(model.Options, ExperimentJson.Compact);
        return [$"{experiment}, {model.Name}{options} on {run.Config.Dataset.Name}", experiment, ""];
    }
}
