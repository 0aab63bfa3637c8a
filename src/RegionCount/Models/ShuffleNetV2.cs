using RegionCount.Data;
using static TorchSharp.torch;

namespace RegionCount.Models;

/// <summary>
/// ShuffleNetV2 (net_size 1) as in kuangliu/pytorch-cifar: conv 3×3 (24 channels, stride 1) + bn + relu (no max
/// pooling), three stages of one down-sampling unit and 3/7/3 basic units (116/232/464 channels), conv 1×1 to
/// 1024 + bn + relu, pooling, one linear layer 1024 → classes (the reference hard-codes 10 classes). Global
/// average pooling replaces avg_pool2d(4): identical on the final 4×4 map of 32×32 and of 28×28 inputs.
/// </summary>
public sealed class ShuffleNetV2 : nn.Module<Tensor, Tensor>, IClassifierHead
{
    private static readonly (int Width, int Blocks)[] Config = [(116, 3), (232, 7), (464, 3)];

    private readonly nn.Module<Tensor, Tensor> _conv1;
    private readonly nn.Module<Tensor, Tensor> _bn1;
    private readonly nn.Module<Tensor, Tensor> _layers;
    private readonly nn.Module<Tensor, Tensor> _conv2;
    private readonly nn.Module<Tensor, Tensor> _bn2;
    private readonly TorchSharp.Modules.Linear _linear;

    public ShuffleNetV2(InputShape shape, int classes)
        : base("shufflenetv2")
    {
        ModelGuard.Check(shape, classes);
        _conv1 = Layers.Conv(shape.Channels, 24, 3, 1, 1);
        _bn1 = Layers.Norm(24);
        var blocks = new List<nn.Module<Tensor, Tensor>>();
        long inputs = 24;
        foreach (var (width, count) in Config)
        {
            blocks.Add(new ShuffleDownBlock(inputs, width));
            for (var i = 0; i < count; i++)
            {
                blocks.Add(new ShuffleBasicBlock(width));
            }
            inputs = width;
        }
        _layers = nn.Sequential(blocks);
        _conv2 = Layers.Conv(464, 1024, 1);
        _bn2 = Layers.Norm(1024);
        _linear = nn.Linear(1024, classes);
        RegisterComponents();
    }

    public TorchSharp.Modules.Linear Head => _linear;

    public override Tensor forward(Tensor input)
    {
        var x = nn.functional.relu(_bn1.call(_conv1.call(input)));
        x = nn.functional.relu(_bn2.call(_conv2.call(_layers.call(x))));
        return _linear.call(Layers.GlobalAveragePool(x));
    }
}
