namespace RegionCount.Models;

/// <summary>The JSON sidecar of a saved model: what <see cref="ModelFactory.Create"/> needs to rebuild it.</summary>
internal sealed record ModelFileHeader(string Format, string Name, int Channels, int Height, int Width, int Classes, ModelOptions Options)
{
    public const string CurrentFormat = "regioncount-model/1";
}
