namespace RegionCount.Experiments;

/// <summary>The pluggable check that a dataset's files are present (dataset readers come later).</summary>
public interface IDataAvailability
{
    /// <summary>Null when <paramref name="datasetName"/> is available, else one line saying what is missing.</summary>
    string? Check(string datasetName);
}
