using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RegionCount.Models;

/// <summary>A network that is its layers applied in order: the base of the MLP, small CNN and two-layer net.</summary>
public abstract class LayerSequenceNet : nn.Module<Tensor, Tensor>, ILayerSequence
{
    private readonly nn.Module<Tensor, Tensor>[] _order;
    private readonly ModuleList<nn.Module<Tensor, Tensor>> _layers;

    protected LayerSequenceNet(string name, IEnumerable<nn.Module<Tensor, Tensor>> layers)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(layers);
        _order = [.. layers];
        _layers = nn.ModuleList(_order);
        RegisterComponents();
    }

    public IReadOnlyList<nn.Module<Tensor, Tensor>> Layers => _order;

    public override Tensor forward(Tensor input)
    {
        var x = input;
        foreach (var layer in _order)
        {
            x = layer.call(x);
        }
        return x;
    }
}
