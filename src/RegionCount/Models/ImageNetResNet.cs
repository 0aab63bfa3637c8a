using RegionCount.Data;
using static TorchSharp.torch;

namespace RegionCount.Models;

/// <summary>
/// torchvision's ImageNet ResNet (torchvision.models.resnet18, weights=None): a 7×7 stride-2 stem (64 channels, padding
/// 3, no bias), batch norm, ReLU, 3×3 stride-2 max pooling (padding 1), four stages of the basic blocks of
/// <see cref="ResidualBlock"/> (64, 128, 256, 512 channels; strides 1, 2, 2, 2), global average pooling and one linear
/// layer. At 3×224×224 the stages see 56, 28, 14 and 7 pixels a side. With 1,000 classes it has 11,689,512 parameters,
/// torchvision's published count. Initialization is torchvision's: every convolution from Kaiming normal with fan-out
/// and ReLU gain, batch norm weight 1 and bias 0, the linear layer torch's default.
/// </summary>
public sealed class ImageNetResNet : nn.Module<Tensor, Tensor>, IClassifierHead
{
    private readonly nn.Module<Tensor, Tensor> _conv1;
    private readonly nn.Module<Tensor, Tensor> _bn1;
    private readonly nn.Module<Tensor, Tensor> _pool;
    private readonly nn.Module<Tensor, Tensor> _layer1;
    private readonly nn.Module<Tensor, Tensor> _layer2;
    private readonly nn.Module<Tensor, Tensor> _layer3;
    private readonly nn.Module<Tensor, Tensor> _layer4;
    private readonly TorchSharp.Modules.Linear _fc;

    /// <summary>Blocks per stage: [2, 2, 2, 2] is ResNet18.</summary>
    public ImageNetResNet(string name, InputShape shape, int classes, IReadOnlyList<int> blocks)
        : base(name)
    {
        ModelGuard.Check(shape, classes);
        ArgumentNullException.ThrowIfNull(blocks);
        _conv1 = Layers.Conv(shape.Channels, 64, 7, 2, 3);
        _bn1 = Layers.Norm(64);
        _pool = nn.MaxPool2d(3, 2, 1);
        long inputs = 64;
        _layer1 = ResNet.Stage(ref inputs, 64, blocks[0], 1);
        _layer2 = ResNet.Stage(ref inputs, 128, blocks[1], 2);
        _layer3 = ResNet.Stage(ref inputs, 256, blocks[2], 2);
        _layer4 = ResNet.Stage(ref inputs, 512, blocks[3], 2);
        _fc = nn.Linear(512, classes);
        RegisterComponents();
        Initialize();
    }

    public TorchSharp.Modules.Linear Head => _fc;

    public override Tensor forward(Tensor input)
    {
        var x = _pool.call(nn.functional.relu(_bn1.call(_conv1.call(input))));
        x = _layer4.call(_layer3.call(_layer2.call(_layer1.call(x))));
        return _fc.call(Layers.GlobalAveragePool(x));
    }

    /// <summary>torchvision's ResNet.__init__ loop over its modules (zero_init_residual off).</summary>
    private void Initialize()
    {
        using var noGrad = no_grad();
        foreach (var module in modules())
        {
            switch (module)
            {
                case TorchSharp.Modules.Conv2d conv:
                    nn.init.kaiming_normal_(conv.weight, mode: nn.init.FanInOut.FanOut, nonlinearity: nn.init.NonlinearityType.ReLU);
                    break;
                case TorchSharp.Modules.BatchNorm2d norm:
                    nn.init.ones_(norm.weight);
                    nn.init.zeros_(norm.bias);
                    break;
            }
        }
    }
}
