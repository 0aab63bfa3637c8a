using System.IO.Compression;
using FluentAssertions;
using RegionCount.Data;
using Xunit;

namespace RegionCount.Tests.Data;

public sealed class ShippedFashionMnistTests
{
    private const string DebianFolder = "/usr/share/datasets/fashion-mnist";

    [Theory]
    [InlineData(DatasetSplit.Train, 2000, "train")]
    [InlineData(DatasetSplit.Test, 1000, "t10k")]
    public void Loads_the_subset_from_the_assembly(DatasetSplit split, int count, string prefix)
    {
        using var data = ShippedFashionMnist.Load(split);

        data.Count.Should().Be(count);
        data.Shape.Should().Be(InputShape.Mnist);
        data.Classes.Should().Be(10);
        var labels = data.Labels.data<long>().ToArray();
        Enumerable.Range(0, 10).Should().OnlyContain(k => labels.Contains(k));

        var debian = Path.Combine(DebianFolder, $"{prefix}-labels-idx1-ubyte.gz");
        if (!File.Exists(debian))
        {
            Assert.Skip($"{debian} is absent (apt-get install dataset-fashion-mnist) so the labels cannot be compared");
        }
        // The Debian label file: an 8-byte header, then one byte per label.
        var original = Ungzip(debian).Skip(8).Take(count).Select(b => (long)b);
        labels.Should().Equal(original);
    }

    [Fact]
    public void Images_equal_the_first_images_of_the_debian_copy()
    {
        var debian = Path.Combine(DebianFolder, "t10k-images-idx3-ubyte.gz");
        if (!File.Exists(debian))
        {
            Assert.Skip($"{debian} is absent (apt-get install dataset-fashion-mnist) so the images cannot be compared");
        }
        using var data = ShippedFashionMnist.Load(DatasetSplit.Test);

        var original = Ungzip(debian).Skip(16).Take(1000 * 784).Select(b => b / 255f);
        data.Images.data<float>().ToArray().Should().Equal(original);
    }

    private static byte[] Ungzip(string path)
    {
        using var input = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
