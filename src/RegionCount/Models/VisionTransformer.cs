using RegionCount.Data;
using static TorchSharp.torch;

namespace RegionCount.Models;

/// <summary>
/// The Vision Transformer of the paper's C17, shaped as the authors' ViT code (their copy of omihub777/ViT-CIFAR: vit.py
/// and layers.py, run with main.py's defaults): the image cut into a <see cref="Grid"/>×<see cref="Grid"/> grid of
/// patches (their <c>--patch 8</c> is the number of patches per side: 4×4-pixel patches on 32×32 inputs, 64 patches),
/// each patch flattened pixel row by pixel row with the channels innermost and embedded by one linear layer, a learned
/// class token in front and a learned position embedding added (both drawn from N(0, 1), as torch.randn), 7 pre-norm
/// encoder layers (<see cref="TransformerEncoderLayer"/>: hidden 384, MLP hidden 384, 12 heads, no dropout), then the
/// class token's output through LayerNorm and the classifier head. 6,268,810 parameters at CIFAR-10 size.
/// </summary>
public sealed class VisionTransformer : nn.Module<Tensor, Tensor>, IClassifierHead
{
    /// <summary>Patches per side (the authors' <c>--patch</c>).</summary>
    public const int Grid = 8;

    /// <summary>Width of every token.</summary>
    public const int Hidden = 384;

    /// <summary>Hidden width of each layer's MLP (the authors' <c>--mlp-hidden</c>).</summary>
    public const int MlpHidden = 384;

    /// <summary>Encoder layers (the authors' <c>--num-layers</c>).</summary>
    public const int Depth = 7;

    /// <summary>Attention heads (the authors' <c>--head</c>).</summary>
    public const int Heads = 12;

    private readonly TorchSharp.Modules.Linear _embedding;
    private readonly TorchSharp.Modules.Parameter _classToken;
    private readonly TorchSharp.Modules.Parameter _positions;
    private readonly nn.Module<Tensor, Tensor> _encoder;
    private readonly nn.Module<Tensor, Tensor> _norm;
    private readonly TorchSharp.Modules.Linear _head;
    private readonly int _patchHeight;
    private readonly int _patchWidth;

    public VisionTransformer(InputShape shape, int classes)
        : base("vit")
    {
        ModelGuard.Check(shape, classes);
        if (shape.Height % Grid != 0 || shape.Width % Grid != 0)
        {
            throw new ArgumentException($"vit: a {shape.Height}×{shape.Width} image does not split into a {Grid}×{Grid} grid of equal patches", nameof(shape));
        }
        _patchHeight = shape.Height / Grid;
        _patchWidth = shape.Width / Grid;
        // Built in the authors' order (embedding, class token, positions, layers, head), so the global generator is drawn
        // from in the same sequence.
        _embedding = nn.Linear(_patchHeight * _patchWidth * shape.Channels, Hidden);
        _classToken = new TorchSharp.Modules.Parameter(randn(1, 1, Hidden));
        _positions = new TorchSharp.Modules.Parameter(randn(1, (Grid * Grid) + 1, Hidden));
        _encoder = nn.Sequential(Enumerable.Range(0, Depth).Select(_ => (nn.Module<Tensor, Tensor>)new TransformerEncoderLayer(Hidden, MlpHidden, Heads)).ToList());
        _norm = nn.LayerNorm(Hidden);
        _head = nn.Linear(Hidden, classes);
        RegisterComponents();
    }

    public TorchSharp.Modules.Linear Head => _head;

    public override Tensor forward(Tensor input)
    {
        long b = input.shape[0];
        var tokens = _embedding.call(Patches(input));                                   // B×64×hidden
        var x = cat([_classToken.expand(b, -1, -1), tokens], 1) + _positions;          // B×65×hidden
        var encoded = _encoder.call(x);
        return _head.call(_norm.call(encoded.select(1, 0)));
    }

    /// <summary>B×C×H×W → B×(grid²)×(patch pixels · C): patches row by row; inside a patch, pixel rows, then pixels,
    /// then channels (the authors' unfold, permute(0, 2, 3, 4, 5, 1) and reshape).</summary>
    internal Tensor Patches(Tensor x)
    {
        long b = x.shape[0];
        return x.unfold(2, _patchHeight, _patchHeight).unfold(3, _patchWidth, _patchWidth)
            .permute(0, 2, 3, 4, 5, 1).reshape(b, Grid * Grid, -1);
    }
}
