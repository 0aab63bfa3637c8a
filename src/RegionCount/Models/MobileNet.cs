using RegionCount.Data;
using static TorchSharp.torch;

namespace RegionCount.Models;

/// <summary>
/// MobileNet (v1) as in kuangliu/pytorch-cifar: conv 3×3 (32 channels, stride 1) + bn + relu, 13 depthwise-
/// separable blocks (64, 128/2, 128, 256/2, 256, 512/2, 512×5, 1024/2, 1024; "/2" = stride 2), pooling, one
/// linear layer 1024 → classes. The reference pools with avg_pool2d(2) on the final 2×2 map; global average
/// pooling is the same there and also covers 28×28 inputs (28→14→7→4→2).
/// </summary>
public sealed class MobileNet : nn.Module<Tensor, Tensor>, IClassifierHead
{
    private static readonly (int Planes, int Stride)[] Config =
        [(64, 1), (128, 2), (128, 1), (256, 2), (256, 1), (512, 2), (512, 1), (512, 1), (512, 1), (512, 1), (512, 1), (1024, 2), (1024, 1)];

    private readonly nn.Module<Tensor, Tensor> _conv1;
    private readonly nn.Module<Tensor, Tensor> _bn1;
    private readonly nn.Module<Tensor, Tensor> _layers;
    private readonly TorchSharp.Modules.Linear _linear;

    public MobileNet(InputShape shape, int classes)
        : base("mobilenet")
    {
        ModelGuard.Check(shape, classes);
        _conv1 = Layers.Conv(shape.Channels, 32, 3, 1, 1);
        _bn1 = Layers.Norm(32);
        var blocks = new List<nn.Module<Tensor, Tensor>>();
        long inputs = 32;
        foreach (var (planes, stride) in Config)
        {
            blocks.Add(new MobileNetBlock(inputs, planes, stride));
            inputs = planes;
        }
        _layers = nn.Sequential(blocks);
        _linear = nn.Linear(1024, classes);
        RegisterComponents();
    }

    public TorchSharp.Modules.Linear Head => _linear;

    public override Tensor forward(Tensor input)
    {
        var x = nn.functional.relu(_bn1.call(_conv1.call(input)));
        return _linear.call(Layers.GlobalAveragePool(_layers.call(x)));
    }
}
