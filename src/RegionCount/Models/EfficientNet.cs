using RegionCount.Data;
using static TorchSharp.torch;

namespace RegionCount.Models;

/// <summary>
/// EfficientNetB0 as in kuangliu/pytorch-cifar: conv 3×3 (32 channels, stride 1) + bn + swish, 16 MBConv blocks
/// in 7 stages (blocks 1,2,2,3,3,4,1; expansion 1,6,6,6,6,6,6; widths 16,24,40,80,112,192,320; kernels
/// 3,3,5,3,5,5,3; strides 1,2,2,2,1,2,1; SE ratio 0.25; drop-connect rate 0, see below), global average
/// pooling, dropout 0.2 in training mode, one linear layer 320 → classes. Works unchanged on 28×28 inputs.
/// Training-mode randomness (dropout, drop-connect) draws from torch's global generator.
/// </summary>
public sealed class EfficientNet : nn.Module<Tensor, Tensor>, IClassifierHead
{
    private const double DropoutRate = 0.2;

    private static readonly (int Blocks, int Expansion, int Width, int Kernel, int Stride)[] Config =
        [(1, 1, 16, 3, 1), (2, 6, 24, 3, 2), (2, 6, 40, 5, 2), (3, 6, 80, 3, 2), (3, 6, 112, 5, 1), (4, 6, 192, 5, 2), (1, 6, 320, 3, 1)];

    private readonly nn.Module<Tensor, Tensor> _conv1;
    private readonly nn.Module<Tensor, Tensor> _bn1;
    private readonly nn.Module<Tensor, Tensor> _layers;
    private readonly TorchSharp.Modules.Linear _linear;

    public EfficientNet(InputShape shape, int classes)
        : base("efficientnetb0")
    {
        ModelGuard.Check(shape, classes);
        _conv1 = Layers.Conv(shape.Channels, 32, 3, 1, 1);
        _bn1 = Layers.Norm(32);
        var blocks = new List<nn.Module<Tensor, Tensor>>();
        long inputs = 32;
        foreach (var (count, expansion, width, kernel, stride) in Config)
        {
            for (var i = 0; i < count; i++)
            {
                // The reference computes drop_rate = 0.2·b/16 but never advances its block counter b, so every
                // block's rate is 0. That behaviour is kept: drop-connect is inert, as in the authors' runs.
                blocks.Add(new EfficientNetBlock(inputs, width, kernel, i == 0 ? stride : 1, expansion, dropRate: 0));
                inputs = width;
            }
        }
        _layers = nn.Sequential(blocks);
        _linear = nn.Linear(320, classes);
        RegisterComponents();
    }

    public TorchSharp.Modules.Linear Head => _linear;

    public override Tensor forward(Tensor input)
    {
        var x = Layers.Swish(_bn1.call(_conv1.call(input)));
        x = Layers.GlobalAveragePool(_layers.call(x));
        x = nn.functional.dropout(x, DropoutRate, training);
        return _linear.call(x);
    }
}
