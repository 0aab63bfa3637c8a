namespace RegionCount.Data;

/// <summary>A dataset's training and test splits, ready for training. Owns both.</summary>
public sealed class LoadedDataset(string name, ImageDataset train, ImageDataset test) : IDisposable
{
    public string Name { get; } = name;

    public ImageDataset Train { get; } = train;

    public ImageDataset Test { get; } = test;

    public int Classes => Train.Classes;

    public InputShape Shape => Train.Shape;

    public void Dispose()
    {
        Train.Dispose();
        Test.Dispose();
    }
}
