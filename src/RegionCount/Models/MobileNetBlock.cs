using static TorchSharp.torch;

namespace RegionCount.Models;

/// <summary>MobileNet (v1) block: depthwise conv 3×3 + bn + relu, then pointwise conv 1×1 + bn + relu.</summary>
internal sealed class MobileNetBlock : nn.Module<Tensor, Tensor>
{
    private readonly nn.Module<Tensor, Tensor> _conv1;
    private readonly nn.Module<Tensor, Tensor> _bn1;
    private readonly nn.Module<Tensor, Tensor> _conv2;
    private readonly nn.Module<Tensor, Tensor> _bn2;

    public MobileNetBlock(long inputs, long outputs, long stride)
        : base("mobilenet-block")
    {
        _conv1 = Layers.Conv(inputs, inputs, 3, stride, 1, groups: inputs);
        _bn1 = Layers.Norm(inputs);
        _conv2 = Layers.Conv(inputs, outputs, 1);
        _bn2 = Layers.Norm(outputs);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        var x = nn.functional.relu(_bn1.call(_conv1.call(input)));
        return nn.functional.relu(_bn2.call(_conv2.call(x)));
    }
}
