namespace RegionCount.Experiments;

/// <summary>The pluggable check that a dataset's files are present, and how many examples they hold.</summary>
public interface IDataAvailability
{
    /// <summary>Null when <paramref name="datasetName"/> is available, else one line saying what is missing.</summary>
    string? Check(string datasetName);

    /// <summary>The training and test examples of the copy of <paramref name="datasetName"/> that <see cref="Check"/>
    /// found, and where it is; null when not known (synthetic data, the shipped subset, a dataset not found). A profile
    /// cannot ask for more than the copy holds.</summary>
    (int Train, int Test, string Location)? Size(string datasetName) => null;
}
