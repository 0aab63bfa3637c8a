using RegionCount.Data;
using static TorchSharp.torch;

namespace RegionCount.Models;

/// <summary>A model read back by <see cref="ModelFile.Load"/>, with what it was built from. Owns the model.</summary>
public sealed record LoadedModel(string Name, InputShape Shape, int Classes, ModelOptions Options, nn.Module<Tensor, Tensor> Model) : IDisposable
{
    public void Dispose() => Model.Dispose();
}
