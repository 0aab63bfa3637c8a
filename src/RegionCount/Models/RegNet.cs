using RegionCount.Data;
using static TorchSharp.torch;

namespace RegionCount.Models;

/// <summary>
/// RegNetX_200MF as in kuangliu/pytorch-cifar: conv 3×3 (64 channels, stride 1) + bn + relu, four stages of
/// 1/1/4/7 <see cref="RegNetBlock"/>s (widths 24/56/152/368, strides 1/1/2/2, group width 8), adaptive average
/// pooling, one linear layer 368 → classes. The reference already pools adaptively, so 28×28 inputs need no change.
/// </summary>
public sealed class RegNet : nn.Module<Tensor, Tensor>, IClassifierHead
{
    private static readonly (int Depth, int Width, int Stride)[] Config = [(1, 24, 1), (1, 56, 1), (4, 152, 2), (7, 368, 2)];

    private readonly nn.Module<Tensor, Tensor> _conv1;
    private readonly nn.Module<Tensor, Tensor> _bn1;
    private readonly nn.Module<Tensor, Tensor> _layers;
    private readonly TorchSharp.Modules.Linear _linear;

    public RegNet(InputShape shape, int classes)
        : base("regnetx_200mf")
    {
        ModelGuard.Check(shape, classes);
        _conv1 = Layers.Conv(shape.Channels, 64, 3, 1, 1);
        _bn1 = Layers.Norm(64);
        var blocks = new List<nn.Module<Tensor, Tensor>>();
        long inputs = 64;
        foreach (var (depth, width, stride) in Config)
        {
            for (var i = 0; i < depth; i++)
            {
                blocks.Add(new RegNetBlock(inputs, width, i == 0 ? stride : 1));
                inputs = width;
            }
        }
        _layers = nn.Sequential(blocks);
        _linear = nn.Linear(368, classes);
        RegisterComponents();
    }

    public TorchSharp.Modules.Linear Head => _linear;

    public override Tensor forward(Tensor input)
    {
        var x = nn.functional.relu(_bn1.call(_conv1.call(input)));
        return _linear.call(Layers.GlobalAveragePool(_layers.call(x)));
    }
}
