using RegionCount.Data;
using RegionCount.Experiments;

namespace RegionCount.Execution;

/// <summary>Checks file-backed datasets with <see cref="DataLocator"/>. Synthetic datasets are always available;
/// names the locator does not know (e.g. the shipped fashion-mnist-subset, whose reader lands later) pass unchecked.
/// An ImageNet folder is also read (its layout, and the first image of each split decoded), so a garbage folder is one
/// line before the sweep, not a failure of every run.</summary>
public sealed class DataLocatorAvailability(DataLocator locator) : IDataAvailability
{
    public string? Check(string datasetName)
    {
        if (KnownNames.SyntheticDatasets.Contains(datasetName))
        {
            return null;
        }
        var kind = DatasetKind.All.FirstOrDefault(k => k.Name == datasetName);
        if (kind is null)
        {
            return null;
        }
        if (locator.Find(kind) is { } folder)
        {
            // ImageNet's folders are read per batch during training: a garbage layout is refused here, before any run.
            return kind == DatasetKind.ImageNet ? ImageFolderIndex.Problem(folder) : null;
        }
        return $"dataset {datasetName} not found; looked for {string.Join(", ", kind.Markers)} under " +
            $"{string.Join(", ", locator.Roots)} (set --data-dir or {DataLocator.EnvironmentVariable})";
    }

    public (int Train, int Test, string Location)? Size(string datasetName) =>
        DatasetCounter.Count(datasetName, locator) is { } count ? (count.Train, count.Test, count.Folder) : null;
}
