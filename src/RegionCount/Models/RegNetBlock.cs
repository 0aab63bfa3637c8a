using static TorchSharp.torch;

namespace RegionCount.Models;

/// <summary>
/// RegNetX block (bottleneck ratio 1, no squeeze-excitation): 1×1 conv + bn + relu, grouped 3×3 conv (groups of
/// 8 channels, the stage's stride) + bn + relu, 1×1 conv + bn, plus the shortcut (strided 1×1 conv + bn when the
/// shape changes), then relu.
/// </summary>
internal sealed class RegNetBlock : nn.Module<Tensor, Tensor>
{
    private const long GroupWidth = 8;

    private readonly nn.Module<Tensor, Tensor> _conv1;
    private readonly nn.Module<Tensor, Tensor> _bn1;
    private readonly nn.Module<Tensor, Tensor> _conv2;
    private readonly nn.Module<Tensor, Tensor> _bn2;
    private readonly nn.Module<Tensor, Tensor> _conv3;
    private readonly nn.Module<Tensor, Tensor> _bn3;
    private readonly nn.Module<Tensor, Tensor>? _shortcut;

    public RegNetBlock(long inputs, long outputs, long stride)
        : base("regnet-block")
    {
        var bottleneck = outputs;  // round(w_out · bottleneck_ratio) with ratio 1
        _conv1 = Layers.Conv(inputs, bottleneck, 1);
        _bn1 = Layers.Norm(bottleneck);
        _conv2 = Layers.Conv(bottleneck, bottleneck, 3, stride, 1, groups: bottleneck / GroupWidth);
        _bn2 = Layers.Norm(bottleneck);
        _conv3 = Layers.Conv(bottleneck, outputs, 1);
        _bn3 = Layers.Norm(outputs);
        if (stride != 1 || inputs != outputs)
        {
            _shortcut = nn.Sequential(Layers.Conv(inputs, outputs, 1, stride), Layers.Norm(outputs));
        }
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        var x = nn.functional.relu(_bn1.call(_conv1.call(input)));
        x = nn.functional.relu(_bn2.call(_conv2.call(x)));
        x = _bn3.call(_conv3.call(x));
        var skip = _shortcut is null ? input : _shortcut.call(input);
        return nn.functional.relu(x + skip);
    }
}
