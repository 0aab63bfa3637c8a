using FluentAssertions;
using RegionCount.Data;
using RegionCount.Training;
using Xunit;
using static TorchSharp.torch;

namespace RegionCount.Tests.Training;

[Collection(TorchCollection.Name)]
public sealed class ParameterMeasuresTests
{
    [Fact]
    public void Measures_of_a_hand_set_linear_model_match_hand_computed_values()
    {
        // f(x) = W x with W = [[2, 0], [0, 1], [0, 0]] (3 classes, no bias); θ₀ = 0.
        using var model = nn.Sequential(nn.Flatten(), nn.Linear(2, 3, hasBias: false));
        using (no_grad())
        {
            model.parameters().Single().copy_(tensor(new float[] { 2, 0, 0, 1, 0, 0 }).view(3, 2));
        }
        // 10 points; margins f_y − max_{j≠y} f_j computed by hand below, so the 1st smallest (⌊10/10⌋ = 1) is −3.
        float[,] points = { { 1, 0 }, { 2, 0 }, { 0, 1 }, { 0, 3 }, { 1, 1 }, { 3, 1 }, { 1, 2 }, { -1, 0 }, { 0, -1 }, { 1, 0 } };
        long[] labels = [0, 0, 1, 1, 0, 0, 1, 2, 2, 1];
        // margins: 2, 4, 1, 3, 1, 5, 0, 0 − max(−2, 0) = 0, 0 − max(0, −1) = 0, 0 − 2 = −2 → smallest −2.
        using var data = new ImageDataset("hand", tensor(points).view(10, 2, 1, 1), tensor(labels), 3);
        using var zero = zeros(3, 2);

        var measures = ParameterMeasuresCalculator.Compute(model, [zero], data, CPU, 4);

        measures.Margin.Should().Be(-2);
        measures.DistanceFromInit.Should().BeApproximately(Math.Sqrt(5), 1e-12);
        measures.WeightDistanceFromInit.Should().BeApproximately(Math.Sqrt(5), 1e-12);
        measures.SpectralProduct.Should().BeApproximately(2, 1e-6);       // singular values of W: 2, 1
        measures.FrobeniusProduct.Should().BeApproximately(Math.Sqrt(5), 1e-6);
        measures.NormalizedMargin.Should().BeApproximately(-1, 1e-6);
        measures.FrobeniusNormalizedMargin.Should().BeApproximately(-2 / Math.Sqrt(5), 1e-6);
    }

    [Fact]
    public void The_margin_over_the_weights_distance_is_the_authors_normalized_margin_and_the_biases_only_enter_the_full_one()
    {
        // f(x) = W x + b with W = [[2, 0], [0, 1], [0, 0]], b = 0; at initialization W₀ = W except W₀[2, 1] = −2 and
        // b₀ = (1, 0, 0). By hand: d(W) = ‖W − W₀‖ = 2, ‖θ − θ₀‖ = √(2² + 1²) = √5, and γ = −2 (the points of the test
        // above), so γ/d(W) = −1 and γ/‖θ − θ₀‖ = −2/√5.
        using var model = nn.Sequential(nn.Flatten(), nn.Linear(2, 3));
        var parameters = model.parameters().ToList();
        using (no_grad())
        {
            parameters[0].copy_(tensor(new float[] { 2, 0, 0, 1, 0, 0 }).view(3, 2));
            parameters[1].zero_();
        }
        using var initialWeight = tensor(new float[] { 2, 0, 0, 1, 0, -2 }).view(3, 2);
        using var initialBias = tensor(new float[] { 1, 0, 0 });
        float[,] points = { { 1, 0 }, { 2, 0 }, { 0, 1 }, { 0, 3 }, { 1, 1 }, { 3, 1 }, { 1, 2 }, { -1, 0 }, { 0, -1 }, { 1, 0 } };
        long[] labels = [0, 0, 1, 1, 0, 0, 1, 2, 2, 1];
        using var data = new ImageDataset("hand", tensor(points).view(10, 2, 1, 1), tensor(labels), 3);

        var measures = ParameterMeasuresCalculator.Compute(model, [initialWeight, initialBias], data, CPU, 4);

        measures.Margin.Should().Be(-2);
        measures.WeightDistanceFromInit.Should().Be(2);
        measures.DistanceFromInit.Should().BeApproximately(Math.Sqrt(5), 1e-12);
        measures.WeightDistanceNormalizedMargin.Should().Be(-1);
        measures.DistanceNormalizedMargin.Should().BeApproximately(-2 / Math.Sqrt(5), 1e-12);
    }

    [Fact]
    public void Biases_count_in_the_full_distance_but_not_in_the_weight_distance()
    {
        using var model = nn.Sequential(nn.Flatten(), nn.Linear(2, 2));
        var parameters = model.parameters().ToList();
        using var initialWeight = parameters[0].detach().clone();
        using var initialBias = parameters[1].detach().clone() - 3;   // the bias moved by 3 in each of 2 entries
        using var data = new ImageDataset("d", ones(10, 2, 1, 1), zeros(10, dtype: int64), 2);

        var measures = ParameterMeasuresCalculator.Compute(model, [initialWeight, initialBias], data, CPU, 10);

        measures.WeightDistanceFromInit.Should().Be(0);
        measures.DistanceFromInit.Should().BeApproximately(Math.Sqrt(18), 1e-5);
    }

    [Theory]
    [InlineData(3, 50)]
    [InlineData(64, 27)]
    [InlineData(512, 4608)]
    [InlineData(10, 10)]
    public void The_largest_singular_value_matches_the_svd_to_near_machine_precision(long rows, long columns)
    {
        using var scope = NewDisposeScope();
        using var generator = new TorchSharp.torch.Generator(7);
        var matrix = randn([rows, columns], dtype: float64, generator: generator);

        double expected = linalg.svdvals(matrix).max().item<double>();

        ParameterMeasuresCalculator.LargestSingularValue(matrix).Should().BeApproximately(expected, 1e-12 * expected);
    }

    [Fact]
    public void A_zero_matrix_has_largest_singular_value_zero()
    {
        using var matrix = zeros(4, 6, dtype: float64);

        ParameterMeasuresCalculator.LargestSingularValue(matrix).Should().Be(0);
    }
}
