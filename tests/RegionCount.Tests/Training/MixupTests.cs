using FluentAssertions;
using RegionCount.Training;
using Xunit;
using static TorchSharp.torch;

namespace RegionCount.Tests.Training;

public sealed class MixupTests
{
    [Theory]
    [InlineData(1.0)]
    [InlineData(0.2)]
    [InlineData(4.0)]
    public void Lambda_follows_beta_alpha_alpha_in_mean_and_variance(double alpha)
    {
        using var mixup = new Mixup(alpha, 11);
        var samples = Enumerable.Range(0, 20000).Select(_ => mixup.NextLambda()).ToArray();

        double mean = samples.Average();
        double variance = samples.Select(x => (x - mean) * (x - mean)).Average();
        // Beta(α, α): mean 1/2, variance 1/(4(2α + 1)); standard errors at n = 20000 are < 0.004 and < 0.002.
        samples.Should().OnlyContain(x => x >= 0 && x <= 1);
        mean.Should().BeApproximately(0.5, 0.01);
        variance.Should().BeApproximately(1 / (4 * ((2 * alpha) + 1)), 0.006);
    }

    [Fact]
    public void Mixing_is_lambda_times_x_plus_the_rest_times_the_paired_image_with_its_label()
    {
        const int n = 32;
        using var scope = NewDisposeScope();
        var labels = arange(n, dtype: int64) * 3;
        var inputs = arange(n, dtype: float32).view(n, 1, 1, 1).expand(n, 1, 2, 2).contiguous();  // image i is all i
        using var mixup = new Mixup(1.0, 5);

        var batch = mixup.Mix(inputs, labels);

        batch.TargetsA.allclose(labels, 0, 0).Should().BeTrue();
        var paired = (batch.TargetsB / 3).to(int64);   // the index of the partner
        var expected = (arange(n, dtype: float32) * batch.Lambda) + (paired.to(float32) * (1 - batch.Lambda));
        batch.Inputs[.., 0, 0, 0].allclose(expected, rtol: 1e-6, atol: 1e-5).Should().BeTrue();
        paired.sort().Values.allclose(arange(n, dtype: int64), 0, 0).Should().BeTrue("the pairing is a permutation");
    }

    [Fact]
    public void The_same_seed_gives_the_same_lambdas_and_pairings()
    {
        using var scope = NewDisposeScope();
        var inputs = rand([16, 1, 2, 2]);
        var labels = arange(16, dtype: int64);
        using var a = new Mixup(0.4, 9);
        using var b = new Mixup(0.4, 9);

        var x = a.Mix(inputs, labels);
        var y = b.Mix(inputs, labels);

        x.Lambda.Should().Be(y.Lambda);
        x.TargetsB.allclose(y.TargetsB, 0, 0).Should().BeTrue();
        x.Inputs.allclose(y.Inputs, 0, 0).Should().BeTrue();
    }
}
