namespace RegionCount.Data;

/// <summary>One image of an ImageFolder split: its folder (an index into the split's folder list, so 1.3 M entries do
/// not repeat their folder's path), its file name and its class.</summary>
public readonly record struct ImageFile(int Folder, string Name, int Label);
