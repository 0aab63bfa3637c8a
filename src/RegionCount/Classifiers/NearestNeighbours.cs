using static TorchSharp.torch;

namespace RegionCount.Classifiers;

/// <summary>
/// k nearest neighbours on flattened pixels, written here (no library on this machine offers it for tensors):
/// Euclidean distance in float64, computed as ‖x‖² − 2x·t + ‖t‖² against every training image; the label is the
/// majority of the k nearest, a tie going to the smallest label (as scikit-learn's KNeighborsClassifier, the authors'
/// model, breaks it). A training image is its own nearest neighbour, so k = 1 classifies the training set without error.
/// <see cref="Neighbours"/> gives the labels of the nearest neighbours once for the largest k, and <see cref="Vote"/>
/// turns them into a label for any smaller k.
/// </summary>
internal sealed class NearestNeighbours : IDisposable
{
    /// <summary>Points per distance product (bounds the distance matrix at Block × training images).</summary>
    private const int Block = 1024;

    private readonly Tensor _train;
    private readonly Tensor _squaredNorms;
    private readonly int[] _labels;

    /// <param name="images">Training images, N×C×H×W (any float type and device: kept in float64 on that device).</param>
    /// <param name="labels">Their labels, N.</param>
    /// <param name="classes">Number of classes.</param>
    public NearestNeighbours(Tensor images, Tensor labels, int classes)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(labels);
        if (classes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(classes), classes, "at least one class");
        }
        using var scope = NewDisposeScope();
        // Owned by this object (disposed by Dispose), whatever scope the caller holds.
        _train = images.reshape(images.shape[0], -1).to(float64, copy: true).DetachFromDisposeScope();
        _squaredNorms = _train.pow(2).sum(1).DetachFromDisposeScope();
        _labels = labels.to(int32).cpu().data<int>().ToArray();
        Classes = classes;
    }

    public int Classes { get; }

    /// <summary>Training images held.</summary>
    public int Count => _labels.Length;

    /// <summary>For every point (N×C×H×W, the training images' shape), the labels of its <paramref name="k"/> nearest
    /// training images, nearest first.</summary>
    public int[][] Neighbours(Tensor points, int k)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (k < 1 || k > Count)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, $"k must be in 1..{Count} (the training images held)");
        }
        int n = (int)points.shape[0];
        var result = new int[n][];
        for (int start = 0; start < n; start += Block)
        {
            using var scope = NewDisposeScope();
            int size = Math.Min(Block, n - start);
            var x = points.narrow(0, start, size).reshape(size, -1).to(float64).to(_train.device);
            var distances = x.pow(2).sum(1, keepdim: true) - (2 * x.matmul(_train.t())) + _squaredNorms.unsqueeze(0);
            var nearest = distances.topk(k, dim: 1, largest: false, sorted: true).indexes.to(int32).cpu().data<int>().ToArray();
            for (int i = 0; i < size; i++)
            {
                var row = result[start + i] = new int[k];
                for (int j = 0; j < k; j++)
                {
                    row[j] = _labels[nearest[(i * k) + j]];
                }
            }
        }
        return result;
    }

    /// <summary>The majority label among the first <paramref name="k"/> of <paramref name="neighbours"/> (nearest first);
    /// among tied labels the smallest.</summary>
    public static int Vote(IReadOnlyList<int> neighbours, int k, int classes)
    {
        ArgumentNullException.ThrowIfNull(neighbours);
        if (k < 1 || k > neighbours.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, $"k must be in 1..{neighbours.Count} (the neighbours given)");
        }
        Span<int> votes = classes <= 256 ? stackalloc int[classes] : new int[classes];
        for (int j = 0; j < k; j++)
        {
            votes[neighbours[j]]++;
        }
        int best = 0;
        for (int c = 1; c < classes; c++)
        {
            if (votes[c] > votes[best])
            {
                best = c;
            }
        }
        return best;
    }

    public void Dispose()
    {
        _train.Dispose();
        _squaredNorms.Dispose();
    }
}
