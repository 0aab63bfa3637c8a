using static TorchSharp.torch;

namespace RegionCount.Models;

/// <summary>
/// One pre-norm encoder layer of <see cref="VisionTransformer"/>, shaped as the authors' ViT code (their copy of
/// omihub777/ViT-CIFAR, layers.py): x + attention(LayerNorm(x)), then + mlp(LayerNorm(·)). Attention: separate q, k, v
/// and output projections (hidden → hidden, with bias), the hidden size split into heads, scores
/// softmax(q·kᵀ / √hidden) (the authors scale by the square root of the whole hidden size, not of a head's width), the
/// heads' outputs concatenated head by head. MLP: Linear(hidden → mlp) → GELU → Linear(mlp → hidden) → GELU (a GELU
/// after the second linear layer too, as theirs). Dropout 0 as the authors train, so no dropout layers.
/// </summary>
internal sealed class TransformerEncoderLayer : nn.Module<Tensor, Tensor>
{
    private readonly nn.Module<Tensor, Tensor> _norm1;
    private readonly nn.Module<Tensor, Tensor> _query;
    private readonly nn.Module<Tensor, Tensor> _key;
    private readonly nn.Module<Tensor, Tensor> _value;
    private readonly nn.Module<Tensor, Tensor> _output;
    private readonly nn.Module<Tensor, Tensor> _norm2;
    private readonly nn.Module<Tensor, Tensor> _mlp1;
    private readonly nn.Module<Tensor, Tensor> _mlp2;
    private readonly long _hidden;
    private readonly long _heads;
    private readonly double _scale;

    public TransformerEncoderLayer(long hidden, long mlpHidden, long heads)
        : base("transformer-encoder-layer")
    {
        if (hidden % heads != 0)
        {
            throw new ArgumentException($"vit: hidden size {hidden} does not split into {heads} heads", nameof(heads));
        }
        _hidden = hidden;
        _heads = heads;
        _scale = 1 / Math.Sqrt(hidden);
        _norm1 = nn.LayerNorm(hidden);
        _query = nn.Linear(hidden, hidden);
        _key = nn.Linear(hidden, hidden);
        _value = nn.Linear(hidden, hidden);
        _output = nn.Linear(hidden, hidden);
        _norm2 = nn.LayerNorm(hidden);
        _mlp1 = nn.Linear(hidden, mlpHidden);
        _mlp2 = nn.Linear(mlpHidden, hidden);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        var x = input + Attention(_norm1.call(input));
        var mlp = nn.functional.gelu(_mlp2.call(nn.functional.gelu(_mlp1.call(_norm2.call(x)))));
        return x + mlp;
    }

    /// <summary>Multi-head self-attention of a batch of token sequences (B×N×hidden).</summary>
    private Tensor Attention(Tensor x)
    {
        long b = x.shape[0], n = x.shape[1], width = _hidden / _heads;
        Tensor Heads(nn.Module<Tensor, Tensor> projection) => projection.call(x).view(b, n, _heads, width).transpose(1, 2);
        var q = Heads(_query);
        var k = Heads(_key);
        var v = Heads(_value);
        var scores = (q.matmul(k.transpose(2, 3)) * _scale).softmax(-1);   // B×heads×N×N
        var heads = scores.matmul(v).transpose(1, 2).reshape(b, n, _hidden); // B×N×(heads·width), head by head
        return _output.call(heads);
    }
}
