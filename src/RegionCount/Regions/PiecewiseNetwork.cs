using RegionCount.Models;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RegionCount.Regions;

/// <summary>
/// A float64 copy of a sequential piecewise-linear network (Linear, ReLU, Flatten, Conv2d, BatchNorm2d in eval
/// mode, AvgPool2d, MaxPool2d without padding, Dropout as identity), walked one linear piece at a time.
/// </summary>
internal sealed class PiecewiseNetwork : IDisposable
{
    private readonly List<IPiecewiseStep> _steps;

    private PiecewiseNetwork(List<IPiecewiseStep> steps) => _steps = steps;

    public static PiecewiseNetwork From(ILayerSequence network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var steps = new List<IPiecewiseStep>();
        try
        {
            var position = 0;
            foreach (var layer in network.Layers)
            {
                steps.Add(Step(layer, position++));
            }
            return new PiecewiseNetwork(steps);
        }
        catch
        {
            steps.ForEach(s => s.Dispose());
            throw;
        }
    }

    /// <summary>
    /// Logits and their slope at x, and how far (in units of the direction) the current linear piece lasts
    /// (+∞ if no kink ahead).
    /// </summary>
    public (double[] Value, double[] Slope, double Piece) Walk(Tensor x, Tensor direction)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var state = stack([x, direction]);
        var limits = new List<Tensor>();
        foreach (var step in _steps)
        {
            state = step.Forward(state, limits);
        }
        state = state.reshape(2, -1).cpu();
        var piece = limits.Count == 0 ? double.PositiveInfinity : stack(limits).min().item<double>();
        return (state[0].data<double>().ToArray(), state[1].data<double>().ToArray(), piece);
    }

    public void Dispose() => _steps.ForEach(s => s.Dispose());

    private static IPiecewiseStep Step(nn.Module<Tensor, Tensor> layer, int position)
    {
        switch (layer)
        {
            case Linear linear:
                {
                    var w = linear.weight.detach().to(float64);
                    var b = linear.bias?.detach().to(float64);
                    return new AffineStep(x => nn.functional.linear(x, w), b, Owned(w, b));
                }
            case Conv2d conv:
                {
                    if (conv.padding_mode != PaddingModes.Zeros || conv.padding is null)
                    {
                        throw Unsupported(position, "Conv2d with non-zero padding mode or string padding");
                    }
                    var w = conv.weight.detach().to(float64);
                    var b = conv.bias?.detach().to(float64).reshape(-1, 1, 1);
                    var stride = conv.stride;
                    var padding = conv.padding;
                    var dilation = conv.dilation;
                    var groups = conv.groups;
                    return new AffineStep(x => nn.functional.conv2d(x, w, null, stride, padding, dilation, groups), b, Owned(w, b));
                }
            case BatchNorm2d norm:
                {
                    if (norm.running_mean is null || norm.running_var is null)
                    {
                        throw Unsupported(position, "BatchNorm2d without running statistics");
                    }
                    var scale = (norm.running_var.detach().to(float64) + norm.eps).rsqrt();
                    if (norm.weight is not null)
                    {
                        scale = scale * norm.weight.detach().to(float64);
                    }
                    var shift = -norm.running_mean.detach().to(float64) * scale;
                    if (norm.bias is not null)
                    {
                        shift = shift + norm.bias.detach().to(float64);
                    }
                    var s = scale.reshape(-1, 1, 1);
                    var b = shift.reshape(-1, 1, 1);
                    return new AffineStep(x => x * s, b, Owned(s, b));
                }
            case AvgPool2d:
            case Flatten:
                return new AffineStep(layer.call, null, []);
            case Dropout:
            case Identity:
                return new AffineStep(x => x, null, []);
            case ReLU:
                return new ReluStep();
            case MaxPool2d pool:
                {
                    if (pool.padding.Any(p => p != 0) || (pool.dilation?.Any(d => d != 1) ?? false) || pool.ceil_mode)
                    {
                        throw Unsupported(position, "MaxPool2d with padding, dilation or ceil_mode");
                    }
                    var k = pool.kernel_size;
                    var st = pool.stride ?? k;
                    return new MaxPoolStep(k[0], k.Length > 1 ? k[1] : k[0], st[0], st.Length > 1 ? st[1] : st[0]);
                }
            default:
                throw Unsupported(position, layer.GetType().Name);
        }
    }

    private static Tensor[] Owned(params Tensor?[] tensors)
    {
        var owned = tensors.OfType<Tensor>().ToArray();
        foreach (var t in owned)
        {
            t.DetachFromDisposeScope();
        }
        return owned;
    }

    private static NotSupportedException Unsupported(int position, string what) =>
        new($"PiecewiseNetwork: layer {position} ({what}) is not supported by the exact counter");
}
