using static TorchSharp.torch;

namespace RegionCount.Models;

/// <summary>
/// EfficientNet's MBConv block as in kuangliu/pytorch-cifar: expansion 1×1 conv + bn + swish (skipped in the
/// forward pass when the expansion ratio is 1, but its weights exist, as in the reference, so parameter counts
/// match), depthwise k×k conv + bn + swish, squeeze-excitation (1×1 convs with bias, in/4 wide, swish then
/// sigmoid), projection 1×1 conv + bn; a residual sum when stride is 1 and the widths agree, with drop-connect
/// (per-sample, rate growing with depth) in training mode.
/// </summary>
internal sealed class EfficientNetBlock : nn.Module<Tensor, Tensor>
{
    private readonly nn.Module<Tensor, Tensor> _conv1;
    private readonly nn.Module<Tensor, Tensor> _bn1;
    private readonly nn.Module<Tensor, Tensor> _conv2;
    private readonly nn.Module<Tensor, Tensor> _bn2;
    private readonly nn.Module<Tensor, Tensor> _se1;
    private readonly nn.Module<Tensor, Tensor> _se2;
    private readonly nn.Module<Tensor, Tensor> _conv3;
    private readonly nn.Module<Tensor, Tensor> _bn3;
    private readonly bool _expand;
    private readonly bool _skip;
    private readonly double _dropRate;

    public EfficientNetBlock(long inputs, long outputs, long kernel, long stride, long expansion, double dropRate)
        : base("efficientnet-block")
    {
        var channels = expansion * inputs;
        var squeezed = inputs / 4;  // int(in_channels · se_ratio) with se_ratio 0.25
        _conv1 = Layers.Conv(inputs, channels, 1);
        _bn1 = Layers.Norm(channels);
        _conv2 = Layers.Conv(channels, channels, kernel, stride, kernel == 3 ? 1 : 2, groups: channels);
        _bn2 = Layers.Norm(channels);
        _se1 = Layers.Conv(channels, squeezed, 1, bias: true);
        _se2 = Layers.Conv(squeezed, channels, 1, bias: true);
        _conv3 = Layers.Conv(channels, outputs, 1);
        _bn3 = Layers.Norm(outputs);
        _expand = expansion != 1;
        _skip = stride == 1 && inputs == outputs;
        _dropRate = dropRate;
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        var x = _expand ? Layers.Swish(_bn1.call(_conv1.call(input))) : input;
        x = Layers.Swish(_bn2.call(_conv2.call(x)));
        var gate = Layers.Swish(_se1.call(nn.functional.adaptive_avg_pool2d(x, [1, 1])));
        x = x * _se2.call(gate).sigmoid();
        x = _bn3.call(_conv3.call(x));
        if (!_skip)
        {
            return x;
        }
        if (training && _dropRate > 0)
        {
            // Drop-connect: keep each sample's branch with probability 1 − rate, rescaled (torch's global generator).
            var keep = 1.0 - _dropRate;
            var mask = empty([x.shape[0], 1, 1, 1], x.dtype, x.device).bernoulli_(keep);
            x = x / keep * mask;
        }
        return x + input;
    }
}
