using RegionCount.Data;
using static TorchSharp.torch;

namespace RegionCount.Models;

/// <summary>
/// SENet18 as in kuangliu/pytorch-cifar: the ResNet18 layout (3×3 stem with bn and relu, stages of 2 blocks of
/// 64/128/256/512 channels with strides 1/2/2/2) built from <see cref="SePreActBlock"/>s, global average pooling,
/// one linear layer. Adaptive pooling replaces avg_pool2d(4) (identical for 32×32 and 28×28 inputs, both end 4×4).
/// </summary>
public sealed class SeNet : nn.Module<Tensor, Tensor>, IClassifierHead
{
    private readonly nn.Module<Tensor, Tensor> _conv1;
    private readonly nn.Module<Tensor, Tensor> _bn1;
    private readonly nn.Module<Tensor, Tensor> _layers;
    private readonly TorchSharp.Modules.Linear _linear;

    public SeNet(InputShape shape, int classes)
        : base("senet18")
    {
        ModelGuard.Check(shape, classes);
        _conv1 = Layers.Conv(shape.Channels, 64, 3, 1, 1);
        _bn1 = Layers.Norm(64);
        var blocks = new List<nn.Module<Tensor, Tensor>>();
        long inputs = 64;
        foreach (var (planes, stride) in new (long, long)[] { (64, 1), (128, 2), (256, 2), (512, 2) })
        {
            blocks.Add(new SePreActBlock(inputs, planes, stride));
            blocks.Add(new SePreActBlock(planes, planes, 1));
            inputs = planes;
        }
        _layers = nn.Sequential(blocks);
        _linear = nn.Linear(512, classes);
        RegisterComponents();
    }

    public TorchSharp.Modules.Linear Head => _linear;

    public override Tensor forward(Tensor input)
    {
        var x = nn.functional.relu(_bn1.call(_conv1.call(input)));
        return _linear.call(Layers.GlobalAveragePool(_layers.call(x)));
    }
}
