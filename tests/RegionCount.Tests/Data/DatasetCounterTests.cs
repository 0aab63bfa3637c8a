using FluentAssertions;
using RegionCount.Data;
using Xunit;

namespace RegionCount.Tests.Data;

/// <summary>The example counts of a dataset copy, read from file lengths and headers (what profile validation compares
/// a profile's trainSize and testSize with).</summary>
public sealed class DatasetCounterTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("rc-count");

    public void Dispose() => _root.Delete(recursive: true);

    private DataLocator Locator => new(_root.FullName, null);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Cifar10_counts_the_records_of_the_five_training_batches_and_the_test_batch_raw_or_gzip(bool gzip)
    {
        var folder = _root.CreateSubdirectory("cifar-10-batches-bin");
        byte[][] oneLabel = [[1]];
        for (int b = 1; b <= 5; b++)
        {
            Write(folder, $"data_batch_{b}.bin", DataFiles.Cifar([.. Enumerable.Repeat(oneLabel[0], b)]), gzip);
        }
        Write(folder, "test_batch.bin", DataFiles.Cifar([2], [3], [4]), gzip);

        DatasetCounter.Count("cifar10", Locator).Should().Be(new DatasetCount(1 + 2 + 3 + 4 + 5, 3, folder.FullName));
    }

    [Fact]
    public void Cifar100_counts_its_two_label_byte_records()
    {
        var folder = _root.CreateSubdirectory("cifar-100-binary");
        Write(folder, "train.bin", DataFiles.Cifar([0, 1], [0, 2], [1, 5], [2, 9]), gzip: false);
        Write(folder, "test.bin", DataFiles.Cifar([3, 17]), gzip: true);

        DatasetCounter.Count("cifar100", Locator).Should().Be(new DatasetCount(4, 1, folder.FullName));
    }

    [Fact]
    public void Idx_datasets_are_counted_from_their_image_headers()
    {
        var folder = _root.CreateSubdirectory("mnist");
        Write(folder, "train-images-idx3-ubyte", DataFiles.IdxImages(7, 28, 28, _ => 0), gzip: true);
        Write(folder, "train-labels-idx1-ubyte", DataFiles.IdxLabels(new byte[7]), gzip: true);
        Write(folder, "t10k-images-idx3-ubyte", DataFiles.IdxImages(2, 28, 28, _ => 0), gzip: false);
        Write(folder, "t10k-labels-idx1-ubyte", DataFiles.IdxLabels(0, 1), gzip: false);

        DatasetCounter.Count("mnist", Locator).Should().Be(new DatasetCount(7, 2, folder.FullName));
    }

    [Theory]
    [InlineData("moons")]
    [InlineData("fashion-mnist-subset")]
    [InlineData("no-such-set")]
    public void A_dataset_without_files_has_no_count(string name)
    {
        DatasetCounter.Count(name, Locator).Should().BeNull();
    }

    [Fact]
    public void A_dataset_not_found_has_no_count()
    {
        if (new DataLocator(null, null).Find(DatasetKind.Cifar100) is { } installed)
        {
            Assert.Skip($"CIFAR-100 is installed on this machine ({installed})");
        }

        DatasetCounter.Count("cifar100", Locator).Should().BeNull();
    }

    private static void Write(DirectoryInfo folder, string name, byte[] data, bool gzip) =>
        DataFiles.Write(folder, gzip ? name + ".gz" : name, gzip ? DataFiles.Gzip(data) : data);
}
