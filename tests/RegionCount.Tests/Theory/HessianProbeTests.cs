using FluentAssertions;
using RegionCount.Theory;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace RegionCount.Tests.Theory;

[Collection(TorchCollection.Name)]
public sealed class HessianProbeTests : SingleThreaded
{
    [Fact]
    public void Hessian_vector_products_match_central_differences_of_the_gradient()
    {
        // The loss is piecewise quadratic in the parameters; at a generic point a step of 1e-5 crosses no ReLU kink,
        // so central differences are exact up to rounding (≈ 1e-16 / 1e-5). Tolerance: 1e-7 · max(1, |Hv|).
        using var scope = NewDisposeScope();
        var line = LineData.Create(7, 2, 3, 0.4, seed: 4);
        var x = line.Inputs(CPU);
        var y = line.Targets(CPU);
        using var net = ReluNetBatch.Initialize([11, 12], width: 5, dimension: 3, CPU);
        using var generator = new torch.Generator(99, CPU);
        var v = net.Parameters.Select(p => randn(p.shape, float64, CPU, generator: generator)).ToArray();
        Tensor Loss() => net.Losses(x, y).sum();

        var hv = HessianProbe.Product(Loss, net.Parameters, v);

        const double H = 1e-5;
        var plus = GradientAt(net, Loss, v, H);
        var minus = GradientAt(net, Loss, v, -H);
        for (int i = 0; i < hv.Length; i++)
        {
            var fd = ((plus[i] - minus[i]) / (2 * H)).data<double>().ToArray();
            var exact = hv[i].data<double>().ToArray();
            for (int k = 0; k < exact.Length; k++)
            {
                exact[k].Should().BeApproximately(fd[k], 1e-7 * Math.Max(1, Math.Abs(exact[k])));
            }
        }
        hv.Sum(t => t.abs().sum().item<double>()).Should().BeGreaterThan(0.1, "the product must not be trivially zero");
    }

    [Fact]
    public void Power_iteration_finds_the_top_eigenvalue_of_known_quadratics()
    {
        // Run r has loss ½·θᵀ H_r θ with H_r = Q diag(λ_r) Qᵀ for a random orthogonal Q: the Hessian is H_r, whose top
        // eigenvalues are 5 and 7 by construction (the others are smaller in magnitude, one negative).
        using var scope = NewDisposeScope();
        double[][] spectra = [[5, 3, 1, -0.5, 0.2], [7, 6, -2, 0.1, 1]];
        using var generator = new torch.Generator(3, CPU);
        var hessians = spectra.Select(s =>
        {
            var (q, _) = linalg.qr(randn([5, 5], float64, CPU, generator: generator));
            return matmul(matmul(q, diag(tensor(s, float64, CPU))), q.t());
        }).ToArray();
        var h = stack(hessians);
        var theta = randn([2, 5], float64, CPU, generator: generator).requires_grad_(true);
        Tensor Loss() => (matmul(h, theta.unsqueeze(-1)).squeeze(-1) * theta).sum() * 0.5;

        var top = HessianProbe.TopEigenvalues(Loss, [theta], seed: 8);

        top[0].Should().BeApproximately(5, 1e-8);
        top[1].Should().BeApproximately(7, 1e-8);
    }

    private static Tensor[] GradientAt(ReluNetBatch net, Func<Tensor> loss, Tensor[] v, double h)
    {
        var parameters = net.Parameters;
        using (no_grad())
        {
            for (int i = 0; i < parameters.Count; i++)
            {
                parameters[i].add_(v[i] * h);
            }
        }
        var grads = autograd.grad([loss()], [.. parameters]).Select(g => g.detach()).ToArray();
        using (no_grad())
        {
            for (int i = 0; i < parameters.Count; i++)
            {
                parameters[i].sub_(v[i] * h);
            }
        }
        return grads;
    }
}
