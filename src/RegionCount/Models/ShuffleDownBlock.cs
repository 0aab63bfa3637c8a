using static TorchSharp.torch;

namespace RegionCount.Models;

/// <summary>
/// ShuffleNetV2 down-sampling unit: left branch depthwise 3×3 stride-2 conv + bn, 1×1 conv + bn + relu; right
/// branch 1×1 conv + bn + relu, depthwise 3×3 stride-2 conv + bn, 1×1 conv + bn + relu; each branch out/2 wide;
/// concatenate and shuffle channels (2 groups).
/// </summary>
internal sealed class ShuffleDownBlock : nn.Module<Tensor, Tensor>
{
    private readonly nn.Module<Tensor, Tensor> _conv1;
    private readonly nn.Module<Tensor, Tensor> _bn1;
    private readonly nn.Module<Tensor, Tensor> _conv2;
    private readonly nn.Module<Tensor, Tensor> _bn2;
    private readonly nn.Module<Tensor, Tensor> _conv3;
    private readonly nn.Module<Tensor, Tensor> _bn3;
    private readonly nn.Module<Tensor, Tensor> _conv4;
    private readonly nn.Module<Tensor, Tensor> _bn4;
    private readonly nn.Module<Tensor, Tensor> _conv5;
    private readonly nn.Module<Tensor, Tensor> _bn5;

    public ShuffleDownBlock(long inputs, long outputs)
        : base("shuffle-down-block")
    {
        var mid = outputs / 2;
        _conv1 = Layers.Conv(inputs, inputs, 3, 2, 1, groups: inputs);
        _bn1 = Layers.Norm(inputs);
        _conv2 = Layers.Conv(inputs, mid, 1);
        _bn2 = Layers.Norm(mid);
        _conv3 = Layers.Conv(inputs, mid, 1);
        _bn3 = Layers.Norm(mid);
        _conv4 = Layers.Conv(mid, mid, 3, 2, 1, groups: mid);
        _bn4 = Layers.Norm(mid);
        _conv5 = Layers.Conv(mid, mid, 1);
        _bn5 = Layers.Norm(mid);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        var left = _bn1.call(_conv1.call(input));
        left = nn.functional.relu(_bn2.call(_conv2.call(left)));
        var right = nn.functional.relu(_bn3.call(_conv3.call(input)));
        right = _bn4.call(_conv4.call(right));
        right = nn.functional.relu(_bn5.call(_conv5.call(right)));
        return ChannelShuffle.Apply(cat([left, right], 1), 2);
    }
}
