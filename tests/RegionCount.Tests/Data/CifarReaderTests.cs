using FluentAssertions;
using RegionCount.Data;
using Xunit;

namespace RegionCount.Tests.Data;

public sealed class CifarReaderTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("rc-cifar");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Cifar10_batches_are_concatenated_in_order_and_read_back_exactly()
    {
        var first = DataFiles.Write(_dir, "data_batch_1.bin", DataFiles.Cifar([3], [7]));
        var second = DataFiles.Write(_dir, "data_batch_2.bin", DataFiles.Cifar([9]));

        using var data = CifarReader.ReadCifar10("tiny", [first, second]);

        data.Shape.Should().Be(InputShape.Cifar);
        data.Classes.Should().Be(10);
        data.Labels.data<long>().ToArray().Should().Equal(3, 7, 9);
        // Record r, pixel p holds (r + p) mod 256; the second file restarts at r = 0. Channel-major: C×H×W.
        data.Images[1, 0, 0, 0].item<float>().Should().Be(1 / 255f);
        data.Images[1, 1, 0, 0].item<float>().Should().Be((1 + 1024) % 256 / 255f);
        data.Images[0, 2, 31, 31].item<float>().Should().Be(3071 % 256 / 255f);
        data.Images[2, 0, 0, 5].item<float>().Should().Be(5 / 255f);
    }

    [Theory]
    [InlineData(CifarLabels.Fine, 99L, 100)]
    [InlineData(CifarLabels.Coarse, 19L, 20)]
    public void Cifar100_uses_the_chosen_label(CifarLabels which, long expected, int classes)
    {
        var path = DataFiles.Write(_dir, "train.bin", DataFiles.Cifar([19, 99]));

        using var data = CifarReader.ReadCifar100("tiny", path, which);

        data.Labels.data<long>().ToArray().Should().Equal(expected);
        data.Classes.Should().Be(classes);
    }

    [Fact]
    public void Length_not_a_multiple_of_the_record_is_reported()
    {
        var path = DataFiles.Write(_dir, "data_batch_1.bin", DataFiles.Cifar([1], [2])[..^5]);

        var act = () => CifarReader.ReadCifar10("bad", [path]).Dispose();

        act.Should().Throw<InvalidDataException>()
            .WithMessage($"{path}: length 6141 is not a positive multiple of the 3073-byte CIFAR record*");
    }

    [Fact]
    public void Label_out_of_range_is_reported()
    {
        var path = DataFiles.Write(_dir, "test.bin", DataFiles.Cifar([1, 5], [20, 50]));

        var act = () => CifarReader.ReadCifar100("bad", path, CifarLabels.Coarse).Dispose();

        act.Should().Throw<InvalidDataException>().WithMessage($"{path}: label 20 in record 1 is out of range [0, 20)");
    }
}
