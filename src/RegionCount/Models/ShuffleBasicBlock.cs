using static TorchSharp.torch;

namespace RegionCount.Models;

/// <summary>
/// ShuffleNetV2 basic unit: split the channels in halves; the second half goes through 1×1 conv + bn + relu,
/// depthwise 3×3 conv + bn, 1×1 conv + bn + relu; concatenate with the first half; shuffle channels (2 groups).
/// </summary>
internal sealed class ShuffleBasicBlock : nn.Module<Tensor, Tensor>
{
    private readonly nn.Module<Tensor, Tensor> _conv1;
    private readonly nn.Module<Tensor, Tensor> _bn1;
    private readonly nn.Module<Tensor, Tensor> _conv2;
    private readonly nn.Module<Tensor, Tensor> _bn2;
    private readonly nn.Module<Tensor, Tensor> _conv3;
    private readonly nn.Module<Tensor, Tensor> _bn3;

    public ShuffleBasicBlock(long channels)
        : base("shuffle-basic-block")
    {
        var half = channels / 2;
        _conv1 = Layers.Conv(half, half, 1);
        _bn1 = Layers.Norm(half);
        _conv2 = Layers.Conv(half, half, 3, 1, 1, groups: half);
        _bn2 = Layers.Norm(half);
        _conv3 = Layers.Conv(half, half, 1);
        _bn3 = Layers.Norm(half);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        var channels = input.shape[1];
        var half = channels / 2;
        var kept = input.narrow(1, 0, half);
        var x = nn.functional.relu(_bn1.call(_conv1.call(input.narrow(1, half, channels - half))));
        x = _bn2.call(_conv2.call(x));
        x = nn.functional.relu(_bn3.call(_conv3.call(x)));
        return ChannelShuffle.Apply(cat([kept, x], 1), 2);
    }
}
