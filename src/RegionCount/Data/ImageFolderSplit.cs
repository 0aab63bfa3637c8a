namespace RegionCount.Data;

/// <summary>The images of one split of an ImageFolder dataset, in reading order (class by class in sorted class order,
/// file names sorted within a class: torchvision's ImageFolder order).</summary>
/// <param name="Name">train or val.</param>
/// <param name="Folders">Every folder the split's files are in (absolute paths).</param>
/// <param name="Files">The images.</param>
public sealed record ImageFolderSplit(string Name, IReadOnlyList<string> Folders, IReadOnlyList<ImageFile> Files)
{
    /// <summary>The full path of image <paramref name="index"/>.</summary>
    public string PathOf(int index) => System.IO.Path.Combine(Folders[Files[index].Folder], Files[index].Name);

    /// <summary>The class of every image, in order.</summary>
    public long[] Labels() => [.. Files.Select(f => (long)f.Label)];
}
