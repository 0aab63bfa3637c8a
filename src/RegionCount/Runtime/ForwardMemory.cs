using System.Globalization;
using RegionCount.Data;
using static TorchSharp.torch;

namespace RegionCount.Runtime;

/// <summary>
/// What one input costs a model in memory, counted rather than guessed: a forward pass of a few zero inputs runs inside
/// a dispose scope, and the bytes of every tensor made during it are summed: what the scope still holds at the end, and
/// every module output as it is made (a forward hook), including the ones nn.Sequential frees as it goes. That is the
/// pass's memory as if nothing were freed before its chunk ends, an upper bound of what it holds at any moment, up to
/// the library's own workspaces and the allocator (see <see cref="MemoryCost.Headroom"/>); views are counted as if
/// they owned their storage, which errs on the same side. The training figure adds the parameters' gradients.
/// </summary>
public static class ForwardMemory
{
    /// <summary>Inputs of the counting pass: 2 and 4, so that the per-input slope is separated from what a pass costs
    /// whatever its size (per-batch constants).</summary>
    private const int Small = 2;
    private const int Large = 4;

    /// <summary>Bytes of activations per input of an eval-mode, no-gradient forward pass (the slope between 2 and 4
    /// inputs, rounded up, at least 1), and the per-pass constant. The model's mode is restored.</summary>
    public static MemoryCost Inference(nn.Module<Tensor, Tensor> model, InputShape shape, Device device)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(shape);
        var wasTraining = model.training;
        model.eval();
        try
        {
            using var noGrad = no_grad();
            return Fit(n => Count(model, shape, device, n, backward: false));
        }
        finally
        {
            model.train(wasTraining);
        }
    }

    /// <summary>Bytes per input of a training step (train mode, forward, cross-entropy and backward); the parameters'
    /// gradients are the per-pass constant. Batch-norm statistics move: call it on a throw-away copy or before
    /// training's first step is taken from the saved initial state. The model's mode is restored and its gradients
    /// cleared.</summary>
    public static MemoryCost Training(nn.Module<Tensor, Tensor> model, InputShape shape, Device device)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(shape);
        var wasTraining = model.training;
        model.train();
        try
        {
            return Fit(n => Count(model, shape, device, n, backward: true));
        }
        finally
        {
            model.zero_grad();
            model.train(wasTraining);
        }
    }

    private static MemoryCost Fit(Func<int, long> count)
    {
        long small = count(Small);
        long large = count(Large);
        long perInput = Math.Max(1, (long)Math.Ceiling((large - small) / (double)(Large - Small)));
        long constant = Math.Max(0, small - (Small * perInput));
        return new MemoryCost(perInput, constant);
    }

    private static long Count(nn.Module<Tensor, Tensor> model, InputShape shape, Device device, int n, bool backward)
    {
        var dtype = model.parameters().Select(p => p.dtype).FirstOrDefault(ScalarType.Float32);
        model.zero_grad();
        // Outputs of modules called through `call` (as nn.Sequential calls its members, disposing each intermediate once the
        // next exists): their sizes are taken when they are made, so what is freed during the pass counts too.
        var made = new Dictionary<Tensor, long>(ReferenceEqualityComparer.Instance);
        var hooks = model.modules().OfType<nn.Module<Tensor, Tensor>>().Append(model).Distinct()
            .Select(m => m.register_forward_hook((_, _, output) =>
            {
                made.TryAdd(output, Bytes(output));
                return output;
            })).ToList();
        try
        {
            using var scope = NewDisposeScope();
            var output = model.forward(zeros(shape.Batch(n), dtype, device));
            if (backward)
            {
                nn.functional.cross_entropy(output, zeros(n, int64, device)).backward();
            }
            // Counted before the gradients are read: reading one makes a handle in this scope.
            long held = scope.DisposablesView.OfType<Tensor>().Where(t => !made.ContainsKey(t) && !t.IsInvalid).Sum(Bytes) + made.Values.Sum();
            return backward ? held + model.parameters().Select(p => p.grad).OfType<Tensor>().Sum(Bytes) : held;
        }
        finally
        {
            hooks.ForEach(h => h.remove());
        }
    }

    private static long Bytes(Tensor t) => t.NumberOfElements * t.ElementSize;
}

/// <summary>A pass over n inputs costs about <see cref="PerInput"/>·n + <see cref="PerPass"/> bytes.</summary>
public sealed record MemoryCost(long PerInput, long PerPass)
{
    /// <summary>
    /// The counted bytes a chunk may take are the budget divided by this. What the count cannot see (the library's
    /// workspaces and layout conversions, the allocator's fragmentation) was measured: over one region measurement on
    /// the CPU the process's peak resident growth reached 1.86× the counted chunk (SimpleDLA; 0.30–1.59× for the other
    /// eight paper networks; README "Memory", `RegionCount.Benchmarks memory`). 2 covers it.
    /// </summary>
    public const double Headroom = 2.0;

    /// <summary>The most inputs a pass may take within <paramref name="budgetBytes"/> (its counted bytes at most
    /// budget / <see cref="Headroom"/>; at least 1, at most <paramref name="cap"/>).</summary>
    public int InputsWithin(long budgetBytes, int cap)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cap, 1);
        long fit = ((long)(budgetBytes / Headroom) - PerPass) / PerInput;
        return (int)Math.Clamp(fit, 1, cap);
    }

    /// <summary>Bytes of a pass over <paramref name="inputs"/> inputs.</summary>
    public long Of(long inputs) => (PerInput * inputs) + PerPass;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{MemorySize.Format(PerInput)} per input + {MemorySize.Format(PerPass)} per pass");
}
