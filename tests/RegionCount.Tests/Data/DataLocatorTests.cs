using FluentAssertions;
using RegionCount.Data;
using Xunit;

namespace RegionCount.Tests.Data;

public sealed class DataLocatorTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("rc-data");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void Explicit_dir_comes_before_the_environment_and_the_standard_places()
    {
        new DataLocator("/a", "/b").Roots.Take(2).Should().Equal("/a", "/b");
        new DataLocator(null, null).Roots.Should().StartWith("/usr/share/datasets");
    }

    [Fact]
    public void Finds_fashion_mnist_under_its_usual_folder_name_with_gz_files()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root.FullName, "fashion-mnist"));
        foreach (var marker in DatasetKind.FashionMnist.MarkerFiles)
        {
            File.WriteAllBytes(Path.Combine(folder.FullName, marker + ".gz"), []);
        }

        new DataLocator(_root.FullName, null).Find(DatasetKind.FashionMnist).Should().Be(folder.FullName);
    }

    [Fact]
    public void A_missing_dataset_names_every_place_searched()
    {
        var locator = new DataLocator(_root.FullName, null);

        var act = () => locator.Require(DatasetKind.Cifar10);

        act.Should().Throw<DirectoryNotFoundException>()
            .WithMessage($"dataset cifar10: not found; looked for data_batch_1.bin*under {_root.FullName}, /usr/share/datasets*");
    }
}
