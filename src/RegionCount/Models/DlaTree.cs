using static TorchSharp.torch;

namespace RegionCount.Models;

/// <summary>
/// SimpleDLA's aggregation tree: at level 1 two <see cref="ResidualBlock"/>s (the first with the tree's stride),
/// deeper levels two subtrees; the root concatenates the two outputs and applies 1×1 conv + bn + relu.
/// </summary>
internal sealed class DlaTree : nn.Module<Tensor, Tensor>
{
    private readonly nn.Module<Tensor, Tensor> _left;
    private readonly nn.Module<Tensor, Tensor> _right;
    private readonly nn.Module<Tensor, Tensor> _rootConv;
    private readonly nn.Module<Tensor, Tensor> _rootBn;

    public DlaTree(long inputs, long outputs, int level, long stride)
        : base("dla-tree")
    {
        _rootConv = Layers.Conv(2 * outputs, outputs, 1);
        _rootBn = Layers.Norm(outputs);
        if (level == 1)
        {
            _left = new ResidualBlock(inputs, outputs, stride);
            _right = new ResidualBlock(outputs, outputs, 1);
        }
        else
        {
            _left = new DlaTree(inputs, outputs, level - 1, stride);
            _right = new DlaTree(outputs, outputs, level - 1, 1);
        }
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        var left = _left.call(input);
        var right = _right.call(left);
        return nn.functional.relu(_rootBn.call(_rootConv.call(cat([left, right], 1))));
    }
}
