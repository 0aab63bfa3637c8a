using static TorchSharp.torch;

namespace RegionCount.Theory;

/// <summary>
/// R independent two-layer ReLU networks with real output, f_r(x) = Σⱼ a_rj·relu(w_rj·x + b_rj), held as
/// batched double tensors W [R, m, d], B [R, m], A [R, m] so that full-batch gradient descent on all runs is one
/// set of tensor operations. The loss of run r is ½·mean over points of (f_r(xᵢ) − yᵢ)²; the runs never mix
/// (the summed loss has a block-diagonal Hessian).
/// </summary>
public sealed class ReluNetBatch : IDisposable
{
    public ReluNetBatch(Tensor w, Tensor b, Tensor a)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(a);
        if (w.dim() != 3 || b.dim() != 2 || a.dim() != 2 || b.shape[0] != w.shape[0] || b.shape[1] != w.shape[1]
            || a.shape[0] != w.shape[0] || a.shape[1] != w.shape[1])
        {
            throw new ArgumentException("relu net batch: expected W [R, m, d], B [R, m], A [R, m]", nameof(w));
        }
        W = w.to(float64).detach().requires_grad_(true).DetachFromDisposeScope();
        B = b.to(float64).detach().requires_grad_(true).DetachFromDisposeScope();
        A = a.to(float64).detach().requires_grad_(true).DetachFromDisposeScope();
    }

    public Tensor W { get; }

    public Tensor B { get; }

    public Tensor A { get; }

    public int Runs => (int)W.shape[0];

    public int Width => (int)W.shape[1];

    public int Dimension => (int)W.shape[2];

    public IReadOnlyList<Tensor> Parameters => [W, B, A];

    /// <summary>
    /// Seeded initialization, one network per seed: w ~ N(0, I_d), b ~ N(0, 1), a ~ N(0, 1/m). The same seed
    /// gives the same network whatever else is in the batch.
    /// </summary>
    public static ReluNetBatch Initialize(IReadOnlyList<long> seeds, int width, int dimension, Device device)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        using var scope = NewDisposeScope();
        var ws = new List<Tensor>();
        var bs = new List<Tensor>();
        var @as = new List<Tensor>();
        foreach (long seed in seeds)
        {
            using var generator = new TorchSharp.torch.Generator((ulong)seed, CPU);
            ws.Add(randn([width, dimension], float64, CPU, generator: generator));
            bs.Add(randn([width], float64, CPU, generator: generator));
            @as.Add(randn([width], float64, CPU, generator: generator) / Math.Sqrt(width));
        }
        return new ReluNetBatch(stack(ws).to(device), stack(bs).to(device), stack(@as).to(device));
    }

    /// <summary>Outputs f_r(xᵢ) as [R, n] for inputs X [n, d].</summary>
    public Tensor Forward(Tensor x) => Forward(W, B, A, x);

    /// <summary>Per-run loss ½·mean((f − y)²) as [R].</summary>
    public Tensor Losses(Tensor x, Tensor y) => Losses(W, B, A, x, y);

    internal static Tensor Forward(Tensor w, Tensor b, Tensor a, Tensor x)
    {
        var hidden = nn.functional.relu(matmul(w, x.t()) + b.unsqueeze(-1));
        return matmul(a.unsqueeze(1), hidden).squeeze(1);
    }

    internal static Tensor Losses(Tensor w, Tensor b, Tensor a, Tensor x, Tensor y) =>
        (Forward(w, b, a, x) - y).pow(2).mean([1]) * 0.5;

    /// <summary>The parameters of run <paramref name="run"/> as plain arrays: W [m·d] row-major, B [m], A [m].</summary>
    public (double[] W, double[] B, double[] A) Export(int run)
    {
        using var scope = NewDisposeScope();
        return (W[run].detach().cpu().contiguous().data<double>().ToArray(),
                B[run].detach().cpu().contiguous().data<double>().ToArray(),
                A[run].detach().cpu().contiguous().data<double>().ToArray());
    }

    public void Dispose()
    {
        W.Dispose();
        B.Dispose();
        A.Dispose();
    }
}
