using FluentAssertions;
using RegionCount.Data;
using Xunit;

namespace RegionCount.Tests.Data;

public sealed class DatasetCatalogTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("rc-catalog");

    public void Dispose() => _dir.Delete(recursive: true);

    private DataLocator EmptyLocator => new(_dir.FullName, null);

    [Fact]
    public void Unknown_name_lists_the_known_ones()
    {
        var act = () => DatasetCatalog.Load("svhn", EmptyLocator);

        act.Should().Throw<ArgumentException>()
            .WithMessage("dataset 'svhn': unknown; known datasets are fashion-mnist, fashion-mnist-subset, mnist, cifar10, cifar100, imagenet, moons, *gaussian-mixture*");
    }

    [Fact]
    public void Missing_files_give_the_locator_error()
    {
        if (EmptyLocator.Find(DatasetKind.Mnist) is { } found)
        {
            Assert.Skip($"MNIST is installed at {found}, so it cannot be missing here");
        }
        var act = () => DatasetCatalog.Load("mnist", EmptyLocator);

        act.Should().Throw<DirectoryNotFoundException>().WithMessage($"dataset mnist: not found; looked for *under {_dir.FullName}*");
    }

    [Fact]
    public void Shipped_subset_needs_no_files()
    {
        using var data = DatasetCatalog.Load("fashion-mnist-subset", EmptyLocator);

        (data.Train.Count, data.Test.Count, data.Classes).Should().Be((2000, 1000, 10));
        data.Shape.Should().Be(InputShape.Mnist);
    }

    [Fact]
    public void Real_training_split_can_be_a_stratified_noisy_subset()
    {
        using var data = DatasetCatalog.Load("fashion-mnist-subset", EmptyLocator, new DatasetOptions(Seed: 1, TrainSize: 500, LabelNoise: 0.1));
        using var full = ShippedFashionMnist.Load(DatasetSplit.Train);

        data.Train.Count.Should().Be(500);
        data.Test.Count.Should().Be(1000);
        var kept = StratifiedSubset.Indices(full.Labels.data<long>().ToArray(), 500, 1);
        var clean = kept.Select(i => full.Labels[i].item<long>()).ToArray();
        data.Train.Labels.data<long>().ToArray().Zip(clean).Count(p => p.First != p.Second).Should().Be(50);
    }

    [Fact]
    public void Synthetic_sets_take_size_seed_and_parameters()
    {
        var options = new DatasetOptions(Seed: 3, TrainSize: 120, TestSize: 60, LabelNoise: 0.5, Classes: 4, Dimension: 7);

        using var data = DatasetCatalog.Load("gaussian-mixture", EmptyLocator, options);
        using var twin = DatasetCatalog.Load("gaussian-mixture", EmptyLocator, options with { LabelNoise = 0 });

        (data.Train.Count, data.Test.Count, data.Classes).Should().Be((120, 60, 4));
        data.Shape.Should().Be(new InputShape(7, 1, 1));
        // Label noise touches the training split only; the test split is drawn from its own seed stream.
        data.Test.Labels.data<long>().ToArray().Should().Equal(twin.Test.Labels.data<long>().ToArray());
        data.Train.Labels.data<long>().ToArray().Should().NotEqual(twin.Train.Labels.data<long>().ToArray());
        data.Test.Images.data<float>().ToArray().Should().NotEqual(data.Train.Images[..60].data<float>().ToArray());
    }

    [Fact]
    public void File_datasets_are_read_from_the_located_folder()
    {
        var folder = _dir.CreateSubdirectory("cifar-10-batches-bin");
        foreach (var file in CifarReader.Cifar10TrainFiles)
        {
            DataFiles.Write(folder, file, DataFiles.Cifar([1], [2]));
        }
        DataFiles.Write(folder, CifarReader.Cifar10TestFile, DataFiles.Gzip(DataFiles.Cifar([3])));

        using var data = DatasetCatalog.Load("cifar10", EmptyLocator);

        (data.Train.Count, data.Test.Count, data.Classes).Should().Be((10, 1, 10));
        data.Shape.Should().Be(InputShape.Cifar);
    }

    [Fact]
    public void Fashion_mnist_from_a_data_dir_with_raw_idx_files()
    {
        var folder = _dir.CreateSubdirectory("fashion-mnist");
        foreach (var prefix in new[] { "train", "t10k" })
        {
            DataFiles.Write(folder, $"{prefix}-images-idx3-ubyte", DataFiles.IdxImages(2, 28, 28, k => (byte)k));
            DataFiles.Write(folder, $"{prefix}-labels-idx1-ubyte", DataFiles.IdxLabels(4, 5));
        }

        using var data = DatasetCatalog.Load("fashion-mnist", EmptyLocator);

        data.Train.Labels.data<long>().ToArray().Should().Equal(4, 5);
        data.Shape.Should().Be(InputShape.Mnist);
    }

    [Fact]
    public void Debian_fashion_mnist_loads_whole()
    {
        var locator = new DataLocator(null, null);
        if (locator.Find(DatasetKind.FashionMnist) is null)
        {
            Assert.Skip("Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)");
        }

        using var data = DatasetCatalog.Load("fashion-mnist", locator);

        (data.Train.Count, data.Test.Count, data.Classes).Should().Be((60000, 10000, 10));
        data.Shape.Should().Be(InputShape.Mnist);
        data.Train.Images.max().item<float>().Should().Be(1f);
    }
}
