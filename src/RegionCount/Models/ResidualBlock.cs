using static TorchSharp.torch;

namespace RegionCount.Models;

/// <summary>
/// The basic residual block of ResNet18/34 and SimpleDLA: relu(bn(conv3×3(relu(bn(conv3×3(x))))) + shortcut(x)),
/// the shortcut a strided 1×1 conv + bn when the shape changes, otherwise the identity.
/// </summary>
internal sealed class ResidualBlock : nn.Module<Tensor, Tensor>
{
    private readonly nn.Module<Tensor, Tensor> _conv1;
    private readonly nn.Module<Tensor, Tensor> _bn1;
    private readonly nn.Module<Tensor, Tensor> _conv2;
    private readonly nn.Module<Tensor, Tensor> _bn2;
    private readonly nn.Module<Tensor, Tensor>? _shortcut;

    public ResidualBlock(long inputs, long planes, long stride)
        : base("residual-block")
    {
        _conv1 = Layers.Conv(inputs, planes, 3, stride, 1);
        _bn1 = Layers.Norm(planes);
        _conv2 = Layers.Conv(planes, planes, 3, 1, 1);
        _bn2 = Layers.Norm(planes);
        if (stride != 1 || inputs != planes)
        {
            _shortcut = nn.Sequential(Layers.Conv(inputs, planes, 1, stride), Layers.Norm(planes));
        }
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        var x = nn.functional.relu(_bn1.call(_conv1.call(input)));
        x = _bn2.call(_conv2.call(x));
        var skip = _shortcut is null ? input : _shortcut.call(input);
        return nn.functional.relu(x + skip);
    }
}
