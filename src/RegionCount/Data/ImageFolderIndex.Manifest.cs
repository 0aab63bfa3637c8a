using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RegionCount.Data;

public sealed partial class ImageFolderIndex
{
    /// <summary>
    /// What a run record names the data by (<see cref="DatasetIdentity"/>), in the "hash  name" layout: the SHA-256 of the
    /// manifest, one line "split/class/file&lt;TAB&gt;bytes" per image in reading order (train, then val), and of
    /// LOC_val_solution.csv when the labels of val/ come from it. Hashing the contents of 1.3 M files (about 150 GB) would
    /// take longer than an epoch, so the manifest pins which files were read, their labels (the class folder, or the
    /// solution file) and their sizes, not their bytes: a file rewritten with the same size is not detected.
    /// </summary>
    public string Identity()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var split in new[] { Train, Test })
        {
            for (int i = 0; i < split.Files.Count; i++)
            {
                string path = split.PathOf(i);
                string relative = Path.GetRelativePath(Folder, path).Replace(Path.DirectorySeparatorChar, '/');
                hash.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{relative}\t{new FileInfo(path).Length}\n")));
            }
        }
        string manifest = string.Create(CultureInfo.InvariantCulture,
            $"{Convert.ToHexStringLower(hash.GetHashAndReset())}  manifest of {Path.GetFileName(Folder)} ({Train.Files.Count} {TrainFolder} + {Test.Files.Count} {ValFolder} images, {Classes.Count} classes: relative path and size of each, not its contents)");
        return SolutionFile is null ? manifest : $"{manifest}; {DatasetIdentity.Describe([SolutionFile])}";
    }
}
