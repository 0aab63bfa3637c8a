using FluentAssertions;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace RegionCount.Claims;

/// <summary>
/// C8: the region count is a property of the function, not of its parameters. Scaling a hidden ReLU layer by
/// c &gt; 0 and the next layer's weights by 1/c leaves the function, hence every label and every count,
/// unchanged, while parameter norms (and norm-based measures) change.
/// </summary>
[Claim("C8")]
[Collection(TorchCollection.Name)]
public sealed class C8_ReparametrizationInvariance
{
    [Theory]
    [InlineData(0.1)]
    [InlineData(10.0)]
    public void Rescaling_a_relu_layer_changes_norms_but_no_label_on_any_segment(double c)
    {
        torch.manual_seed(3);
        using var scope = NewDisposeScope();
        var first = nn.Linear(20, 64);
        var second = nn.Linear(64, 5);
        var points = randn(11, 20);
        var alphas = linspace(0, 1, 200).unsqueeze(1);

        var before = Labels(first, second, points, alphas);
        double normBefore = Norm(first, second);
        using (no_grad())
        {
            first.weight!.mul_(c);
            first.bias!.mul_(c);
            second.weight!.div_(c);
        }
        var after = Labels(first, second, points, alphas);

        after.Should().Equal(before);
        Norm(first, second).Should().NotBeApproximately(normBefore, normBefore * 0.01);
        before.Distinct().Count().Should().BeGreaterThan(1, "the segments must cross decision boundaries for the check to mean anything");
    }

    private static long[] Labels(nn.Module<Tensor, Tensor> first, nn.Module<Tensor, Tensor> second, Tensor points, Tensor alphas)
    {
        using var _ = no_grad();
        var labels = new List<long>();
        for (int i = 0; i + 1 < points.shape[0]; i++)
        {
            var segment = ((1 - alphas) * points[i]) + (alphas * points[i + 1]);
            labels.AddRange(second.forward(nn.functional.relu(first.forward(segment))).argmax(1).data<long>().ToArray());
        }
        return [.. labels];
    }

    private static double Norm(nn.Module<Tensor, Tensor> first, nn.Module<Tensor, Tensor> second) =>
        first.parameters().Concat(second.parameters()).Sum(p => p.pow(2).sum().item<float>());
}
