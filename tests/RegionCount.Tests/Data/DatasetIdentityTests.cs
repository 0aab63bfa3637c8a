using System.Security.Cryptography;
using FluentAssertions;
using RegionCount.Data;
using Xunit;

namespace RegionCount.Tests.Data;

/// <summary>The dataset identity a run record carries: the sha256sum layout, one entry per file the reader reads.</summary>
public sealed class DatasetIdentityTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("rc-identity");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Names_every_source_file_of_a_cifar10_folder_by_its_sha256()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir.FullName, "cifar-10-batches-bin")).FullName;
        string[] files = [.. CifarReader.Cifar10TrainFiles, CifarReader.Cifar10TestFile];
        foreach (var (file, i) in files.Select((f, i) => (f, i)))
        {
            File.WriteAllBytes(Path.Combine(folder, file), [(byte)i, 1, 2]);
        }
        var sources = DatasetCatalog.SourceFiles("cifar10", new DataLocator(_dir.FullName, null));

        sources.Select(Path.GetFileName).Should().Equal(files);
        var expected = files.Select((f, i) => $"{Convert.ToHexStringLower(SHA256.HashData([(byte)i, 1, 2]))}  {f}");
        DatasetIdentity.Describe(sources).Should().Be(string.Join("; ", expected));
    }

    [Fact]
    public void Generated_data_has_no_files()
    {
        DatasetCatalog.SourceFiles("moons", new DataLocator(_dir.FullName, null)).Should().BeEmpty();
        DatasetIdentity.Describe([]).Should().StartWith("none");
    }
}
