using RegionCount.Data;
using static TorchSharp.torch;

namespace RegionCount.Models;

/// <summary>
/// SimpleDLA as in kuangliu/pytorch-cifar: three conv 3×3 + bn + relu layers (16, 16, 32 channels, stride 1),
/// trees of levels 1/2/2/1 with 64/128/256/512 channels and strides 1/2/2/2, pooling, one linear layer 512 →
/// classes. Global average pooling replaces avg_pool2d(4): identical on the final 4×4 map of 32×32 and 28×28.
/// </summary>
public sealed class SimpleDla : nn.Module<Tensor, Tensor>, IClassifierHead
{
    private readonly nn.Module<Tensor, Tensor> _base;
    private readonly nn.Module<Tensor, Tensor> _layer1;
    private readonly nn.Module<Tensor, Tensor> _layer2;
    private readonly nn.Module<Tensor, Tensor> _layer3;
    private readonly nn.Module<Tensor, Tensor> _layer4;
    private readonly nn.Module<Tensor, Tensor> _layer5;
    private readonly nn.Module<Tensor, Tensor> _layer6;
    private readonly TorchSharp.Modules.Linear _linear;

    public SimpleDla(InputShape shape, int classes)
        : base("simpledla")
    {
        ModelGuard.Check(shape, classes);
        _base = ConvBnRelu(shape.Channels, 16);
        _layer1 = ConvBnRelu(16, 16);
        _layer2 = ConvBnRelu(16, 32);
        _layer3 = new DlaTree(32, 64, 1, 1);
        _layer4 = new DlaTree(64, 128, 2, 2);
        _layer5 = new DlaTree(128, 256, 2, 2);
        _layer6 = new DlaTree(256, 512, 1, 2);
        _linear = nn.Linear(512, classes);
        RegisterComponents();
    }

    public TorchSharp.Modules.Linear Head => _linear;

    public override Tensor forward(Tensor input)
    {
        var x = _layer2.call(_layer1.call(_base.call(input)));
        x = _layer6.call(_layer5.call(_layer4.call(_layer3.call(x))));
        return _linear.call(Layers.GlobalAveragePool(x));
    }

    private static nn.Module<Tensor, Tensor> ConvBnRelu(long inputs, long outputs) =>
        nn.Sequential(Layers.Conv(inputs, outputs, 3, 1, 1), Layers.Norm(outputs), nn.ReLU());
}
