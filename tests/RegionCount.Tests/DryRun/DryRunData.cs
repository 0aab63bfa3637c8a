using RegionCount.Reports.Snapshots;
using RegionCount.Tests.Data;

namespace RegionCount.Tests.DryRun;

/// <summary>
/// The data of the paper-dry run: the committed CIFAR-10 fixture (tests/fixtures/cifar10-dry: 300 training and 100 test
/// images cut from the JPEG-decoded copy, provenance in its README) and synthetic CIFAR-100 files written here, in the
/// official binary layouts, and a tiny ImageNet in the ImageFolder layout, under one data root.
/// </summary>
internal static class DryRunData
{
    /// <summary>The committed fixture's folder (holding cifar-10-batches-bin/).</summary>
    public static string Fixture => Path.Combine(RepositoryRoot.Find(), "tests", "fixtures", "cifar10-dry");

    /// <summary>Synthetic CIFAR-100: images per fine class in train.bin and test.bin.</summary>
    public const int Cifar100TrainPerClass = 3;

    public const int Cifar100TestPerClass = 1;

    /// <summary>The tiny ImageNet (<see cref="TinyImageFolder"/>: 4 classes of small seeded JPEGs): images per class in
    /// train/ and val/, enough for the dry run's ImageNet sizes.</summary>
    public const int ImageNetTrainPerClass = 3;

    public const int ImageNetValPerClass = 1;

    /// <summary>A data root under <paramref name="root"/> holding cifar-10-batches-bin/ (the fixture, copied),
    /// cifar-100-binary/ (synthetic) and imagenet/ (a tiny ImageFolder of JPEGs written with SkiaSharp); returns its path.</summary>
    public static string Create(DirectoryInfo root)
    {
        var data = root.CreateSubdirectory("data");
        var cifar10 = data.CreateSubdirectory("cifar-10-batches-bin");
        foreach (var file in Directory.GetFiles(Path.Combine(Fixture, "cifar-10-batches-bin")))
        {
            File.Copy(file, Path.Combine(cifar10.FullName, Path.GetFileName(file)));
        }
        var cifar100 = data.CreateSubdirectory("cifar-100-binary");
        File.WriteAllBytes(Path.Combine(cifar100.FullName, "train.bin"), SyntheticCifar100(Cifar100TrainPerClass, seed: 100));
        File.WriteAllBytes(Path.Combine(cifar100.FullName, "test.bin"), SyntheticCifar100(Cifar100TestPerClass, seed: 101));
        TinyImageFolder.Write(Path.Combine(data.FullName, "imagenet"), ImageNetTrainPerClass, ImageNetValPerClass);
        return data.FullName;
    }

    /// <summary>CIFAR-100 binary records (coarse label, fine label, 3,072 pixel bytes), <paramref name="perClass"/> per
    /// fine class in class order, coarse label = fine / 5, pixels uniform from a seeded generator.</summary>
    public static byte[] SyntheticCifar100(int perClass, int seed)
    {
        const int record = 2 + (3 * 32 * 32);
        var random = new Random(seed);
        var bytes = new byte[100 * perClass * record];
        for (int i = 0; i < 100 * perClass; i++)
        {
            var span = bytes.AsSpan(i * record, record);
            byte fine = (byte)(i / perClass);
            span[0] = (byte)(fine / 5);
            span[1] = fine;
            random.NextBytes(span[2..]);
        }
        return bytes;
    }
}
