using System.Text.Json;
using RegionCount.Data;
using RegionCount.Experiments;

namespace RegionCount.Execution;

/// <summary>
/// Loads each dataset of a sweep once (subset and normalization applied) and keeps it for the next runs. The data
/// subset is fixed (seed 0) for every run, so configurations differ only by what the profile varies.
/// </summary>
internal sealed class RunDataCache(DataLocator locator) : IDisposable
{
    private readonly Dictionary<string, LoadedDataset> _loaded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _identities = new(StringComparer.Ordinal);

    /// <summary>The SHA-256 of the files dataset <paramref name="name"/> is read from (<see cref="DatasetIdentity"/>; for
    /// ImageNet the manifest of its files), hashed once per process.</summary>
    public string Identity(string name)
    {
        if (!_identities.TryGetValue(name, out var identity))
        {
            identity = DatasetCatalog.Identity(name, locator);
            _identities[name] = identity;
        }
        return identity;
    }

    public LoadedDataset Get(DatasetSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var key = JsonSerializer.Serialize(spec with { Id = null });
        if (_loaded.TryGetValue(key, out var cached))
        {
            return cached;
        }
        var name = spec.Name ?? throw new InvalidDataException("dataset: no name");
        var raw = DatasetCatalog.Load(name, locator, new DatasetOptions(Seed: 0, TrainSize: spec.TrainSize, TestSize: spec.TestSize));
        var test = raw.Test;
        if (spec.TestSize is { } size && size < test.Count)
        {
            test = StratifiedSubset.Take(test, size, 0);
        }
        var train = raw.Train;
        if (spec.Normalization is { Mean: { } mean, Std: { } std })
        {
            var normalization = new ChannelNormalization(mean.Select(m => (float)m).ToList(), std.Select(s => (float)s).ToList());
            train = normalization.Apply(train);
            test = normalization.Apply(test);
        }
        if (!ReferenceEquals(train, raw.Train))
        {
            raw.Train.Dispose();
        }
        if (!ReferenceEquals(test, raw.Test))
        {
            raw.Test.Dispose();
        }
        var loaded = new LoadedDataset(name, train, test);
        _loaded[key] = loaded;
        return loaded;
    }

    public void Dispose()
    {
        foreach (var data in _loaded.Values)
        {
            data.Dispose();
        }
        _loaded.Clear();
    }
}
