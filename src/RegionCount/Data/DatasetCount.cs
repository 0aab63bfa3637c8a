namespace RegionCount.Data;

/// <summary>The examples a copy of a dataset holds (<see cref="DatasetCounter"/>).</summary>
/// <param name="Train">Training examples.</param>
/// <param name="Test">Test examples.</param>
/// <param name="Folder">Where the copy is.</param>
public sealed record DatasetCount(int Train, int Test, string Folder);
