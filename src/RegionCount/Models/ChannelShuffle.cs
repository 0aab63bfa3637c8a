using static TorchSharp.torch;

namespace RegionCount.Models;

/// <summary>Channel shuffle: N×C×H×W → N×g×(C/g)×H×W → swap the two channel axes → N×C×H×W.</summary>
internal static class ChannelShuffle
{
    public static Tensor Apply(Tensor x, long groups)
    {
        var (n, c, h, w) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3]);
        return x.view(n, groups, c / groups, h, w).permute(0, 2, 1, 3, 4).reshape(n, c, h, w);
    }
}
