using static TorchSharp.torch;

namespace RegionCount.Models;

/// <summary>
/// SENet18's block (pytorch-cifar's PreActBlock with squeeze-excitation): a = relu(bn1(x)); the shortcut is a
/// strided 1×1 conv of a (no bn) when the shape changes, else x; out = conv2(relu(bn2(conv1(a)))); the SE gate
/// sigmoid(fc2(relu(fc1(mean over space of out)))) scales out (fc1/fc2 are 1×1 convs with bias, planes/16 wide);
/// the block returns out·gate + shortcut (no activation after the sum).
/// </summary>
internal sealed class SePreActBlock : nn.Module<Tensor, Tensor>
{
    private readonly nn.Module<Tensor, Tensor> _bn1;
    private readonly nn.Module<Tensor, Tensor> _conv1;
    private readonly nn.Module<Tensor, Tensor> _bn2;
    private readonly nn.Module<Tensor, Tensor> _conv2;
    private readonly nn.Module<Tensor, Tensor>? _shortcut;
    private readonly nn.Module<Tensor, Tensor> _fc1;
    private readonly nn.Module<Tensor, Tensor> _fc2;

    public SePreActBlock(long inputs, long planes, long stride)
        : base("se-preact-block")
    {
        _bn1 = Layers.Norm(inputs);
        _conv1 = Layers.Conv(inputs, planes, 3, stride, 1);
        _bn2 = Layers.Norm(planes);
        _conv2 = Layers.Conv(planes, planes, 3, 1, 1);
        if (stride != 1 || inputs != planes)
        {
            _shortcut = Layers.Conv(inputs, planes, 1, stride);
        }
        _fc1 = Layers.Conv(planes, planes / 16, 1, bias: true);
        _fc2 = Layers.Conv(planes / 16, planes, 1, bias: true);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        var a = nn.functional.relu(_bn1.call(input));
        var skip = _shortcut is null ? input : _shortcut.call(a);
        var x = _conv2.call(nn.functional.relu(_bn2.call(_conv1.call(a))));
        // The reference squeezes with avg_pool2d(out, H), the global mean of a square map; adaptive pooling is
        // the same for square maps.
        var w = nn.functional.adaptive_avg_pool2d(x, [1, 1]);
        w = _fc2.call(nn.functional.relu(_fc1.call(w))).sigmoid();
        return x * w + skip;
    }
}
