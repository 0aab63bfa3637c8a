namespace RegionCount.Data;

/// <summary>Which split of a dataset: the training or the test set.</summary>
public enum DatasetSplit
{
    Train,
    Test,
}
