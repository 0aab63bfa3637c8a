using FluentAssertions;
using RegionCount.Data;
using Xunit;
using static TorchSharp.torch;

namespace RegionCount.Tests.Data;

public sealed class ChannelNormalizationTests
{
    [Fact]
    public void Paper_constants_are_the_published_values()
    {
        // kuangliu/pytorch-cifar and the paper's code: transforms.Normalize((0.4914, 0.4822, 0.4465), (0.2023, 0.1994, 0.2010)).
        ChannelNormalization.Cifar10.Mean.Should().Equal(0.4914f, 0.4822f, 0.4465f);
        ChannelNormalization.Cifar10.Std.Should().Equal(0.2023f, 0.1994f, 0.2010f);
        ChannelNormalization.Cifar100.Mean.Should().Equal(0.5071f, 0.4867f, 0.4408f);
        ChannelNormalization.Cifar100.Std.Should().Equal(0.2675f, 0.2565f, 0.2761f);
    }

    [Fact]
    public void Computes_per_channel_population_statistics()
    {
        // Two examples, two channels of 1x2 pixels. Channel 0 holds 0, 1, 2, 3: mean 1.5, population std √1.25.
        // Channel 1 holds 4, 4, 4, 8: mean 5, population std √3.
        using var data = new ImageDataset("t", tensor(new float[] { 0, 1, 4, 4, 2, 3, 4, 8 }, [2, 2, 1, 2]), tensor(new long[] { 0, 1 }), 2);

        var stats = ChannelNormalization.Compute(data);

        stats.Mean.Should().Equal(1.5f, 5f);
        stats.Std[0].Should().BeApproximately((float)Math.Sqrt(1.25), 1e-6f);
        stats.Std[1].Should().BeApproximately((float)Math.Sqrt(3), 1e-6f);
    }

    [Fact]
    public void Applying_gives_zero_mean_unit_std_and_keeps_labels()
    {
        using var data = new ImageDataset("t", rand(20, 3, 4, 4, generator: new Generator(1)), arange(20L) % 5, 5);

        using var normalized = ChannelNormalization.Compute(data).Apply(data);

        var again = ChannelNormalization.Compute(normalized);
        again.Mean.Should().OnlyContain(m => Math.Abs(m) < 1e-5);
        again.Std.Should().OnlyContain(s => Math.Abs(s - 1) < 1e-5);
        normalized.Labels.data<long>().ToArray().Should().Equal(data.Labels.data<long>().ToArray());
        normalized.Classes.Should().Be(5);
    }

    [Fact]
    public void Channel_count_mismatch_is_rejected()
    {
        using var data = new ImageDataset("gray", zeros(2, 1, 2, 2), zeros(2, dtype: int64), 2);

        var act = () => ChannelNormalization.Cifar10.Apply(data);

        act.Should().Throw<ArgumentException>().WithMessage("gray: normalization has 3 means and 3 stds for 1 channels*");
    }
}
